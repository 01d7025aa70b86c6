import { daysBetween, firstDayOf, lastDayOf } from '../../core/calendar.js';
import type { AttendanceStatus, ExcusedKind } from './integration.entities.js';
import { ALLOWANCE_RULES, BASIC_UNEMPLOYMENT_BENEFIT, basicBenefitOn, type BenefitAmount } from './integration.rules.js';

export interface AttendanceDay {
  date: string;
  status: AttendanceStatus;
  excusedKind?: ExcusedKind | null;
}

export interface AllowanceInput {
  /** `YYYY-MM`. */
  month: string;
  /** First day of participation. */
  startDate: string;
  /** Last day of participation (actual end), or null while it goes on. */
  endDate: string | null;
  /** Last day of the trial period, or null without one. */
  trialEndDate: string | null;
  /** The month's attendance entries (days outside the participation are ignored). */
  days: AttendanceDay[];
  /** Sick days already counted in earlier months of the participation. */
  sickDaysBefore: number;
  /** Days off already taken in earlier months of the participation. */
  daysOffBefore: number;
}

export interface Allowance {
  /** The month's allowance in grosze. */
  grosze: number;
  /** The same in PLN with two decimals, e.g. "789.55". */
  amount: string;
  participationDays: number;
  trialDays: number;
  unexcusedDays: number;
  sickDaysReduced: number;
  sickDaysUnpaid: number;
  daysOffPaid: number;
  daysOffUnpaid: number;
  otherExcusedDays: number;
  /** More than 3 unexcused days: nothing is paid for the month. */
  forfeited: boolean;
}

export class AllowanceRuleGap extends Error {}

export function formatGrosze(grosze: number): string {
  return `${Math.trunc(grosze / 100)}.${String(grosze % 100).padStart(2, '0')}`;
}

/**
 * The integration allowance (świadczenie integracyjne) of one CIS participant for one calendar month,
 * as DOMAIN.md states art. 15 of the social employment act:
 * - each calendar day of participation in the month earns 1/(days in month) of the monthly amount
 *   in force that day: 100% of the basic unemployment benefit, or 50% in the trial period;
 * - each unexcused absence deducts 1/20 of the monthly amount at that day's rate; more than 3 in the
 *   month forfeit the month;
 * - each day of doctor-confirmed sickness deducts 1/40, for at most 14 days (over the
 *   participation); further sick days deduct 1/20;
 * - days off granted by the head of the centre are paid in full, up to 6 in the participation;
 *   further ones deduct 1/20;
 * - other excused absences (a court summons) are not deducted;
 * - the result is rounded to the grosz, half up, and never below zero.
 * Computed in exact integer arithmetic, so that 1/20 and 1/40 of odd amounts round as the rules say.
 */
export function integrationAllowance(input: AllowanceInput, table: readonly BenefitAmount[] = BASIC_UNEMPLOYMENT_BENEFIT): Allowance {
  const calendar = daysBetween(firstDayOf(input.month), lastDayOf(input.month));
  const dim = BigInt(calendar.length);
  const inParticipation = (d: string) => d >= input.startDate && (input.endDate === null || d <= input.endDate);
  const inTrial = (d: string) => input.trialEndDate !== null && d <= input.trialEndDate;
  // Unit: 1/(dim·80) grosz. A day's share of the monthly amount A·r/2 (r = 2 full, 1 trial) is
  // A·r·40 units; 1/20 of it is A·r·2·dim units; 1/40 is A·r·dim units.
  const rateOn = (d: string) => {
    const benefit = basicBenefitOn(d, table);
    if (!benefit) throw new AllowanceRuleGap(`No basic unemployment benefit amount is in force on ${d}; add it to the dated table`);
    return { base: BigInt(benefit.grosze), r: inTrial(d) ? 1n : 2n };
  };

  const participation = calendar.filter(inParticipation);
  let units = 0n;
  for (const d of participation) {
    const { base, r } = rateOn(d);
    units += base * r * 40n;
  }

  const byDate = new Map(input.days.filter((day) => inParticipation(day.date) && day.date.startsWith(input.month)).map((day) => [day.date, day]));
  const result = {
    participationDays: participation.length, trialDays: participation.filter(inTrial).length,
    unexcusedDays: 0, sickDaysReduced: 0, sickDaysUnpaid: 0, daysOffPaid: 0, daysOffUnpaid: 0, otherExcusedDays: 0,
  };
  let sickBefore = input.sickDaysBefore;
  let daysOffBefore = input.daysOffBefore;
  for (const d of [...byDate.keys()].sort()) {
    const day = byDate.get(d)!;
    const { base, r } = rateOn(d);
    const twentieth = base * r * 2n * dim;
    const fortieth = base * r * dim;
    if (day.status === 'UNEXCUSED_ABSENCE') {
      result.unexcusedDays++;
      units -= twentieth;
    } else if (day.status === 'EXCUSED_ABSENCE' && day.excusedKind === 'SICK_LEAVE') {
      if (sickBefore < ALLOWANCE_RULES.paidSickDays) {
        result.sickDaysReduced++;
        units -= fortieth;
      } else {
        result.sickDaysUnpaid++;
        units -= twentieth;
      }
      sickBefore++;
    } else if (day.status === 'EXCUSED_ABSENCE' && day.excusedKind === 'DAY_OFF') {
      if (daysOffBefore < ALLOWANCE_RULES.paidDaysOff) result.daysOffPaid++;
      else {
        result.daysOffUnpaid++;
        units -= twentieth;
      }
      daysOffBefore++;
    } else if (day.status === 'EXCUSED_ABSENCE') {
      result.otherExcusedDays++;
    }
  }

  const forfeited = result.unexcusedDays > ALLOWANCE_RULES.maxUnexcusedDaysInMonth;
  const denominator = dim * 80n;
  // Half up to the grosz; never below zero.
  const grosze = forfeited || units <= 0n ? 0 : Number((2n * units + denominator) / (2n * denominator));
  return { grosze, amount: formatGrosze(grosze), ...result, forfeited };
}
