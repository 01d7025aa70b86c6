import { formatGrosze } from '../../core/money.js';
import { daysBetween, firstDayOf, lastDayOf } from '../../core/calendar.js';
import type { AttendanceStatus, ExcusedKind } from './integration.entities.js';
import {
  ALLOWANCE_REGIMES,
  allowanceRegimeOf,
  BASIC_UNEMPLOYMENT_BENEFIT,
  basicBenefitOn,
  type AllowanceRegime,
  type BenefitAmount,
} from './integration.rules.js';
import { INTEGRATION } from './integration.messages.js';
import type { Message } from '../../core/messages/reasons.js';

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

/** What a deduction is for. */
export const DeductionKind = {
  UNEXCUSED_ABSENCE: 'UNEXCUSED_ABSENCE',
  SICK_LEAVE: 'SICK_LEAVE',
  SICK_LEAVE_BEYOND_PAID_DAYS: 'SICK_LEAVE_BEYOND_PAID_DAYS',
  DAY_OFF_BEYOND_PAID_DAYS: 'DAY_OFF_BEYOND_PAID_DAYS',
  OTHER_EXCUSED_ABSENCE: 'OTHER_EXCUSED_ABSENCE',
} as const;
export type DeductionKind = (typeof DeductionKind)[keyof typeof DeductionKind];

/** One line of the refund: days of one kind, the fraction each deducts, the sum, and the rule. */
export interface AllowanceDeduction {
  kind: DeductionKind;
  days: number;
  /** Each day deducts 1/`fraction` of the month's amount at that day's rate. */
  fraction: number;
  /** The sum deducted for these days in grosze, rounded half up for display (the total is computed exactly). */
  grosze: number;
  /** The legal basis (the rules table's row). */
  basis: string;
}

export interface Allowance {
  /** The month's allowance in grosze. */
  grosze: number;
  /** The same in PLN with two decimals, e.g. "789.55". */
  amount: string;
  /** What the days of participation earn before deductions, in grosze (rounded half up for display). */
  earnedGrosze: number;
  /** The rate: percent of the basic unemployment benefit, and in the trial period. */
  ratePercent: number;
  trialRatePercent: number;
  /** Where the rate and the pro rata rule come from. */
  rateBasis: string;
  proRataBasis: string;
  participationDays: number;
  trialDays: number;
  unexcusedDays: number;
  sickDaysReduced: number;
  sickDaysUnpaid: number;
  daysOffPaid: number;
  daysOffUnpaid: number;
  otherExcusedDays: number;
  deductions: AllowanceDeduction[];
  /** More unexcused days than the month allows: nothing is paid for the month. */
  forfeited: boolean;
}

export class AllowanceRuleGap extends Error {
  constructor(readonly said: Message) {
    super(said.en);
  }
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
const lcm = (values: number[]) => values.reduce((acc, v) => (acc * BigInt(v)) / gcd(acc, BigInt(v)), 1n);
/** Half up to the grosz; never below zero. */
const toGrosze = (units: bigint, denominator: bigint) => (units <= 0n ? 0 : Number((2n * units + denominator) / (2n * denominator)));

/**
 * The integration allowance (świadczenie integracyjne, art. 15 of the social employment act) of one
 * CIS participant for one calendar month, under the rules in force for that month
 * (`ALLOWANCE_REGIMES`: before 2022, 100% of the basic unemployment benefit and 50% in the trial
 * period; from January 2022, 120% with the trial included):
 * - each calendar day of participation earns 1/(days in the month) of the monthly amount at the
 *   rate of that day (benefit in force that day × the rate, or the trial rate);
 * - each unexcused absence deducts 1/20 of the monthly amount at that day's rate; more than 3 in the
 *   month forfeit the month;
 * - doctor-confirmed sickness deducts 1/40 a day for the first 14 sick days of the participation,
 *   then 1/20; days off at the participant's request are paid for 6 days of the participation,
 *   then deduct 1/20; another excused absence deducts 1/30 (each a row of the table, with its basis);
 * - the result is rounded to the grosz, half up, and never below zero.
 * Computed in exact integer arithmetic, so that 1/20 or 1/40 of odd amounts round as the rules say.
 */
export function integrationAllowance(
  input: AllowanceInput,
  benefits: readonly BenefitAmount[] = BASIC_UNEMPLOYMENT_BENEFIT,
  regimes: readonly AllowanceRegime[] = ALLOWANCE_REGIMES,
): Allowance {
  const regime = allowanceRegimeOf(input.month, regimes);
  if (!regime) throw new AllowanceRuleGap(INTEGRATION.NO_ALLOWANCE_RULES({ month: input.month }));
  const calendar = daysBetween(firstDayOf(input.month), lastDayOf(input.month));
  const dim = BigInt(calendar.length);
  const fractions = [regime.unexcusedDayFraction, regime.sickDayFraction, ...(regime.otherExcusedDayFraction ? [regime.otherExcusedDayFraction] : [])];
  const l = lcm(fractions);
  // Unit: 1/(100 · dim · l) grosz. The monthly amount at percent p is A·p/100 grosze, so a day's
  // share of it is A·p·l units, and 1/f of it is A·p·dim·(l/f) units.
  const denominator = 100n * dim * l;
  const inParticipation = (d: string) => d >= input.startDate && (input.endDate === null || d <= input.endDate);
  const inTrial = (d: string) => input.trialEndDate !== null && d <= input.trialEndDate;
  const monthlyOn = (d: string) => {
    const benefit = basicBenefitOn(d, benefits);
    if (!benefit) throw new AllowanceRuleGap(INTEGRATION.NO_BENEFIT_AMOUNT({ date: d }));
    return BigInt(benefit.grosze) * BigInt(inTrial(d) ? regime.trialRatePercent : regime.ratePercent);
  };
  const fractionOf = (d: string, f: number) => monthlyOn(d) * dim * (l / BigInt(f));

  const participation = calendar.filter(inParticipation);
  let earned = 0n;
  for (const d of participation) earned += monthlyOn(d) * l;

  const lines = new Map<DeductionKind, { days: number; fraction: number; units: bigint; basis: string }>();
  const deduct = (kind: DeductionKind, d: string, fraction: number, basis: string) => {
    const line = lines.get(kind) ?? { days: 0, fraction, units: 0n, basis };
    line.days++;
    line.units += fractionOf(d, fraction);
    lines.set(kind, line);
  };

  const byDate = new Map(input.days.filter((day) => inParticipation(day.date) && day.date.startsWith(input.month)).map((day) => [day.date, day]));
  const counts = { unexcusedDays: 0, sickDaysReduced: 0, sickDaysUnpaid: 0, daysOffPaid: 0, daysOffUnpaid: 0, otherExcusedDays: 0 };
  let sickBefore = input.sickDaysBefore;
  let daysOffBefore = input.daysOffBefore;
  for (const d of [...byDate.keys()].sort()) {
    const day = byDate.get(d)!;
    if (day.status === 'UNEXCUSED_ABSENCE') {
      counts.unexcusedDays++;
      deduct('UNEXCUSED_ABSENCE', d, regime.unexcusedDayFraction, regime.basis.unexcused);
    } else if (day.status === 'EXCUSED_ABSENCE' && day.excusedKind === 'SICK_LEAVE') {
      if (sickBefore < regime.paidSickDays) {
        counts.sickDaysReduced++;
        deduct('SICK_LEAVE', d, regime.sickDayFraction, regime.basis.sickness);
      } else {
        counts.sickDaysUnpaid++;
        deduct('SICK_LEAVE_BEYOND_PAID_DAYS', d, regime.unexcusedDayFraction, regime.basis.sickness);
      }
      sickBefore++;
    } else if (day.status === 'EXCUSED_ABSENCE' && day.excusedKind === 'DAY_OFF') {
      if (daysOffBefore < regime.paidDaysOff) counts.daysOffPaid++;
      else {
        counts.daysOffUnpaid++;
        deduct('DAY_OFF_BEYOND_PAID_DAYS', d, regime.unexcusedDayFraction, regime.basis.daysOff);
      }
      daysOffBefore++;
    } else if (day.status === 'EXCUSED_ABSENCE') {
      counts.otherExcusedDays++;
      if (regime.otherExcusedDayFraction) deduct('OTHER_EXCUSED_ABSENCE', d, regime.otherExcusedDayFraction, regime.basis.otherExcused);
    }
  }

  const deducted = [...lines.values()].reduce((sum, line) => sum + line.units, 0n);
  const forfeited = counts.unexcusedDays > regime.maxUnexcusedDaysInMonth;
  const grosze = forfeited ? 0 : toGrosze(earned - deducted, denominator);
  return {
    grosze,
    amount: formatGrosze(grosze),
    earnedGrosze: toGrosze(earned, denominator),
    ratePercent: regime.ratePercent,
    trialRatePercent: regime.trialRatePercent,
    rateBasis: regime.basis.rate,
    proRataBasis: regime.basis.proRata,
    participationDays: participation.length,
    trialDays: participation.filter(inTrial).length,
    ...counts,
    deductions: [...lines.entries()].map(([kind, line]) => ({
      kind,
      days: line.days,
      fraction: line.fraction,
      grosze: toGrosze(line.units, denominator),
      basis: line.basis,
    })),
    forfeited,
  };
}
