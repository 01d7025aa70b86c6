import { firstDayOf, isMonth, isWorkingDay, lastDayOf, workingDaysBetween } from '../../core/calendar.js';
import { uuidArray } from '../../core/db/sql-arrays.js';
import { badUserInput, InputProblems } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { AllowanceRuleGap, integrationAllowance, type Allowance } from './allowance.js';
import { socialEmploymentFacility } from './facility-access.js';
import { PERSON_COLUMNS, personFromJoinedRow, personsLoaders } from '../persons/index.js';
import type { AttendanceStatus, ExcusedKind } from './integration.entities.js';
import { basicBenefitOn } from './integration.rules.js';
import { effectiveEnd, PARTICIPATION_COLUMNS, participantFromSqlRow, type ParticipantView } from './participation.views.js';

export interface AllowanceView extends Allowance {
  /** Monthly amounts of the basic unemployment benefit in force during the month's participation, in grosze. */
  basicBenefitGrosze: number[];
}

export interface AttendanceMonthSummaryView {
  participant: ParticipantView;
  month: string;
  /** First and last day of the participation within the month. */
  from: string;
  to: string;
  workingDays: number;
  daysReported: number;
  daysPresent: number;
  hoursPresent: number;
  excusedAbsences: number;
  sickLeaveDays: number;
  daysOff: number;
  otherExcusedDays: number;
  unexcusedAbsences: number;
  unreportedWorkingDays: number;
  monthClosed: boolean;
  allowance: AllowanceView | null;
}

interface DayRow {
  participation_id: string;
  date: string;
  status: AttendanceStatus;
  excused_kind: ExcusedKind | null;
  hours: number | null;
}

/**
 * A month of a KIS or CIS, participant by participant, in name order: working days, days present,
 * absences by kind, and for a CIS the integration allowance (allowance.ts). NGO_STAFF see their
 * own facilities; LABOUR_OFFICE the CIS it refunds; MOPS_WORKER and ADMIN every one. Four
 * statements, whatever the number of participants.
 */
export async function attendanceSummary(ctx: RequestContext, facilityId: string, month: string): Promise<AttendanceMonthSummaryView[]> {
  const problems = new InputProblems();
  if (!isMonth(month)) problems.add('month', 'A month is written YYYY-MM');
  problems.throwIfAny();
  const { facility, programme } = await socialEmploymentFacility(ctx, facilityId, 'read');
  const first = firstDayOf(month);
  const last = lastDayOf(month);

  // The persons come with the rows (they are joined for the order anyway) and prime the loader, so
  // that `participant { person { … } }` costs no second round trip.
  const rows = await ctx.em.execute(
    `select ${PARTICIPATION_COLUMNS}, ${PERSON_COLUMNS} from participation pa join person pe on pe.id = pa.person_id
      where pa.facility_id = ? and pa.start_date <= ? and coalesce(pa.end_date, pa.planned_end_date) >= ?
      order by pe.search_name, pa.id`,
    [facility.id, last, first],
  );
  const participants = rows.map(participantFromSqlRow);
  const persons = ctx.loaders(personsLoaders).person;
  for (const row of rows) persons.prime(row.person_id, personFromJoinedRow(row));
  if (participants.length === 0) return [];
  const ids = uuidArray(participants.map((p) => p.id));
  const [days, earlier, closure] = await Promise.all([
    ctx.em.execute<DayRow[]>(
      `select participation_id, date::text as date, status, excused_kind, hours from attendance_entry
        where facility_id = ? and date between ? and ? order by date`,
      [facility.id, first, last],
    ),
    // The 14 paid sick days and the 6 days off count over the whole participation, so earlier months matter.
    programme === 'CIS'
      ? ctx.em.execute<{ participation_id: string; sick: number; days_off: number }[]>(
          `select participation_id, count(*) filter (where excused_kind = 'SICK_LEAVE')::int as sick, count(*) filter (where excused_kind = 'DAY_OFF')::int as days_off
             from attendance_entry where participation_id = any(?::uuid[]) and date < ? and status = 'EXCUSED_ABSENCE'
            group by participation_id`,
          [ids, first],
        )
      : Promise.resolve([]),
    ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from attendance_month_closure where facility_id = ? and month = ?`, [facility.id, month]),
  ]);
  const daysOf = Map.groupBy(days, (d) => d.participation_id);
  const earlierOf = new Map(earlier.map((e) => [e.participation_id, e]));
  const monthClosed = (closure[0]?.n ?? 0) > 0;

  return participants.map((participant) => {
    const from = participant.startDate > first ? participant.startDate : first;
    const end = effectiveEnd(participant);
    const to = end < last ? end : last;
    const own = (daysOf.get(participant.id) ?? []).filter((d) => d.date >= from && d.date <= to);
    const count = (predicate: (d: DayRow) => boolean) => own.filter(predicate).length;
    const workingDays = workingDaysBetween(from, to);
    const reportedWorkingDays = new Set(own.map((d) => d.date));
    return {
      participant, month, from, to, workingDays,
      daysReported: own.length,
      daysPresent: count((d) => d.status === 'PRESENT'),
      hoursPresent: own.reduce((sum, d) => sum + (d.status === 'PRESENT' ? (d.hours ?? 0) : 0), 0),
      excusedAbsences: count((d) => d.status === 'EXCUSED_ABSENCE'),
      sickLeaveDays: count((d) => d.excused_kind === 'SICK_LEAVE'),
      daysOff: count((d) => d.excused_kind === 'DAY_OFF'),
      otherExcusedDays: count((d) => d.excused_kind === 'OTHER_EXCUSED'),
      unexcusedAbsences: count((d) => d.status === 'UNEXCUSED_ABSENCE'),
      unreportedWorkingDays: Math.max(workingDays - [...reportedWorkingDays].filter(isWorkingDay).length, 0),
      monthClosed,
      allowance: programme === 'CIS' ? allowanceFor(participant, month, from, to, own, earlierOf.get(participant.id)) : null,
    };
  });
}

function allowanceFor(p: ParticipantView, month: string, from: string, to: string, days: DayRow[], earlier?: { sick: number; days_off: number }): AllowanceView {
  try {
    const allowance = integrationAllowance({
      month, startDate: p.startDate, endDate: effectiveEnd(p), trialEndDate: p.trialEndDate,
      days: days.map((d) => ({ date: d.date, status: d.status, excusedKind: d.excused_kind })),
      sickDaysBefore: earlier?.sick ?? 0, daysOffBefore: earlier?.days_off ?? 0,
    });
    const amounts = new Set<number>();
    for (const d of [from, to]) amounts.add(basicBenefitOn(d)!.grosze);
    return { ...allowance, basicBenefitGrosze: [...amounts] };
  } catch (error) {
    if (error instanceof AllowanceRuleGap) throw badUserInput([{ path: 'month', message: error.message }]);
    throw error;
  }
}
