import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { addDays, firstDayOf, isMonth, lastDayOf, mondayOf, monthOf } from '../../core/calendar.js';
import { isIsoDate } from '../../core/clock.js';
import { runSql } from '../../core/db/sql.js';
import { lockRow } from '../../core/db/occupancy.js';
import { uuidArray } from '../../core/db/sql-arrays.js';
import type { EntityManager } from '../../core/db/database.js';
import { invalidInput, forbidden, notFound, InputProblems } from '../../core/errors.js';
import { checkIdempotencyKey, contentHashOf, replayAfterUniqueViolation, replayStored } from '../../core/idempotency.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { isUuid } from '../../core/ids.js';
import { formatGrosze, groszeOf } from '../../core/money.js';
import { socialEmploymentFacility } from './facility-access.js';
import { SociallyUsefulWorkReport } from './integration.entities.js';
import { refundCapGrosze, sociallyUsefulWorkRuleFor, type SociallyUsefulWorkRule } from './integration.rules.js';
import { effectiveEnd, PARTICIPATION_COLUMNS, participantFromSqlRow, type ParticipantView } from './participation.views.js';
import { closedMonthRefusal, mayCorrectClosedMonths } from './closed-months.js';
import { INTEGRATION } from './integration.messages.js';
import { CORE, recordKind } from '../../core/messages/core.messages.js';

export const MAX_PSU_ENTRIES_PER_REPORT = 5_000;

export interface AgreementView {
  id: string;
  labourOfficeId: string;
  number: string;
  concludedOn: string;
  validFrom: string;
  validTo: string;
  hourlyGrosze: number;
  refundPerHourGrosze: number;
  activationProgramme: boolean;
  rule: SociallyUsefulWorkRule;
}

export interface AgreementInput {
  labourOfficeId: string;
  number: string;
  concludedOn: string;
  validFrom: string;
  validTo: string;
  hourlyRate: string;
  refundPerHour: string;
  activationProgramme?: boolean | null;
}

const AGREEMENT_COLUMNS = `a.id, a.labour_office_id, a.number, a.concluded_on::text as concluded_on, a.valid_from::text as valid_from,
  a.valid_to::text as valid_to, a.hourly_grosze, a.refund_per_hour_grosze, a.activation_programme`;

function agreementFromRow(r: Record<string, any>): AgreementView {
  return {
    id: r.id,
    labourOfficeId: r.labour_office_id,
    number: r.number,
    concludedOn: r.concluded_on,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    hourlyGrosze: r.hourly_grosze,
    refundPerHourGrosze: r.refund_per_hour_grosze,
    activationProgramme: r.activation_programme,
    // Every stored agreement was checked against a row on the day it was concluded.
    rule: sociallyUsefulWorkRuleFor(r.concluded_on)!,
  };
}

/**
 * Records an agreement on socially useful work between a labour office and the city (LABOUR_OFFICE
 * for its own office, MOPS_WORKER, ADMIN). Its figures are checked against the rules in force on the
 * day it was concluded: the hourly benefit at least the minimum, the refund at most the share of
 * the minimum that the Labour Fund may pay back.
 */
export async function concludeAgreement(ctx: RequestContext, input: AgreementInput): Promise<AgreementView> {
  const problems = new InputProblems();
  const number = input.number.trim();
  if (!number || number.length > 100) problems.add('number', INTEGRATION.AGREEMENT_NUMBER_LENGTH());
  for (const field of ['concludedOn', 'validFrom', 'validTo'] as const) if (!isIsoDate(input[field])) problems.add(field, CORE.DATE_FORM());
  const hourly = groszeOf(input.hourlyRate);
  const refund = groszeOf(input.refundPerHour);
  if (hourly === null || hourly === 0) problems.add('hourlyRate', INTEGRATION.HOURLY_RATE_FORM());
  if (refund === null) problems.add('refundPerHour', INTEGRATION.REFUND_FORM());
  problems.throwIfAny();
  if (input.validTo < input.validFrom) problems.add('validTo', INTEGRATION.PSU_AGREEMENT_ENDS_BEFORE_START());
  if (input.concludedOn > input.validTo) problems.add('concludedOn', INTEGRATION.CONCLUDED_AFTER_TERM());
  if (input.concludedOn > ctx.clock.today()) problems.add('concludedOn', INTEGRATION.CONCLUDED_IN_FUTURE());
  const rule = sociallyUsefulWorkRuleFor(input.concludedOn);
  if (!rule) problems.add('concludedOn', INTEGRATION.NO_PSU_RULES({ date: input.concludedOn }));
  if (refund! > hourly!) problems.add('refundPerHour', INTEGRATION.REFUND_OVER_RATE());
  if (rule?.minimumHourlyGrosze != null && hourly! < rule.minimumHourlyGrosze) {
    problems.add(
      'hourlyRate',
      INTEGRATION.HOURLY_RATE_TOO_LOW({ minimum: formatGrosze(rule.minimumHourlyGrosze), date: input.concludedOn, source: rule.source }),
    );
  }
  const cap = rule ? refundCapGrosze(rule, input.activationProgramme ?? false) : null;
  if (cap !== null && refund! > cap) problems.add('refundPerHour', INTEGRATION.REFUND_OVER_CAP({ cap: formatGrosze(cap), source: rule!.source }));
  if (!isUuid(input.labourOfficeId)) problems.add('labourOfficeId', CORE.NO_SUCH_ID({ kind: recordKind('organisation') }));
  problems.throwIfAny();

  const [office] = await runSql<{ kind: string }>(ctx.em, 'select kind from organisation where id = ?', [input.labourOfficeId]);
  if (!office) throw invalidInput('labourOfficeId', CORE.NO_SUCH_ID({ kind: recordKind('organisation') }));
  if (office.kind !== 'LABOUR_OFFICE') throw invalidInput('labourOfficeId', INTEGRATION.PSU_NOT_A_LABOUR_OFFICE());
  if (ctx.principal.role === 'LABOUR_OFFICE' && ctx.principal.organisationId !== input.labourOfficeId) throw forbidden(INTEGRATION.OWN_AGREEMENTS_ONLY());

  const id = crypto.randomUUID();
  try {
    await ctx.em.transactional(async (em) => {
      await runSql(
        em,
        `insert into psu_agreement (id, labour_office_id, number, concluded_on, valid_from, valid_to, hourly_grosze, refund_per_hour_grosze, activation_programme, recorded_by, recorded_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          id,
          input.labourOfficeId,
          number,
          input.concludedOn,
          input.validFrom,
          input.validTo,
          hourly,
          refund,
          input.activationProgramme ?? false,
          ctx.principal.userId ?? 'unknown',
          ctx.clock.now(),
        ],
      );
      ctx.audit.recordWrite(em, {
        operation: 'concludeSociallyUsefulWorkAgreement',
        subjectType: 'SociallyUsefulWorkAgreement',
        subjectId: id,
        details: { number },
      });
      await em.flush();
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw invalidInput('number', INTEGRATION.AGREEMENT_NUMBER_TAKEN({ number }));
    throw error;
  }
  return {
    id,
    labourOfficeId: input.labourOfficeId,
    number,
    concludedOn: input.concludedOn,
    validFrom: input.validFrom,
    validTo: input.validTo,
    hourlyGrosze: hourly!,
    refundPerHourGrosze: refund!,
    activationProgramme: input.activationProgramme ?? false,
    rule: rule!,
  };
}

async function agreementById(em: EntityManager, id: string): Promise<AgreementView | null> {
  if (!isUuid(id)) return null;
  const [row] = await runSql(em, `select ${AGREEMENT_COLUMNS} from psu_agreement a where a.id = ?`, [id]);
  return row ? agreementFromRow(row) : null;
}

/** The agreements in force on a day; a labour office sees its own. */
export async function agreementsInForce(ctx: RequestContext, on: string): Promise<AgreementView[]> {
  if (!isIsoDate(on)) throw invalidInput('activeOn', CORE.DATE_FORM());
  const own = ctx.principal.role === 'LABOUR_OFFICE';
  const rows = await runSql(
    ctx.em,
    `select ${AGREEMENT_COLUMNS} from psu_agreement a where a.valid_from <= ? and a.valid_to >= ? ${own ? 'and a.labour_office_id = ?' : ''} order by a.valid_from, a.number`,
    own ? [on, on, ctx.principal.organisationId] : [on, on],
  );
  return rows.map(agreementFromRow);
}

export interface SociallyUsefulWorkEntryInput {
  participantId: string;
  date: string;
  /** Hours in quarters of an hour; 0 removes a day reported before. */
  hours: number;
}

export interface SociallyUsefulWorkReportInput {
  facilityId: string;
  agreementId: string;
  idempotencyKey: string;
  entries: SociallyUsefulWorkEntryInput[];
  /** Needed, with MOPS_WORKER or ADMIN, to change a month whose attendance is closed. */
  correctionReason?: string | null;
}

export interface SociallyUsefulWorkReportOutcome {
  reportId: string;
  facilityId: string;
  agreementId: string;
  idempotencyKey: string;
  replayed: boolean;
  entriesReceived: number;
  written: number;
  removed: number;
  unchanged: number;
  months: string[];
}

const contentHash = (input: SociallyUsefulWorkReportInput) =>
  contentHashOf([input.facilityId, input.agreementId, input.correctionReason?.trim() || null, input.entries.map((e) => [e.participantId, e.date, e.hours])]);

const storedReport = (em: EntityManager, facilityId: string, key: string) =>
  em.fork().findOne(SociallyUsefulWorkReport, { facility: facilityId, idempotencyKey: key });

/**
 * The caps of socially useful work (10 hours a week, 40 a month, SOCIALLY_USEFUL_WORK_RULES) over
 * the days reported with those already stored, each week and month reported once, at its first entry.
 */
function checkCaps(entries: SociallyUsefulWorkEntryInput[], stored: Map<string, number>, rule: SociallyUsefulWorkRule, problems: InputProblems): void {
  const minutes = new Map(stored);
  for (const e of entries) minutes.set(`${e.participantId}|${e.date}`, Math.round(e.hours * 60));
  const weekly = new Map<string, number>();
  const monthly = new Map<string, number>();
  for (const [day, m] of minutes) {
    const [id, date] = day.split('|') as [string, string];
    weekly.set(`${id}|${mondayOf(date)}`, (weekly.get(`${id}|${mondayOf(date)}`) ?? 0) + m);
    monthly.set(`${id}|${monthOf(date)}`, (monthly.get(`${id}|${monthOf(date)}`) ?? 0) + m);
  }
  const reported = new Set<string>();
  entries.forEach((e, i) => {
    const week = `${e.participantId}|${mondayOf(e.date)}`;
    const month = `${e.participantId}|${monthOf(e.date)}`;
    if (!reported.has(week) && weekly.get(week)! > rule.maxHoursPerWeek * 60) {
      reported.add(week);
      problems.add(
        ['entries', i, 'hours'],
        INTEGRATION.PSU_WEEKLY_HOURS({ week: mondayOf(e.date), hours: weekly.get(week)! / 60, max: rule.maxHoursPerWeek, source: rule.source }),
      );
    }
    if (!reported.has(month) && monthly.get(month)! > rule.maxHoursPerMonth * 60) {
      reported.add(month);
      problems.add(
        ['entries', i, 'hours'],
        INTEGRATION.PSU_MONTHLY_HOURS({ month: monthOf(e.date), hours: monthly.get(month)! / 60, max: rule.maxHoursPerMonth, source: rule.source }),
      );
    }
  });
}

/**
 * Reports the socially useful work of a KIS's participants under an agreement (NGO_STAFF of the
 * operator, MOPS_WORKER, ADMIN), as attendance is reported: all or nothing, each problem at its
 * path, idempotent on its key. A day reported again replaces its hours; 0 hours removes it.
 */
export async function reportSociallyUsefulWork(ctx: RequestContext, input: SociallyUsefulWorkReportInput): Promise<SociallyUsefulWorkReportOutcome> {
  const shape = new InputProblems();
  const key = input.idempotencyKey.trim();
  checkIdempotencyKey(key, shape);
  if (input.entries.length === 0) shape.add('entries', CORE.BATCH_EMPTY());
  if (input.entries.length > MAX_PSU_ENTRIES_PER_REPORT) shape.add('entries', CORE.BATCH_TOO_LARGE({ max: MAX_PSU_ENTRIES_PER_REPORT }));
  shape.throwIfAny();

  const { facility, programme } = await socialEmploymentFacility(ctx, input.facilityId, 'write');
  if (programme !== 'KIS') throw invalidInput('facilityId', INTEGRATION.PSU_KIS_ONLY());
  const agreement = await agreementById(ctx.em, input.agreementId);
  if (!agreement) throw invalidInput('agreementId', CORE.NO_SUCH_ID({ kind: recordKind('agreement on socially useful work') }));
  const hash = contentHash(input);
  const earlier = await storedReport(ctx.em, facility.id, key);
  if (earlier) return replayStored<SociallyUsefulWorkReportOutcome>(earlier, hash, key);

  const today = ctx.clock.today();
  const problems = new InputProblems();
  const seen = new Map<string, number>();
  input.entries.forEach((e, i) => {
    const at = (field: string) => ['entries', i, field];
    if (!isIsoDate(e.date)) return problems.add(at('date'), CORE.DATE_FORM());
    if (e.date > today) problems.add(at('date'), INTEGRATION.WORK_IN_FUTURE());
    else if (e.date < agreement.validFrom || e.date > agreement.validTo)
      problems.add(at('date'), INTEGRATION.OUTSIDE_AGREEMENT({ number: agreement.number, from: agreement.validFrom, to: agreement.validTo }));
    if (!Number.isFinite(e.hours) || e.hours < 0 || e.hours > agreement.rule.maxHoursPerWeek || !Number.isInteger(e.hours * 4)) {
      problems.add(at('hours'), INTEGRATION.PSU_HOURS_FORM({ max: agreement.rule.maxHoursPerWeek }));
    }
    const day = `${e.participantId}|${e.date}`;
    if (seen.has(day)) problems.add(['entries', i], INTEGRATION.SAME_PARTICIPANT_AND_DAY({ other: `entries.${seen.get(day)}` }));
    else seen.set(day, i);
  });
  problems.throwIfAny();
  const correctionReason = input.correctionReason?.trim() || null;
  const mayCorrect = mayCorrectClosedMonths(ctx.principal.role);

  try {
    return await ctx.em.transactional(async (em) => {
      // One report of a facility at a time: the caps sum days across reports.
      await lockRow(em, 'facility', facility.id, 'update');
      const reportId = crypto.randomUUID();
      const reportedAt = ctx.clock.now();
      const reportedBy = ctx.principal.userId ?? 'unknown';
      await em.insert(SociallyUsefulWorkReport, {
        id: reportId,
        facility: facility.id,
        idempotencyKey: key,
        contentHash: hash,
        result: {},
        reportedBy,
        reportedAt,
      });

      const ids = [...new Set(input.entries.map((e) => e.participantId).filter(isUuid))];
      const months = [...new Set(input.entries.map((e) => monthOf(e.date)))].sort();
      const dates = input.entries.map((e) => e.date).sort();
      // Whole weeks and whole months, so that both caps sum with the days stored before.
      const from = [mondayOf(dates[0]!), firstDayOf(monthOf(dates[0]!))].sort()[0]!;
      const to = [addDays(mondayOf(dates[dates.length - 1]!), 6), lastDayOf(monthOf(dates[dates.length - 1]!))].sort()[1]!;
      const [participationRows, closedRows, storedRows] = await Promise.all([
        ids.length ? runSql(em, `select ${PARTICIPATION_COLUMNS} from participation pa where pa.id = any(?::uuid[])`, [uuidArray(ids)]) : Promise.resolve([]),
        runSql<{ month: string }>(em, 'select month from attendance_month_closure where facility_id = ? and month = any(?::text[])', [
          facility.id,
          `{${months.join(',')}}`,
        ]),
        ids.length
          ? runSql<{ participation_id: string; date: string; minutes: number }>(
              em,
              'select participation_id, date::text as date, minutes from psu_day where participation_id = any(?::uuid[]) and date between ?::date and ?::date',
              [uuidArray(ids), from, to],
            )
          : Promise.resolve([]),
      ]);
      const participations = new Map(participationRows.map((row) => [row.id as string, participantFromSqlRow(row)]));
      const closed = new Set(closedRows.map((r) => r.month));
      const stored = new Map(storedRows.map((r) => [`${r.participation_id}|${r.date}`, r.minutes]));

      input.entries.forEach((e, i) => {
        const p = participations.get(e.participantId);
        const at = (field: string) => ['entries', i, field];
        if (!p) return problems.add(at('participantId'), INTEGRATION.NO_SUCH_PARTICIPANT({ id: e.participantId }));
        if (p.facilityId !== facility.id) return problems.add(at('participantId'), INTEGRATION.PARTICIPANT_AT_OTHER_FACILITY());
        if (e.date < p.startDate || e.date > effectiveEnd(p))
          return problems.add(at('date'), INTEGRATION.NOT_PARTICIPANT_THAT_DAY({ from: p.startDate, to: effectiveEnd(p) }));
        // 0 hours takes back a day reported before; for a day with nothing on file it is a slip, not work.
        if (e.hours === 0 && !stored.has(`${e.participantId}|${e.date}`)) return problems.add(at('hours'), INTEGRATION.NO_WORK_TO_REMOVE());
        if (closed.has(monthOf(e.date)) && stored.get(`${e.participantId}|${e.date}`) !== Math.round(e.hours * 60)) {
          if (!mayCorrect) problems.add(at('date'), closedMonthRefusal(monthOf(e.date)));
          else if (!correctionReason) problems.add(at('date'), INTEGRATION.CORRECTION_REASON_MISSING({ month: monthOf(e.date) }));
        }
      });
      checkCaps(
        input.entries.filter((e) => participations.get(e.participantId)?.facilityId === facility.id),
        stored,
        agreement.rule,
        problems,
      );
      problems.throwIfAny();

      const writes = input.entries.filter((e) => e.hours > 0 && stored.get(`${e.participantId}|${e.date}`) !== Math.round(e.hours * 60));
      const removals = input.entries.filter((e) => e.hours === 0 && stored.has(`${e.participantId}|${e.date}`));
      if (writes.length) {
        await runSql(
          em,
          `insert into psu_day (participation_id, date, agreement_id, minutes, reported_by, reported_at)
           select x.participation_id, x.date, ?::uuid, x.minutes, ?::text, ?::timestamptz from jsonb_to_recordset(?::jsonb) as x(participation_id uuid, date date, minutes int)
           on conflict (participation_id, date) do update set agreement_id = excluded.agreement_id, minutes = excluded.minutes, reported_by = excluded.reported_by, reported_at = excluded.reported_at`,
          [
            agreement.id,
            reportedBy,
            reportedAt.toISOString(),
            JSON.stringify(writes.map((e) => ({ participation_id: e.participantId, date: e.date, minutes: Math.round(e.hours * 60) }))),
          ],
        );
      }
      if (removals.length) {
        await runSql(
          em,
          'delete from psu_day d using jsonb_to_recordset(?::jsonb) as x(participation_id uuid, date date) where d.participation_id = x.participation_id and d.date = x.date',
          [JSON.stringify(removals.map((e) => ({ participation_id: e.participantId, date: e.date })))],
        );
      }
      const outcome: SociallyUsefulWorkReportOutcome = {
        reportId,
        facilityId: facility.id,
        agreementId: agreement.id,
        idempotencyKey: key,
        replayed: false,
        entriesReceived: input.entries.length,
        written: writes.length,
        removed: removals.length,
        unchanged: input.entries.length - writes.length - removals.length,
        months,
      };
      await em.nativeUpdate(SociallyUsefulWorkReport, { id: reportId }, { result: outcome as unknown as Record<string, unknown> });
      ctx.audit.recordWrite(em, {
        operation: 'reportSociallyUsefulWork',
        subjectType: 'Facility',
        subjectId: facility.id,
        details: { reportId, agreementId: agreement.id, entries: input.entries.length, months, ...(correctionReason ? { correctionReason } : {}) },
      });
      await em.flush();
      return outcome;
    });
  } catch (error) {
    return replayAfterUniqueViolation<SociallyUsefulWorkReportOutcome>(error, () => storedReport(ctx.em, facility.id, key), hash, key);
  }
}

export interface SociallyUsefulWorkRow {
  participant: ParticipantView;
  days: { date: string; hours: number }[];
  minutes: number;
  dueGrosze: number;
  refundGrosze: number;
}

export interface SociallyUsefulWorkMonthView {
  agreement: AgreementView;
  month: string;
  rows: SociallyUsefulWorkRow[];
  minutes: number;
  dueGrosze: number;
  refundGrosze: number;
}

/**
 * A month of socially useful work under an agreement: per participant the days and hours, the
 * benefit the city pays (hours × the hourly benefit) and the labour office's refund (hours × the
 * refund per hour), rounded to the grosz per participant. A labour office reads its own
 * agreements; NGO staff the participants of the facilities their organisation operates.
 */
export async function sociallyUsefulWorkMonth(ctx: RequestContext, agreementId: string, month: string): Promise<SociallyUsefulWorkMonthView> {
  if (!isMonth(month)) throw invalidInput('month', CORE.MONTH_FORM());
  const agreement = await agreementById(ctx.em, agreementId);
  if (!agreement) throw notFound('agreement on socially useful work', agreementId);
  const { role, organisationId } = ctx.principal;
  if (role === 'LABOUR_OFFICE' && agreement.labourOfficeId !== organisationId) throw forbidden(INTEGRATION.ANOTHER_OFFICES_AGREEMENT());
  const operatorOnly = role === 'NGO_STAFF';
  const rows = await runSql(
    ctx.em,
    `select ${PARTICIPATION_COLUMNS}, w.days from participation pa
       join (select d.participation_id, json_agg(json_build_object('date', d.date::text, 'minutes', d.minutes) order by d.date) as days
               from psu_day d where d.agreement_id = ? and d.date between ? and ? group by d.participation_id) w on w.participation_id = pa.id
       join person pe on pe.id = pa.person_id
       ${operatorOnly ? 'join facility f on f.id = pa.facility_id and f.operator_id = ?' : ''}
      order by pe.search_name, pa.id`,
    operatorOnly ? [agreement.id, firstDayOf(month), lastDayOf(month), organisationId] : [agreement.id, firstDayOf(month), lastDayOf(month)],
  );
  const list = rows.map((row): SociallyUsefulWorkRow => {
    const days = (typeof row.days === 'string' ? JSON.parse(row.days) : row.days) as { date: string; minutes: number }[];
    const minutes = days.reduce((s, d) => s + d.minutes, 0);
    return {
      participant: participantFromSqlRow(row),
      days: days.map((d) => ({ date: d.date, hours: d.minutes / 60 })),
      minutes,
      dueGrosze: Math.round((minutes * agreement.hourlyGrosze) / 60),
      refundGrosze: Math.round((minutes * agreement.refundPerHourGrosze) / 60),
    };
  });
  return {
    agreement,
    month,
    rows: list,
    minutes: list.reduce((s, r) => s + r.minutes, 0),
    dueGrosze: list.reduce((s, r) => s + r.dueGrosze, 0),
    refundGrosze: list.reduce((s, r) => s + r.refundGrosze, 0),
  };
}
