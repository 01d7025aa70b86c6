import DataLoader from 'dataloader';
import { isoDateOf } from '../../core/calendar.js';
import { uuidArray } from '../../core/db/sql-arrays.js';
import { InputProblems } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { isUuid } from '../../core/ids.js';
import { MODEL_STEPS, type PartnershipStatus } from './cooperation.rules.js';
import { COOPERATION } from './cooperation.messages.js';
import { CORE } from '../../core/messages/core.messages.js';
import { runSql } from '../../core/db/sql.js';

const dateOf = (v: string | Date | null): string | null => (v === null ? null : isoDateOf(v));

export interface StakeholderView {
  id: string;
  category: string;
  organisationId: string | null;
  leaderName: string | null;
  leaderConsentOn: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  note: string | null;
}

export interface PartnershipView {
  id: string;
  name: string;
  formal: boolean;
  status: PartnershipStatus;
  concludedOn: string | null;
  dissolvedOn: string | null;
  districtIds: string[];
  neighbourhood: string | null;
  goal: string | null;
  leadStakeholderId: string | null;
}

export interface MemberView {
  id: string;
  partnershipId: string;
  stakeholderId: string;
  role: string | null;
  onBehalfOf: string | null;
  joinedOn: string | null;
  leftOn: string | null;
}

export interface ProgrammeView {
  id: string;
  name: string;
  kind: string;
  districtIds: string[];
  neighbourhood: string | null;
  startsOn: string;
  endsOn: string | null;
  targetGroup: string | null;
  targetNumber: number | null;
  leadStakeholderId: string | null;
  partnerIds: string[];
}

export interface ProgrammeYearView {
  programmeId: string;
  year: number;
  plannedBudget: string;
  usedBudget: string | null;
  executionRate: string | null;
  socialWorkers: number;
  specialists: number;
}

const arrayOf = (v: unknown): string[] =>
  Array.isArray(v)
    ? (v as string[])
    : typeof v === 'string'
      ? v
          .replace(/^\{|\}$/g, '')
          .split(',')
          .filter(Boolean)
      : [];

const stakeholderFrom = (r: Record<string, any>): StakeholderView => ({
  id: r.id,
  category: r.category,
  organisationId: r.organisation_id ?? null,
  leaderName: r.leader_name ?? null,
  leaderConsentOn: dateOf(r.leader_consent_on ?? null),
  contactEmail: r.contact_email ?? null,
  contactPhone: r.contact_phone ?? null,
  note: r.note ?? null,
});

const partnershipFrom = (r: Record<string, any>): PartnershipView => ({
  id: r.id,
  name: r.name,
  formal: r.formal,
  status: r.status,
  concludedOn: dateOf(r.concluded_on ?? null),
  dissolvedOn: dateOf(r.dissolved_on ?? null),
  districtIds: arrayOf(r.district_ids),
  neighbourhood: r.neighbourhood ?? null,
  goal: r.goal ?? null,
  leadStakeholderId: r.lead_id ?? null,
});

const programmeFrom = (r: Record<string, any>): ProgrammeView => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  districtIds: arrayOf(r.district_ids),
  neighbourhood: r.neighbourhood ?? null,
  startsOn: dateOf(r.starts_on)!,
  endsOn: dateOf(r.ends_on ?? null),
  targetGroup: r.target_group ?? null,
  targetNumber: r.target_number ?? null,
  leadStakeholderId: r.lead_id ?? null,
  partnerIds: arrayOf(r.partner_ids),
});

/**
 * A partnership's status on a date, from its dates: planned before it was concluded, active from
 * then, dissolved from its dissolution. One without a known date keeps its recorded status (an
 * informal partnership is active without a founding day).
 */
export const PARTNERSHIP_STATUS_ON_SQL = `(case
  when p.dissolved_on is not null and p.dissolved_on <= ?::date then 'DISSOLVED'
  when p.status = 'PLANNED' then 'PLANNED'
  when p.concluded_on is not null and p.concluded_on > ?::date then 'PLANNED'
  else 'ACTIVE' end)`;

export function statusOn(p: PartnershipView, date: string): PartnershipStatus {
  if (p.dissolvedOn && p.dissolvedOn <= date) return 'DISSOLVED';
  if (p.status === 'PLANNED') return 'PLANNED';
  if (p.concludedOn && p.concludedOn > date) return 'PLANNED';
  return 'ACTIVE';
}

export async function listStakeholders(ctx: RequestContext, category: string | null): Promise<StakeholderView[]> {
  const rows = await runSql(
    ctx.em,
    `select * from stakeholder ${category ? 'where category = ?' : ''} order by category, coalesce(leader_name, ''), id`,
    category ? [category] : [],
  );
  return rows.map(stakeholderFrom);
}

/** Partnerships as they stood on a date (status from their dates), optionally in a district or of a status on that date. */
export async function listPartnerships(
  ctx: RequestContext,
  filter: { asOf?: string | null; districtId?: string | null; status?: PartnershipStatus | null },
): Promise<{ view: PartnershipView; asOf: string }[]> {
  const asOf = filter.asOf ?? ctx.clock.today();
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.districtId) {
    if (!isUuid(filter.districtId)) return [];
    where.push('? = any(p.district_ids)');
    params.push(filter.districtId);
  }
  if (filter.status) {
    where.push(`${PARTNERSHIP_STATUS_ON_SQL} = ?`);
    params.push(asOf, asOf, filter.status);
  }
  const rows = await runSql(
    ctx.em,
    `select p.* from partnership p ${where.length ? `where ${where.join(' and ')}` : ''} order by p.concluded_on nulls last, p.name, p.id`,
    params,
  );
  return rows.map((r) => ({ view: partnershipFrom(r), asOf }));
}

/**
 * Budgets by year: every year of the range (a year without programmes has none, planned and used
 * zero), planned and used in exact złoty (summed as numeric), and the execution rate; a year whose
 * use is not fully known says so. The last row is the whole range.
 */
export async function programmeBudgets(ctx: RequestContext, fromYear: number, toYear: number, kind: string | null) {
  const problems = new InputProblems();
  if (fromYear > toYear) problems.add('fromYear', CORE.FIRST_YEAR_AFTER_LAST());
  if (toYear - fromYear > 50) problems.add('toYear', COOPERATION.BUDGET_YEARS());
  problems.throwIfAny();
  const rows = await runSql<Record<string, any>>(
    ctx.em,
    `select r.year, count(y.programme_id)::int as programmes, coalesce(sum(y.planned_budget), 0)::text as planned,
            case when bool_and(y.programme_id is null or y.used_budget is not null) then coalesce(sum(y.used_budget), 0)::text end as used,
            case when bool_and(y.programme_id is null or y.used_budget is not null) and sum(y.planned_budget) > 0 then round(100 * sum(y.used_budget) / sum(y.planned_budget), 2)::text end as rate,
            coalesce(sum(y.social_workers), 0)::int as social_workers, coalesce(sum(y.specialists), 0)::int as specialists
       from generate_series(?::int, ?::int) as r(year)
       left join (programme_year y join programme p on p.id = y.programme_id ${kind ? 'and p.kind = ?' : ''}) on y.year = r.year
      group by rollup(r.year) order by r.year nulls last`,
    kind ? [fromYear, toYear, kind] : [fromYear, toYear],
  );
  return rows.map((r) => ({
    year: r.year === null ? null : Number(r.year),
    programmes: r.programmes,
    plannedBudget: money(r.planned),
    usedBudget: r.used === null ? null : money(r.used),
    usedKnown: r.used !== null,
    executionRate: r.rate,
    socialWorkers: r.social_workers,
    specialists: r.specialists,
  }));
}

/** Exact decimal text with two places ("18000.00"): numeric sums come back as text, never as a float. */
function money(text: string): string {
  const [whole, fraction = ''] = text.split('.');
  return `${whole}.${(fraction + '00').slice(0, 2)}`;
}

/** Each district with the partnerships active in it on a date. */
export async function partnershipCoverage(ctx: RequestContext, asOf: string | null) {
  const date = asOf ?? ctx.clock.today();
  const rows = await runSql<{ id: string; active: number }>(
    ctx.em,
    `select d.id, count(p.id)::int as active from district d
       left join partnership p on d.id::text = any(p.district_ids) and ${PARTNERSHIP_STATUS_ON_SQL} = 'ACTIVE'
      group by d.id, d.number order by d.number`,
    [date, date],
  );
  return rows.map((r) => ({ districtId: r.id, activePartnerships: r.active }));
}

/** The steps of the Śrem model for an area, done or not. */
export async function modelSteps(ctx: RequestContext, area: string) {
  const rows = await runSql<{ step: number; completed_on: string | Date; facility_id: string | null; note: string | null }>(
    ctx.em,
    'select step, completed_on, facility_id, note from model_step where area = ? order by step',
    [area.trim()],
  );
  const done = new Map(rows.map((r) => [r.step, r]));
  return MODEL_STEPS.map((s) => ({
    number: s.number,
    key: s.key,
    name: s.name,
    completedOn: dateOf(done.get(s.number)?.completed_on ?? null),
    facilityId: done.get(s.number)?.facility_id ?? null,
    note: done.get(s.number)?.note ?? null,
  }));
}

export async function listProgrammes(
  ctx: RequestContext,
  filter: { year?: number | null; districtId?: string | null; kind?: string | null },
): Promise<ProgrammeView[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.year) {
    where.push(`extract(year from p.starts_on) <= ? and (p.ends_on is null or extract(year from p.ends_on) >= ?)`);
    params.push(filter.year, filter.year);
  }
  if (filter.districtId) {
    if (!isUuid(filter.districtId)) return [];
    where.push('? = any(p.district_ids)');
    params.push(filter.districtId);
  }
  if (filter.kind) {
    where.push('p.kind = ?');
    params.push(filter.kind);
  }
  const rows = await runSql(
    ctx.em,
    `select p.* from programme p ${where.length ? `where ${where.join(' and ')}` : ''} order by p.starts_on, p.name, p.id`,
    params,
  );
  return rows.map(programmeFrom);
}

/** One statement per kind of nested list, whatever the number of partnerships or programmes on the page. */
export function cooperationLoaders(ctx: RequestContext) {
  return {
    stakeholder: new DataLoader<string, StakeholderView | null>(async (ids) => {
      const rows = await runSql(ctx.em, 'select * from stakeholder where id = any(?::uuid[])', [uuidArray(ids)]);
      const byId = new Map(rows.map((r) => [r.id as string, stakeholderFrom(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    members: new DataLoader<string, MemberView[]>(async (ids) => {
      const rows = await runSql(ctx.em, 'select * from partnership_member where partnership_id = any(?::uuid[]) order by joined_on nulls first, id', [
        uuidArray(ids),
      ]);
      const views = rows.map((r) => ({
        id: r.id,
        partnershipId: r.partnership_id,
        stakeholderId: r.stakeholder_id,
        role: r.role ?? null,
        onBehalfOf: r.on_behalf_of ?? null,
        joinedOn: dateOf(r.joined_on ?? null),
        leftOn: dateOf(r.left_on ?? null),
      }));
      return ids.map((id) => views.filter((v) => v.partnershipId === id));
    }),
    meetings: new DataLoader<string, { year: number; meetings: number }[]>(async (ids) => {
      const rows = await runSql(ctx.em, 'select * from partnership_meetings where partnership_id = any(?::uuid[]) order by year', [uuidArray(ids)]);
      return ids.map((id) => rows.filter((r) => r.partnership_id === id).map((r) => ({ year: r.year, meetings: r.meetings })));
    }),
    years: new DataLoader<string, ProgrammeYearView[]>(async (ids) => {
      const rows = await runSql(
        ctx.em,
        `select programme_id, year, planned_budget::text as planned, used_budget::text as used,
                case when used_budget is not null and planned_budget > 0 then round(100 * used_budget / planned_budget, 2)::text end as rate, social_workers, specialists
           from programme_year where programme_id = any(?::uuid[]) order by year`,
        [uuidArray(ids)],
      );
      const views = rows.map((r) => ({
        programmeId: r.programme_id,
        year: r.year,
        plannedBudget: money(r.planned),
        usedBudget: r.used === null ? null : money(r.used),
        executionRate: r.rate ?? null,
        socialWorkers: r.social_workers,
        specialists: r.specialists,
      }));
      return ids.map((id) => views.filter((v) => v.programmeId === id));
    }),
    actions: new DataLoader<string, { heldOn: string; kind: string; participants: number }[]>(async (ids) => {
      const rows = await runSql(ctx.em, 'select * from community_action where programme_id = any(?::uuid[]) order by held_on, id', [uuidArray(ids)]);
      return ids.map((id) =>
        rows.filter((r) => r.programme_id === id).map((r) => ({ heldOn: dateOf(r.held_on)!, kind: r.kind, participants: r.participants })),
      );
    }),
  };
}

export async function listPacts(ctx: RequestContext, id?: string) {
  const rows = await runSql(ctx.em, `select * from pact ${id ? 'where id = ?' : ''} order by signed_on, id`, id ? [id] : []);
  return rows.map((r) => ({
    id: r.id as string,
    title: r.title as string,
    signedOn: dateOf(r.signed_on)!,
    documentReference: (r.document_reference ?? null) as string | null,
    partnershipId: (r.partnership_id ?? null) as string | null,
    signatoryIds: arrayOf(r.signatory_ids),
  }));
}

export async function listBodies(ctx: RequestContext, asOf: string | null, id?: string) {
  const date = asOf ?? ctx.clock.today();
  const one = id ? 'and b.id = ?' : '';
  const [bodies, members] = await Promise.all([
    runSql(ctx.em, `select * from cooperation_body b where b.established_on <= ? ${one} order by b.established_on, b.id`, id ? [date, id] : [date]),
    runSql(
      ctx.em,
      `select m.* from body_member m join cooperation_body b on b.id = m.body_id where m.from_date <= ? and (m.to_date is null or m.to_date >= ?) ${one} order by m.from_date, m.id`,
      id ? [date, date, id] : [date, date],
    ),
  ]);
  return bodies.map((b) => ({
    id: b.id as string,
    name: b.name as string,
    kind: b.kind as string,
    area: b.area as string,
    establishedOn: dateOf(b.established_on)!,
    dissolvedOn: dateOf(b.dissolved_on ?? null),
    members: members
      .filter((m) => m.body_id === b.id)
      .map((m) => ({
        stakeholderId: m.stakeholder_id as string,
        role: (m.role ?? null) as string | null,
        fromDate: dateOf(m.from_date)!,
        toDate: dateOf(m.to_date ?? null),
      })),
  }));
}

export async function partnershipById(ctx: RequestContext, id: string): Promise<PartnershipView | null> {
  if (!isUuid(id)) return null;
  const [row] = await runSql(ctx.em, 'select * from partnership where id = ?', [id]);
  return row ? partnershipFrom(row) : null;
}

export async function programmeById(ctx: RequestContext, id: string): Promise<ProgrammeView | null> {
  if (!isUuid(id)) return null;
  const [row] = await runSql(ctx.em, 'select * from programme where id = ?', [id]);
  return row ? programmeFrom(row) : null;
}
