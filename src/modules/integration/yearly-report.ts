import { invalidInput, notFound, InputProblems } from '../../core/errors.js';
import { EMPLOYMENT_BASES, reportFormOf, sectionsOf, YEARLY_REPORT_SECTIONS, type EmploymentBasis } from './yearly-report-sections.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { isUuid } from '../../core/ids.js';
import { isMonth, lastDayOf, monthOf } from '../../core/calendar.js';
import { formatGrosze, groszeOf } from '../../core/money.js';
import { cellsToSuppress, isSmall } from '../../core/personal-data/small-counts.js';
import { attendanceSummariesOfYear } from './attendance-summary.js';
import { socialEmploymentFacility } from './facility-access.js';
import { allowanceRegimeOf, basicBenefitOn, motivationBonusCapOn } from './integration.rules.js';
import { INTEGRATION } from './integration.messages.js';
import { CORE } from '../../core/messages/core.messages.js';
import { runSql } from '../../core/db/sql.js';

/**
 * The yearly report of a KIS or CIS (ustawa o zatrudnieniu socjalnym art. 5 ust. 4 pkt 2 and ust. 6,
 * art. 18a ust. 6; the CIS form: Dz.U. 2017 poz. 97), due by 31 March, from the hub's own data:
 * staff as the operator reports it, participants by the art. 1 ust. 2 group, their outcomes and
 * who became economically independent, the integration allowances paid (the sum of the months'
 * summaries) and the motivation bonuses. A month of the year not yet closed is listed as incomplete,
 * never counted silently as final.
 */
export interface YearlyReport {
  facilityId: string;
  programme: 'KIS' | 'CIS';
  year: number;
  staff: { headcount: number; fte: string; byBasis: { basis: string; headcount: number }[] | null } | null;
  /** Persons, each counted once however many times they enrolled in the year. */
  participants: number;
  /** Participations: a person who left and enrolled again counts twice here. */
  participations: number;
  participantsByGroup: { key: string; count: number }[];
  endedByOutcome: { key: string; count: number }[];
  /** The effects of reintegration by group of art. 1 ust. 2: each person once, by the group and outcome of their latest ending. */
  outcomesByGroup: { group: string; outcome: string; count: number }[];
  economicallyIndependent: number;
  allowanceGrosze: number | null;
  /** The allowances of the closed months only: what was paid, as against what is computed for the year so far. */
  allowancePaidGrosze: number | null;
  /** The form or article the report is filed under, for the year (yearly-report-sections.ts). */
  legalBasis: string | null;
  /** The parts the operator enters, every one of the programme's, entered or not (null content). */
  sections: { section: string; name: string; content: string | null; amountGrosze: number | null }[];
  allowancesByMonth: { month: string; grosze: number; closed: boolean }[];
  motivationBonusGrosze: number;
  incompleteMonths: string[];
}

/** Outcomes that count as becoming economically independent (usamodzielnienie ekonomiczne, art. 5 ust. 6 pkt 3). */
const INDEPENDENT = ['EMPLOYMENT', 'OWN_BUSINESS', 'SOCIAL_COOPERATIVE'];

export async function yearlyReport(ctx: RequestContext, facilityId: string, year: number): Promise<YearlyReport> {
  checkYear(year, ctx.clock.today());
  const { facility, programme } = await socialEmploymentFacility(ctx, facilityId, 'read');
  const [counts, staff, entered] = await Promise.all([
    yearCounts(ctx, { join: '', where: 'pa.facility_id = ?', param: facility.id }, year),
    runSql<{ headcount: number; fte: string; by_basis: Record<string, number> | string | null }>(
      ctx.em,
      'select headcount, fte::text as fte, by_basis from centre_staff where facility_id = ? and year = ?',
      [facility.id, year],
    ),
    runSql<{ section: string; content: string; amount_grosze: string | number | null }>(
      ctx.em,
      'select section, content, amount_grosze from yearly_report_section where facility_id = ? and year = ?',
      [facility.id, year],
    ),
  ]);
  const basis = staff[0]?.by_basis
    ? typeof staff[0].by_basis === 'string'
      ? (JSON.parse(staff[0].by_basis) as Record<string, number>)
      : staff[0].by_basis
    : null;
  const asCounts = (list: [string, number][]) => list.map(([key, count]) => ({ key, count }));
  const endedByOutcome = asCounts(counts.outcomes);

  // The allowance is what the months' summaries say, month by month: the report cannot disagree with them.
  const months = (await attendanceSummariesOfYear(ctx, [{ id: facility.id, programme }], year)).get(facility.id) ?? [];
  const allowancesByMonth =
    programme === 'CIS'
      ? months.map((m) => ({ month: m.month, grosze: m.rows.reduce((s, row) => s + (row.allowance?.grosze ?? 0), 0), closed: m.closed }))
      : [];
  return {
    facilityId: facility.id,
    programme,
    year,
    legalBasis: reportFormOf(programme, year),
    staff: staff[0]
      ? {
          headcount: staff[0].headcount,
          fte: staff[0].fte,
          byBasis:
            basis &&
            Object.keys(EMPLOYMENT_BASES)
              .filter((b) => b in basis)
              .map((b) => ({ basis: b, headcount: basis[b]! })),
        }
      : null,
    participants: counts.participants,
    participations: counts.participations,
    participantsByGroup: asCounts(counts.groups),
    endedByOutcome,
    outcomesByGroup: counts.outcomesByGroup,
    economicallyIndependent: endedByOutcome.filter((o) => INDEPENDENT.includes(o.key)).reduce((s, o) => s + o.count, 0),
    allowanceGrosze: programme === 'CIS' ? allowancesByMonth.reduce((s, m) => s + m.grosze, 0) : null,
    allowancePaidGrosze: programme === 'CIS' ? allowancesByMonth.filter((m) => m.closed).reduce((s, m) => s + m.grosze, 0) : null,
    sections: sectionsOf(programme).map((section) => {
      const row = entered.find((e) => e.section === section);
      return {
        section,
        name: YEARLY_REPORT_SECTIONS[section].name,
        content: row?.content ?? null,
        amountGrosze: row?.amount_grosze === null || row?.amount_grosze === undefined ? null : Number(row.amount_grosze),
      };
    }),
    allowancesByMonth,
    motivationBonusGrosze: counts.bonusGrosze,
    incompleteMonths: incompleteMonthsOf(months, year, ctx.clock.today()),
  };
}

function checkYear(year: number, today: string): void {
  if (!Number.isInteger(year) || year < 2004 || year > Number(today.slice(0, 4))) throw invalidInput('year', CORE.YEAR_TO_THIS_ONE({ from: 2004 }));
}

/**
 * The counted sections of a year for the participations in `scope` (one facility, or every facility
 * of a type): participants, by group, ended by outcome, and the motivation bonuses paid. The report
 * counts persons (art. 18a ust. 6, art. 5 ust. 6: "uczestnicy"): a person who left and enrolled
 * again is one participant, counted under the group and the outcome of their latest participation
 * of the year, so that the groups and the outcomes add up to the persons; the participations are
 * given beside them under their own name.
 */
async function yearCounts(ctx: RequestContext, scope: { join: string; where: string; param: unknown }, year: number) {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const [[row], [bonus]] = await Promise.all([
    runSql<Record<string, any>>(
      ctx.em,
      `with active as (select pa.* from participation pa ${scope.join} where ${scope.where} and pa.start_date <= ? and coalesce(pa.end_date, pa.planned_end_date) >= ?),
            latest as (select distinct on (person_id) person_id, eligibility_category from active order by person_id, start_date desc, id desc),
            ended as (select distinct on (person_id) person_id, outcome, eligibility_category from active where end_date between ? and ? and outcome is not null order by person_id, end_date desc, id desc)
       select (select count(*) from latest)::int as participants,
              (select count(*) from active)::int as participations,
              (select json_object_agg(eligibility_category, n) from (select eligibility_category, count(*)::int as n from latest group by eligibility_category) g) as by_group,
              (select json_object_agg(outcome, n) from (select outcome, count(*)::int as n from ended group by outcome) o) as by_outcome,
              (select json_agg(json_build_object('group', g, 'outcome', o, 'count', n) order by g, o)
                 from (select eligibility_category as g, outcome as o, count(*)::int as n from ended group by 1, 2) ge) as by_group_outcome`,
      [scope.param, last, first, first, last],
    ),
    runSql<{ grosze: number }>(
      ctx.em,
      `select coalesce(sum(b.grosze), 0)::int as grosze from motivation_bonus b join participation pa on pa.id = b.participation_id ${scope.join} where ${scope.where} and b.month like ?`,
      [scope.param, `${year}-%`],
    ),
  ]);
  const entries = (v: unknown) =>
    Object.entries((typeof v === 'string' ? JSON.parse(v) : v) ?? {})
      .map(([k, n]) => [k, Number(n)] as [string, number])
      .sort(([a], [b]) => a.localeCompare(b));
  const byGroupOutcome = (typeof row!.by_group_outcome === 'string' ? JSON.parse(row!.by_group_outcome) : row!.by_group_outcome) as
    { group: string; outcome: string; count: number }[] | null;
  return {
    outcomesByGroup: byGroupOutcome ?? [],
    participants: row!.participants as number,
    participations: row!.participations as number,
    groups: entries(row!.by_group),
    outcomes: entries(row!.by_outcome),
    bonusGrosze: bonus?.grosze ?? 0,
  };
}

/** The months of a year not final: still to come, or with participants and not closed. */
function incompleteMonthsOf(months: { month: string; closed: boolean }[], year: number, today: string): string[] {
  const current = monthOf(today);
  const incomplete: string[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    if (month > current || months.some((s) => s.month === month && !s.closed)) incomplete.push(month);
  }
  return incomplete;
}

/** The operator reports its staff for a year: headcount and full-time equivalents. */
export async function recordCentreStaff(
  ctx: RequestContext,
  facilityId: string,
  year: number,
  headcount: number,
  fte: string,
  byBasis: { basis: EmploymentBasis; headcount: number }[] | null = null,
): Promise<void> {
  const problems = new InputProblems();
  if (byBasis) {
    byBasis.forEach((b, i) => {
      if (!Number.isInteger(b.headcount) || b.headcount < 0) problems.add(['byBasis', i, 'headcount'], CORE.ZERO_OR_MORE());
      if (byBasis.findIndex((other) => other.basis === b.basis) !== i) problems.add(['byBasis', i, 'basis'], INTEGRATION.BASIS_TWICE());
    });
    const sum = byBasis.reduce((s, b) => s + b.headcount, 0);
    if (sum !== headcount) problems.add('byBasis', INTEGRATION.STAFF_SUM({ sum, headcount }));
  }
  if (!Number.isInteger(year) || year < 2004 || year > Number(ctx.clock.today().slice(0, 4))) problems.add('year', CORE.YEAR_TO_THIS_ONE({ from: 2004 }));
  if (!Number.isInteger(headcount) || headcount < 0 || headcount > 10_000) problems.add('headcount', CORE.NUMBER_RANGE({ min: 0, max: 10_000 }));
  if (!/^\d{1,4}(\.\d{1,2})?$/.test(fte)) problems.add('fte', INTEGRATION.FTE_FORM());
  const { facility } = await socialEmploymentFacility(ctx, facilityId, 'write');
  problems.throwIfAny();
  await ctx.em.transactional(async (em) => {
    await runSql(
      em,
      `insert into centre_staff (facility_id, year, headcount, fte, by_basis, reported_by) values (?, ?, ?, ?::numeric, ?::jsonb, ?)
       on conflict (facility_id, year) do update set headcount = excluded.headcount, fte = excluded.fte, by_basis = excluded.by_basis, reported_by = excluded.reported_by`,
      [
        facility.id,
        year,
        headcount,
        fte,
        byBasis ? JSON.stringify(Object.fromEntries(byBasis.map((b) => [b.basis, b.headcount]))) : null,
        ctx.principal.userId ?? 'unknown',
      ],
    );
    ctx.audit.recordWrite(em, { operation: 'recordCentreStaff', subjectType: 'Facility', subjectId: facility.id, details: { year } });
    await em.flush();
  });
}

/**
 * The head of a CIS grants a participant a motivation bonus for a month: after the trial period,
 * within the participation, at most the cap of the month's full allowance (art. 15a). Recording a
 * month again replaces its bonus.
 */
export async function recordMotivationBonus(ctx: RequestContext, participantId: string, month: string, amount: string): Promise<void> {
  const problems = new InputProblems();
  if (!isMonth(month)) problems.add('month', CORE.MONTH_FORM());
  const grosze = groszeOf(amount);
  if (grosze === null) problems.add('amount', CORE.AMOUNT_FORM({ example: '250.00' }));
  problems.throwIfAny();
  if (!isUuid(participantId)) throw notFound('participant', participantId);
  const [p] = await runSql<{ facility_id: string; programme: string; start_date: string; trial_end_date: string | null; end: string }>(
    ctx.em,
    `select facility_id, programme, start_date::text as start_date, trial_end_date::text as trial_end_date, coalesce(end_date, planned_end_date)::text as end from participation where id = ?`,
    [participantId],
  );
  if (!p) throw notFound('participant', participantId);
  await socialEmploymentFacility(ctx, p.facility_id, 'write');
  const later = new InputProblems();
  if (p.programme !== 'CIS') later.add('participantId', INTEGRATION.BONUS_CIS_ONLY());
  const monthFirst = `${month}-01`;
  const monthLast = lastDayOf(month);
  if (p.end < monthFirst || p.start_date > monthLast || monthFirst > ctx.clock.today()) later.add('month', INTEGRATION.BONUS_MONTH_OUTSIDE());
  else if (p.trial_end_date && p.trial_end_date >= monthLast) later.add('month', INTEGRATION.BONUS_DURING_TRIAL());
  const cap = motivationBonusCapOn(`${month}-15`);
  const regime = allowanceRegimeOf(month);
  const benefit = basicBenefitOn(`${month}-01`);
  if (!cap || !regime || !benefit) later.add('month', INTEGRATION.NO_BONUS_RULES({ month }));
  later.throwIfAny();
  const capGrosze = Math.floor((benefit!.grosze * regime!.ratePercent * cap!.percentOfAllowance) / 10_000);
  if (grosze! > capGrosze)
    throw invalidInput('amount', INTEGRATION.BONUS_OVER_CAP({ cap: formatGrosze(capGrosze), percent: cap!.percentOfAllowance, source: cap!.source }));
  await ctx.em.transactional(async (em) => {
    await runSql(
      em,
      `insert into motivation_bonus (participation_id, month, grosze, granted_by, granted_at) values (?, ?, ?, ?, ?)
       on conflict (participation_id, month) do update set grosze = excluded.grosze, granted_by = excluded.granted_by, granted_at = excluded.granted_at`,
      [participantId, month, grosze, ctx.principal.userId ?? 'unknown', ctx.clock.now()],
    );
    ctx.audit.recordWrite(em, { operation: 'recordMotivationBonus', subjectType: 'Participation', subjectId: participantId, details: { month } });
    await em.flush();
  });
}

/** A count of the city-wide report, withheld (null) where small or where it would give a small one back. */
export interface CityCount {
  key: string;
  count: number | null;
  suppressed: boolean;
}

export interface CityYearlyReport {
  programme: 'KIS' | 'CIS';
  year: number;
  facilities: number;
  /** Persons, each counted once across all the city's facilities of the programme. */
  participants: CityCount;
  /** Participations; withheld with the persons, or when the re-enrolments they add are a small count. */
  participations: CityCount;
  participantsByGroup: CityCount[];
  endedByOutcome: CityCount[];
  economicallyIndependent: CityCount;
  allowanceGrosze: number | null;
  motivationBonusGrosze: number;
  incompleteMonths: string[];
}

/**
 * The yearly report of all the city's KIS or CIS for ANALYST: the same sections summed, each person
 * counted once across the city's facilities (as `flowReport` counts them), small counts suppressed (the groups add up to the participants, the outcomes of the
 * economically independent to their number), money shown in full.
 */
export async function cityYearlyReport(ctx: RequestContext, year: number, programme: 'KIS' | 'CIS'): Promise<CityYearlyReport> {
  checkYear(year, ctx.clock.today());
  const type = programme === 'CIS' ? 'SOCIAL_INTEGRATION_CENTRE' : 'SOCIAL_INTEGRATION_CLUB';
  const [facilityRows, counts] = await Promise.all([
    runSql<{ id: string }>(ctx.em, 'select id from facility where type = ? order by id', [type]),
    yearCounts(ctx, { join: 'join facility f on f.id = pa.facility_id', where: 'f.type = ?', param: type }, year),
  ]);
  const { groups, outcomes } = counts;
  const independent = outcomes.filter(([k]) => INDEPENDENT.includes(k)).reduce((s, [, n]) => s + n, 0);
  const cells = new Map<string, number>([
    ['participants', counts.participants],
    ...groups.map(([k, n]) => [`group:${k}`, n] as [string, number]),
    ['ended', outcomes.reduce((s, [, n]) => s + n, 0)],
    ...outcomes.map(([k, n]) => [`outcome:${k}`, n] as [string, number]),
    ['independent', independent],
  ]);
  const withheld = cellsToSuppress(cells, [
    { total: 'participants', parts: groups.map(([k]) => `group:${k}`) },
    { total: 'independent', parts: outcomes.filter(([k]) => INDEPENDENT.includes(k)).map(([k]) => `outcome:${k}`) },
    { total: 'ended', parts: outcomes.map(([k]) => `outcome:${k}`) },
  ]);
  const shown = (id: string, key: string): CityCount => ({ key, count: withheld.has(id) ? null : cells.get(id)!, suppressed: withheld.has(id) });
  // Participations minus persons is the number of re-enrolments: shown only where that number is no small count.
  const participationsHidden = withheld.has('participants') || isSmall(counts.participations - counts.participants);

  const summaries = await attendanceSummariesOfYear(
    ctx,
    facilityRows.map((f) => ({ id: f.id, programme })),
    year,
  );
  const months = [...summaries.values()].flat();
  return {
    programme,
    year,
    facilities: facilityRows.length,
    participants: shown('participants', 'ALL'),
    participations: { key: 'PARTICIPATIONS', count: participationsHidden ? null : counts.participations, suppressed: participationsHidden },
    participantsByGroup: groups.map(([k]) => shown(`group:${k}`, k)),
    endedByOutcome: outcomes.map(([k]) => shown(`outcome:${k}`, k)),
    economicallyIndependent: shown('independent', 'ECONOMICALLY_INDEPENDENT'),
    allowanceGrosze: programme === 'CIS' ? months.reduce((s, m) => s + m.rows.reduce((t, r) => t + (r.allowance?.grosze ?? 0), 0), 0) : null,
    motivationBonusGrosze: counts.bonusGrosze,
    incompleteMonths: incompleteMonthsOf(months, year, ctx.clock.today()),
  };
}
