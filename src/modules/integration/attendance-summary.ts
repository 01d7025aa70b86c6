import { firstDayOf, isMonth, isWorkingDay, lastDayOf, monthOf, workingDaysBetween } from '../../core/calendar.js';
import { uuidArray } from '../../core/db/sql-arrays.js';
import { invalidInput, InputProblems } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { AllowanceRuleGap, integrationAllowance, type Allowance } from './allowance.js';
import { socialEmploymentFacility } from './facility-access.js';
import { PERSON_COLUMNS, personFromJoinedRow, personsLoaders } from '../persons/index.js';
import type { AttendanceStatus, ExcusedKind } from './integration.entities.js';
import { basicBenefitOn } from './integration.rules.js';
import { effectiveEnd, PARTICIPATION_COLUMNS, participantFromSqlRow, type ParticipantView } from './participation.views.js';
import { CORE } from '../../core/messages/core.messages.js';
import { runSql } from '../../core/db/sql.js';

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
  if (!isMonth(month)) problems.add('month', CORE.MONTH_FORM());
  problems.throwIfAny();
  const { facility, programme } = await socialEmploymentFacility(ctx, facilityId, 'read');
  const first = firstDayOf(month);
  const last = lastDayOf(month);

  // The persons come with the rows (they are joined for the order anyway) and prime the loader, so
  // that `participant { person { … } }` costs no second round trip.
  const rows = await runSql(
    ctx.em,
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
    runSql<DayRow>(
      ctx.em,
      `select participation_id, date::text as date, status, excused_kind, hours from attendance_entry
        where facility_id = ? and date between ? and ? order by date`,
      [facility.id, first, last],
    ),
    // The 14 paid sick days and the 6 days off count over the whole participation, so earlier months matter.
    programme === 'CIS'
      ? runSql<{ participation_id: string; sick: number; days_off: number }>(
          ctx.em,
          `select participation_id, count(*) filter (where excused_kind = 'SICK_LEAVE')::int as sick, count(*) filter (where excused_kind = 'DAY_OFF')::int as days_off
             from attendance_entry where participation_id = any(?::uuid[]) and date < ? and status = 'EXCUSED_ABSENCE'
            group by participation_id`,
          [ids, first],
        )
      : Promise.resolve([]),
    runSql<{ n: number }>(ctx.em, `select count(*)::int as n from attendance_month_closure where facility_id = ? and month = ?`, [facility.id, month]),
  ]);
  const daysOf = Map.groupBy(days, (d) => d.participation_id);
  const earlierOf = new Map(earlier.map((e) => [e.participation_id, e]));
  const monthClosed = (closure[0]?.n ?? 0) > 0;
  return summariseMonth(participants, month, programme, daysOf, earlierOf, monthClosed);
}

/** The month's summary rows from its participants and their days, in memory: one rule for a month and for a year of months. */
function summariseMonth(
  participants: ParticipantView[],
  month: string,
  programme: string,
  daysOf: Map<string, DayRow[]>,
  earlierOf: Map<string, { sick: number; days_off: number }>,
  monthClosed: boolean,
): AttendanceMonthSummaryView[] {
  const first = firstDayOf(month);
  const last = lastDayOf(month);
  return participants.map((participant) => {
    const from = participant.startDate > first ? participant.startDate : first;
    const end = effectiveEnd(participant);
    const to = end < last ? end : last;
    const own = (daysOf.get(participant.id) ?? []).filter((d) => d.date >= from && d.date <= to);
    const count = (predicate: (d: DayRow) => boolean) => own.filter(predicate).length;
    const workingDays = workingDaysBetween(from, to);
    const reportedWorkingDays = new Set(own.map((d) => d.date));
    return {
      participant,
      month,
      from,
      to,
      workingDays,
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

function allowanceFor(
  p: ParticipantView,
  month: string,
  from: string,
  to: string,
  days: DayRow[],
  earlier?: { sick: number; days_off: number },
): AllowanceView {
  try {
    const allowance = integrationAllowance({
      month,
      startDate: p.startDate,
      endDate: effectiveEnd(p),
      trialEndDate: p.trialEndDate,
      days: days.map((d) => ({ date: d.date, status: d.status, excusedKind: d.excused_kind })),
      sickDaysBefore: earlier?.sick ?? 0,
      daysOffBefore: earlier?.days_off ?? 0,
    });
    const amounts = new Set<number>();
    for (const d of [from, to]) amounts.add(basicBenefitOn(d)!.grosze);
    return { ...allowance, basicBenefitGrosze: [...amounts] };
  } catch (error) {
    if (error instanceof AllowanceRuleGap) throw invalidInput('month', error.said);
    throw error;
  }
}

/**
 * The months of a year of some KIS/CIS (up to the hub's month), as their summaries give them, in four
 * statements whatever the number of facilities, months and participants: the participations of the
 * year, their days, their sick days and days off before the year, and the closed months. The same
 * rule as `attendanceSummary`, so that a yearly total is the sum of the months' summaries.
 */
export async function attendanceSummariesOfYear(
  ctx: RequestContext,
  facilities: { id: string; programme: string }[],
  year: number,
): Promise<Map<string, { month: string; rows: AttendanceMonthSummaryView[]; closed: boolean }[]>> {
  const result = new Map<string, { month: string; rows: AttendanceMonthSummaryView[]; closed: boolean }[]>();
  if (!facilities.length) return result;
  const ids = uuidArray(facilities.map((f) => f.id));
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const [rows, days, earlier, closures] = await Promise.all([
    runSql(
      ctx.em,
      `select ${PARTICIPATION_COLUMNS} from participation pa join person pe on pe.id = pa.person_id
        where pa.facility_id = any(?::uuid[]) and pa.start_date <= ? and coalesce(pa.end_date, pa.planned_end_date) >= ? order by pe.search_name, pa.id`,
      [ids, last, first],
    ),
    runSql<DayRow & { facility_id: string }>(
      ctx.em,
      `select participation_id, facility_id, date::text as date, status, excused_kind, hours from attendance_entry
        where facility_id = any(?::uuid[]) and date between ? and ? order by date`,
      [ids, first, last],
    ),
    runSql<{ participation_id: string; sick: number; days_off: number }>(
      ctx.em,
      `select e.participation_id, count(*) filter (where e.excused_kind = 'SICK_LEAVE')::int as sick, count(*) filter (where e.excused_kind = 'DAY_OFF')::int as days_off
         from attendance_entry e join participation pa on pa.id = e.participation_id
        where pa.facility_id = any(?::uuid[]) and pa.programme = 'CIS' and e.date < ? and e.status = 'EXCUSED_ABSENCE' group by e.participation_id`,
      [ids, first],
    ),
    runSql<{ facility_id: string; month: string }>(
      ctx.em,
      `select facility_id, month from attendance_month_closure where facility_id = any(?::uuid[]) and month like ?`,
      [ids, `${year}-%`],
    ),
  ]);
  const participants = rows.map(participantFromSqlRow);
  const daysOf = Map.groupBy(days, (d) => d.participation_id);
  const closed = new Set(closures.map((c) => `${c.facility_id}|${c.month}`));
  // Sick days and days off count over the whole participation: those before the year, then month by month.
  const running = new Map(earlier.map((e) => [e.participation_id, { sick: e.sick, days_off: e.days_off }]));
  const current = monthOf(ctx.clock.today());
  for (const facility of facilities) result.set(facility.id, []);
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    if (month > current) break;
    const monthFirst = firstDayOf(month);
    const monthLast = lastDayOf(month);
    const earlierOf = new Map([...running].map(([id, e]) => [id, { ...e }]));
    for (const facility of facilities) {
      const own = participants.filter((p) => p.facilityId === facility.id && p.startDate <= monthLast && effectiveEnd(p) >= monthFirst);
      if (!own.length) continue;
      result.get(facility.id)!.push({
        month,
        rows: summariseMonth(own, month, facility.programme, daysOf, earlierOf, closed.has(`${facility.id}|${month}`)),
        closed: closed.has(`${facility.id}|${month}`),
      });
    }
    for (const d of days) {
      if (d.date < monthFirst || d.date > monthLast || d.status !== 'EXCUSED_ABSENCE') continue;
      const e = running.get(d.participation_id) ?? { sick: 0, days_off: 0 };
      if (d.excused_kind === 'SICK_LEAVE') e.sick++;
      if (d.excused_kind === 'DAY_OFF') e.days_off++;
      running.set(d.participation_id, e);
    }
  }
  return result;
}
