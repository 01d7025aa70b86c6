import { uuidArray } from '../../core/db/sql-arrays.js';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { addDays, isMonth, mondayOf, monthOf } from '../../core/calendar.js';
import { runSql } from '../../core/db/sql.js';
import type { EntityManager } from '../../core/db/database.js';
import { invalidInput, conflict, InputProblems } from '../../core/errors.js';
import { checkIdempotencyKey, contentHashOf, replayAfterUniqueViolation, replayStored } from '../../core/idempotency.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { isUuid } from '../../core/ids.js';
import { lockRow } from '../../core/db/occupancy.js';
import { socialEmploymentFacility } from './facility-access.js';
import { AttendanceReport, type AttendanceStatus, type ExcusedKind } from './integration.entities.js';
import { cisLimitsOn, MAX_HOURS_PER_DAY } from './integration.rules.js';
import { effectiveEnd, PARTICIPATION_COLUMNS, participantFromSqlRow, type ParticipantView } from './participation.views.js';
import { closedMonthRefusal, mayCorrectClosedMonths } from './closed-months.js';
import { INTEGRATION } from './integration.messages.js';
import { CORE } from '../../core/messages/core.messages.js';

export const MAX_ENTRIES_PER_REPORT = 10_000;

export interface AttendanceEntryInput {
  participantId: string;
  date: string;
  status: AttendanceStatus;
  excusedKind?: ExcusedKind | null;
  hours?: number | null;
}

export interface AttendanceReportInput {
  facilityId: string;
  idempotencyKey: string;
  entries: AttendanceEntryInput[];
  /** Needed, with MOPS_WORKER or ADMIN, to change a closed month. */
  correctionReason?: string | null;
}

export interface AttendanceReportOutcome {
  reportId: string;
  facilityId: string;
  idempotencyKey: string;
  /** True when this answer is the stored result of an earlier call with the same key. */
  replayed: boolean;
  entriesReceived: number;
  created: number;
  corrected: number;
  unchanged: number;
  months: string[];
  reportedAt: string;
}

interface StoredDay {
  participation_id: string;
  date: string;
  status: AttendanceStatus;
  excused_kind: ExcusedKind | null;
  hours: number | null;
  reported_by: string;
  reported_at: string;
}

/** The shape rules of one entry, needing nothing from the database. */
function checkEntryShape(entry: AttendanceEntryInput, i: number, today: string, problems: InputProblems): void {
  const at = (field: string) => ['entries', i, field];
  if (entry.date > today) problems.add(at('date'), INTEGRATION.ATTENDANCE_IN_FUTURE());
  if (entry.status === 'EXCUSED_ABSENCE' && !entry.excusedKind) {
    problems.add(at('excusedKind'), INTEGRATION.EXCUSED_KIND_MISSING());
  }
  if (entry.status !== 'EXCUSED_ABSENCE' && entry.excusedKind) problems.add(at('excusedKind'), INTEGRATION.EXCUSED_KIND_NOT_EXCUSED());
  const hours = entry.hours ?? null;
  if (entry.status === 'PRESENT') {
    if (hours === null) problems.add(at('hours'), INTEGRATION.HOURS_MISSING());
    else if (!Number.isFinite(hours) || hours <= 0 || hours > MAX_HOURS_PER_DAY)
      problems.add(at('hours'), INTEGRATION.HOURS_OVER_DAILY_LIMIT({ max: MAX_HOURS_PER_DAY }));
  } else if (hours !== null && hours !== 0) {
    problems.add(at('hours'), INTEGRATION.ABSENCE_HAS_NO_HOURS());
  }
}

/**
 * A CIS plans its classes for at most so many hours a week (30 to 40 since 2022, 6 a day before;
 * CIS_PARTICIPATION_LIMITS, by the participation's start): a week whose reported hours, with the
 * days already stored, exceed it is a typing error, reported once per week at its first entry.
 */
function checkWeeklyHours(
  entries: AttendanceEntryInput[],
  participations: Map<string, { id: string; programme: string; startDate: string; facilityId: string }>,
  stored: Map<string, StoredDay>,
  problems: InputProblems,
): void {
  const hours = new Map<string, number>();
  for (const [key, day] of stored) if (day.status === 'PRESENT') hours.set(key, day.hours ?? 0);
  for (const entry of entries) hours.set(`${entry.participantId}|${entry.date}`, entry.status === 'PRESENT' ? (entry.hours ?? 0) : 0);
  const weekly = new Map<string, number>();
  for (const [key, h] of hours) {
    const [id, date] = key.split('|') as [string, string];
    const week = `${id}|${mondayOf(date)}`;
    weekly.set(week, (weekly.get(week) ?? 0) + h);
  }
  const reported = new Set<string>();
  entries.forEach((entry, i) => {
    const p = participations.get(entry.participantId);
    if (!p || p.programme !== 'CIS' || entry.status !== 'PRESENT') return;
    const week = `${p.id}|${mondayOf(entry.date)}`;
    const limit = cisLimitsOn(p.startDate)?.weeklyHours.max;
    if (limit === undefined || reported.has(week) || (weekly.get(week) ?? 0) <= limit) return;
    reported.add(week);
    problems.add(
      ['entries', i, 'hours'],
      INTEGRATION.CIS_WEEKLY_HOURS({ week: mondayOf(entry.date), hours: weekly.get(week)!, max: limit, source: cisLimitsOn(p.startDate)!.source }),
    );
  });
}

/** What identifies a report's content: the same key with other content is a different report. */
function contentHash(input: AttendanceReportInput): string {
  return contentHashOf([
    input.facilityId,
    input.correctionReason?.trim() || null,
    input.entries.map((e) => [e.participantId, e.date, e.status, e.excusedKind ?? null, e.hours ?? null]),
  ]);
}

async function storedReport(em: EntityManager, facilityId: string, key: string) {
  return em.fork().findOne(AttendanceReport, { facility: facilityId, idempotencyKey: key });
}

const sameDay = (stored: StoredDay, entry: AttendanceEntryInput) =>
  stored.status === entry.status && (stored.excused_kind ?? null) === (entry.excusedKind ?? null) && (stored.hours ?? null) === (entry.hours ?? null);

/**
 * Records a facility's attendance (NGO_STAFF of the operator, MOPS_WORKER, ADMIN): up to 10,000
 * days in one call, all or nothing. Every invalid entry is reported with its path. A day already
 * reported with other values is corrected, and the previous values are kept with who changed them
 * and when; in a closed month only MOPS_WORKER or ADMIN may do that, with `correctionReason`.
 * The same idempotency key with the same entries returns the first result and writes nothing.
 * The days are written in bulk statements, whatever their number.
 */
export async function reportAttendance(ctx: RequestContext, input: AttendanceReportInput): Promise<AttendanceReportOutcome> {
  const shape = new InputProblems();
  const key = input.idempotencyKey.trim();
  checkIdempotencyKey(key, shape);
  if (input.entries.length === 0) shape.add('entries', CORE.BATCH_EMPTY());
  if (input.entries.length > MAX_ENTRIES_PER_REPORT) shape.add('entries', CORE.BATCH_TOO_LARGE({ max: MAX_ENTRIES_PER_REPORT }));
  shape.throwIfAny();

  const { facility } = await socialEmploymentFacility(ctx, input.facilityId, 'write');
  const hash = contentHash(input);
  const earlier = await storedReport(ctx.em, facility.id, key);
  if (earlier) return replayStored<AttendanceReportOutcome>(earlier, hash, key);

  const today = ctx.clock.today();
  const problems = new InputProblems();
  const seen = new Map<string, number>();
  input.entries.forEach((entry, i) => {
    checkEntryShape(entry, i, today, problems);
    const day = `${entry.participantId}|${entry.date}`;
    const first = seen.get(day);
    if (first !== undefined) problems.add(['entries', i], INTEGRATION.SAME_PARTICIPANT_AND_DAY({ other: `entries.${first}` }));
    else seen.set(day, i);
  });
  const correctionReason = input.correctionReason?.trim() || null;
  const mayCorrect = mayCorrectClosedMonths(ctx.principal.role);

  try {
    return await ctx.em.transactional(async (em) => {
      await lockRow(em, 'facility', facility.id, 'share');
      const reportId = crypto.randomUUID();
      const reportedBy = ctx.principal.userId ?? 'unknown';
      // Inserted first: a concurrent call with the same key waits here, then replays this one.
      await em.insert(AttendanceReport, {
        id: reportId,
        facility: facility.id,
        idempotencyKey: key,
        contentHash: hash,
        result: {},
        reportedBy,
        reportedAt: ctx.clock.now(),
      });

      const participantIds = [...new Set(input.entries.map((e) => e.participantId).filter(isUuid))];
      const months = [...new Set(input.entries.map((e) => monthOf(e.date)))].sort();
      const [participationRows, closedRows] = await Promise.all([
        participantIds.length
          ? runSql(
              em,
              `select ${PARTICIPATION_COLUMNS}, f.operator_id from participation pa join facility f on f.id = pa.facility_id where pa.id = any(?::uuid[])`,
              [uuidArray(participantIds)],
            )
          : Promise.resolve([]),
        runSql<{ month: string }>(em, `select month from attendance_month_closure where facility_id = ? and month = any(?::text[])`, [
          facility.id,
          `{${months.join(',')}}`,
        ]),
      ]);
      const participations = new Map(
        participationRows.map((row) => [row.id as string, { ...participantFromSqlRow(row), operatorId: row.operator_id as string }]),
      );
      const closed = new Set(closedRows.map((r) => r.month));

      checkEnrolment(input.entries, participations, facility, problems);

      const validIds = [...participations.values()].filter((p) => p.facilityId === facility.id).map((p) => p.id);
      const dates = input.entries.map((e) => e.date).sort();
      // Whole weeks, so that a CIS week's hours can be summed with the days reported before.
      const firstDay = mondayOf(dates[0]!);
      const lastDay = addDays(mondayOf(dates[dates.length - 1]!), 6);
      const storedRows = await runSql<StoredDay>(
        em,
        `select participation_id, date::text as date, status, excused_kind, hours, reported_by, reported_at
           from attendance_entry where facility_id = ?::uuid and date between ?::date and ?::date and participation_id = any(?::uuid[])
            for update`,
        [facility.id, firstDay, lastDay, uuidArray(validIds)],
      );
      // Locked (for update): two corrections of one day run one after the other, so each keeps the
      // value the other wrote as its previous value and the history has no gap. Stamped once the
      // days are locked, so that the times of corrections follow the order they were applied in.
      const reportedAt = ctx.clock.now();
      const stored = new Map(storedRows.map((r) => [`${r.participation_id}|${r.date}`, r]));
      checkWeeklyHours(input.entries, participations, stored, problems);

      const { created, changed, unchanged } = sortDays(input.entries, { facility, participations, stored, closed, mayCorrect, correctionReason }, problems);
      problems.throwIfAny();

      await writeDays(em, { facilityId: facility.id, reportId, reportedBy, reportedAt, role: ctx.principal.role, correctionReason }, created, changed);

      const outcome: AttendanceReportOutcome = {
        reportId,
        facilityId: facility.id,
        idempotencyKey: key,
        replayed: false,
        entriesReceived: input.entries.length,
        created: created.length,
        corrected: changed.filter((c) => c.before).length,
        unchanged,
        months,
        reportedAt: reportedAt.toISOString(),
      };
      await em.nativeUpdate(AttendanceReport, { id: reportId }, { result: outcome as unknown as Record<string, unknown>, reportedAt });
      ctx.audit.recordWrite(em, {
        operation: 'reportAttendance',
        subjectType: 'Facility',
        subjectId: facility.id,
        details: {
          reportId,
          entries: input.entries.length,
          created: outcome.created,
          corrected: outcome.corrected,
          months,
          ...(correctionReason ? { correctionReason } : {}),
        },
      });
      await em.flush();
      return outcome;
    });
  } catch (error) {
    return replayAfterUniqueViolation<AttendanceReportOutcome>(error, () => storedReport(ctx.em, facility.id, key), hash, key);
  }
}

/** Each entry's participant at this facility on its day, or a problem at the entry. */
function checkEnrolment(
  entries: AttendanceEntryInput[],
  participations: Map<string, ParticipantView & { operatorId: string }>,
  facility: { id: string; operatorId: string },
  problems: InputProblems,
): void {
  entries.forEach((entry, i) => {
    const p = participations.get(entry.participantId);
    const at = (field: string) => ['entries', i, field];
    if (!p) return problems.add(at('participantId'), INTEGRATION.NO_SUCH_PARTICIPANT({ id: entry.participantId }));
    if (p.facilityId !== facility.id) {
      return problems.add(
        at('participantId'),
        p.operatorId !== facility.operatorId ? INTEGRATION.PARTICIPANT_AT_OTHER_ORGANISATION() : INTEGRATION.PARTICIPANT_AT_OTHER_FACILITY(),
      );
    }
    if (entry.date < p.startDate) return problems.add(at('date'), INTEGRATION.NOT_ENROLLED_YET({ date: p.startDate }));
    if (entry.date > effectiveEnd(p))
      return problems.add(at('date'), (p.endDate ? INTEGRATION.NOT_ENROLLED_ANY_MORE : INTEGRATION.NOT_ENROLLED_PLANNED_END)({ date: effectiveEnd(p) }));
  });
}

/** A day being changed: what was stored before (null for a new day in a closed month), and whether its month was closed. */
interface ChangedDay {
  entry: AttendanceEntryInput;
  before: StoredDay | null;
  afterClosing: boolean;
}

/**
 * The entries sorted into new days, changed days (each a correction on record) and days sent again
 * as they are; a change in a closed month is refused unless the role may correct it and gives its reason.
 */
function sortDays(
  entries: AttendanceEntryInput[],
  o: {
    facility: { id: string };
    participations: Map<string, ParticipantView>;
    stored: Map<string, StoredDay>;
    closed: Set<string>;
    mayCorrect: boolean;
    correctionReason: string | null;
  },
  problems: InputProblems,
): { created: AttendanceEntryInput[]; changed: ChangedDay[]; unchanged: number } {
  const created: AttendanceEntryInput[] = [];
  const changed: ChangedDay[] = [];
  let unchanged = 0;
  entries.forEach((entry, i) => {
    if (o.participations.get(entry.participantId)?.facilityId !== o.facility.id) return;
    const before = o.stored.get(`${entry.participantId}|${entry.date}`) ?? null;
    if (before && sameDay(before, entry)) return void unchanged++;
    const inClosedMonth = o.closed.has(monthOf(entry.date));
    if (inClosedMonth && !o.mayCorrect) return problems.add(['entries', i, 'date'], closedMonthRefusal(monthOf(entry.date)));
    if (inClosedMonth && !o.correctionReason)
      return problems.add(['entries', i, 'date'], INTEGRATION.CORRECTION_REASON_MISSING({ month: monthOf(entry.date) }));
    if (!before) created.push(entry);
    if (before || inClosedMonth) changed.push({ entry, before, afterClosing: inClosedMonth });
  });
  return { created, changed, unchanged };
}

/** Writes a report's days in three statements: the new days, the corrections on record, and the changed days. */
async function writeDays(
  em: EntityManager,
  {
    facilityId,
    reportId,
    reportedBy,
    reportedAt,
    role,
    correctionReason,
  }: { facilityId: string; reportId: string; reportedBy: string; reportedAt: Date; role: string; correctionReason: string | null },
  created: AttendanceEntryInput[],
  changed: ChangedDay[],
): Promise<void> {
  const row = (e: AttendanceEntryInput) => ({
    participation_id: e.participantId,
    date: e.date,
    status: e.status,
    excused_kind: e.excusedKind ?? null,
    hours: e.hours ?? null,
  });
  if (created.length) {
    await runSql(
      em,
      `insert into attendance_entry (participation_id, date, facility_id, status, excused_kind, hours, report_id, reported_by, reported_at, corrections)
       select x.participation_id, x.date, ?::uuid, x.status, x.excused_kind, x.hours, ?::uuid, ?::text, ?::timestamptz, 0
         from jsonb_to_recordset(?::jsonb) as x(participation_id uuid, date date, status text, excused_kind text, hours double precision)`,
      [facilityId, reportId, reportedBy, reportedAt.toISOString(), JSON.stringify(created.map(row))],
    );
  }
  if (changed.length) {
    await runSql(
      em,
      `insert into attendance_correction (id, participation_id, date, previous_status, previous_excused_kind, previous_hours, previous_reported_by,
         previous_reported_at, status, excused_kind, hours, reason, after_closing, report_id, corrected_by, corrected_by_role, corrected_at)
       select gen_random_uuid(), x.participation_id, x.date, x.previous_status, x.previous_excused_kind, x.previous_hours, x.previous_reported_by,
         x.previous_reported_at, x.status, x.excused_kind, x.hours, ?::text, x.after_closing, ?::uuid, ?::text, ?::text, ?::timestamptz
         from jsonb_to_recordset(?::jsonb) as x(participation_id uuid, date date, previous_status text, previous_excused_kind text,
           previous_hours double precision, previous_reported_by text, previous_reported_at timestamptz, status text, excused_kind text,
           hours double precision, after_closing boolean)`,
      [
        correctionReason,
        reportId,
        reportedBy,
        role,
        reportedAt.toISOString(),
        JSON.stringify(
          changed.map(({ entry, before, afterClosing }) => ({
            ...row(entry),
            after_closing: afterClosing,
            previous_status: before?.status ?? null,
            previous_excused_kind: before?.excused_kind ?? null,
            previous_hours: before?.hours ?? null,
            previous_reported_by: before?.reported_by ?? null,
            previous_reported_at: before ? new Date(before.reported_at).toISOString() : null,
          })),
        ),
      ],
    );
    const updates = changed.filter((c) => c.before);
    if (updates.length) {
      await runSql(
        em,
        `update attendance_entry e set status = x.status, excused_kind = x.excused_kind, hours = x.hours, report_id = ?::uuid, reported_by = ?::text, reported_at = ?::timestamptz,
           corrections = e.corrections + 1
           from jsonb_to_recordset(?::jsonb) as x(participation_id uuid, date date, status text, excused_kind text, hours double precision)
          where e.participation_id = x.participation_id and e.date = x.date`,
        [reportId, reportedBy, reportedAt.toISOString(), JSON.stringify(updates.map((c) => row(c.entry)))],
      );
    }
  }
}

export interface MonthClosureView {
  facilityId: string;
  month: string;
  closedAt: Date;
  closedBy: string;
}

/**
 * Makes a month's attendance final (NGO_STAFF of the operator, MOPS_WORKER, ADMIN); the month must
 * be over. Later changes need MOPS_WORKER or ADMIN and a reason (reportAttendance).
 */
export async function closeMonth(ctx: RequestContext, facilityId: string, month: string): Promise<MonthClosureView> {
  const problems = new InputProblems();
  if (!isMonth(month)) problems.add('month', CORE.MONTH_FORM());
  else if (month >= monthOf(ctx.clock.today())) problems.add('month', INTEGRATION.MONTH_NOT_ENDED({ month }));
  problems.throwIfAny();
  const { facility } = await socialEmploymentFacility(ctx, facilityId, 'write');
  if (facility.openedOn && month < monthOf(facility.openedOn)) throw invalidInput('month', CORE.FACILITY_OPENED_ON({ date: facility.openedOn }));
  try {
    return await ctx.em.transactional(async (em) => {
      await lockRow(em, 'facility', facility.id, 'update');
      const closedAt = ctx.clock.now();
      const closedBy = ctx.principal.userId ?? 'unknown';
      await runSql(
        em,
        `insert into attendance_month_closure (id, facility_id, month, closed_by, closed_by_role, closed_at) values (gen_random_uuid(), ?, ?, ?, ?, ?)`,
        [facility.id, month, closedBy, ctx.principal.role, closedAt.toISOString()],
      );
      ctx.audit.recordWrite(em, { operation: 'closeMonth', subjectType: 'Facility', subjectId: facility.id, details: { month } });
      await em.flush();
      return { facilityId: facility.id, month, closedAt, closedBy };
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict(INTEGRATION.MONTH_ALREADY_CLOSED({ month }));
    throw error;
  }
}
