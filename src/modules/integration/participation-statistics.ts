import { addMonths, firstDayOf, isMonth, monthOf } from '../../core/calendar.js';
import { InputProblems } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { isUuid } from '../../core/ids.js';
import type { ParticipationOutcome } from './integration.entities.js';
import { ALL, cellsToSuppress, cubeCellId, cubeEquations } from '../../core/personal-data/small-counts.js';
import type { EligibilityCategory, Programme } from './integration.rules.js';
import { INTEGRATION } from './integration.messages.js';
import { CORE, recordKind } from '../../core/messages/core.messages.js';
import { runSql } from '../../core/db/sql.js';

export const ParticipationDimension = { PROGRAMME: 'PROGRAMME', ELIGIBILITY_CATEGORY: 'ELIGIBILITY_CATEGORY', MONTH: 'MONTH', OUTCOME: 'OUTCOME' } as const;
export type ParticipationDimension = (typeof ParticipationDimension)[keyof typeof ParticipationDimension];

const COLUMNS: Record<ParticipationDimension, { sql: string; alias: string }> = {
  PROGRAMME: { sql: 'pa.programme', alias: 'programme' },
  ELIGIBILITY_CATEGORY: { sql: 'pa.eligibility_category', alias: 'eligibility_category' },
  MONTH: { sql: 'm.month', alias: 'month' },
  OUTCOME: { sql: "coalesce(pa.outcome, 'ONGOING')", alias: 'outcome' },
};

export interface StatisticsFilter {
  fromMonth?: string | null;
  toMonth?: string | null;
  programme?: Programme | null;
  facilityId?: string | null;
}

/** An outcome, or ONGOING for a participation that has not ended. */
export type StatisticsOutcome = ParticipationOutcome | 'ONGOING';

export interface ParticipationStatisticsRow {
  programme: Programme | null;
  eligibilityCategory: EligibilityCategory | null;
  month: string | null;
  outcome: StatisticsOutcome | null;
  participants: number | null;
  suppressed: boolean;
}

/**
 * Participations taking part in the period (any day of a month counts for that month), counted by
 * the dimensions asked for. Counts from 1 to 4 are withheld (null with `suppressed: true`): in a
 * small group a count can point at a person, and a category is health data. So is any count from
 * which one of those could be computed by subtraction.
 */
export async function participationStatistics(
  ctx: RequestContext,
  groupBy: ParticipationDimension[],
  filter: StatisticsFilter | null,
): Promise<ParticipationStatisticsRow[]> {
  const problems = new InputProblems();
  const toMonth = filter?.toMonth ?? monthOf(ctx.clock.today());
  const fromMonth = filter?.fromMonth ?? monthOf(addMonths(firstDayOf(toMonth), -11));
  if (!isMonth(fromMonth)) problems.add('filter.fromMonth', CORE.MONTH_FORM());
  if (!isMonth(toMonth)) problems.add('filter.toMonth', CORE.MONTH_FORM());
  if (isMonth(fromMonth) && isMonth(toMonth)) {
    if (fromMonth > toMonth) problems.add('filter.fromMonth', CORE.PERIOD_STARTS_AFTER_END());
    else if (toMonth > monthOf(addMonths(firstDayOf(fromMonth), 59))) problems.add('filter.toMonth', INTEGRATION.PERIOD_TOO_LONG_MONTHS());
  }
  if (filter?.facilityId && !isUuid(filter.facilityId)) problems.add('filter.facilityId', CORE.NOT_AN_ID_OF({ kind: recordKind('facility') }));
  problems.throwIfAny();

  // The whole cube is counted and suppressed at once, whatever grouping was asked, so that no
  // grouping gives back by subtraction what another withheld (core/personal-data/small-counts.ts).
  // A programme filter is a slice of the same cube, not a cube of its own, for the same reason.
  const all = Object.keys(COLUMNS) as ParticipationDimension[];
  const where: string[] = [];
  const params: unknown[] = [firstDayOf(fromMonth), firstDayOf(toMonth)];
  if (filter?.facilityId) {
    where.push('pa.facility_id = ?');
    params.push(filter.facilityId);
  }
  const columns = all.map((d) => COLUMNS[d]);
  const rows = await runSql<Record<string, string | number | null>>(
    ctx.em,
    `with months as (
       select to_char(g, 'YYYY-MM') as month, g::date as first_day, (g + interval '1 month' - interval '1 day')::date as last_day
         from generate_series(?::date, ?::date, interval '1 month') g)
     select ${columns.map((c) => `${c.sql} as ${c.alias}, grouping(${c.sql}) as ${c.alias}_all`).join(', ')}, count(distinct pa.id)::int as n
       from participation pa join months m on pa.start_date <= m.last_day and coalesce(pa.end_date, pa.planned_end_date) >= m.first_day
       ${where.length ? `where ${where.join(' and ')}` : ''}
      group by cube(${columns.map((c) => c.sql).join(', ')})`,
    params,
  );
  const cells = rows.map((r) => columns.map((c) => (Number(r[`${c.alias}_all`]) === 1 ? ALL : String(r[c.alias]))));
  const counts = new Map(rows.map((r, i) => [cubeCellId(cells[i]!), Number(r.n)]));
  // Each participation has one programme, one category and one outcome; it is active in many months.
  const withheld = cellsToSuppress(
    counts,
    cubeEquations(
      cells,
      all.map((d) => d !== 'MONTH'),
    ),
  );

  const asked = new Set(groupBy);
  const programmeAt = all.indexOf('PROGRAMME');
  const value = (values: string[], d: ParticipationDimension) => (asked.has(d) ? values[all.indexOf(d)]! : null);
  return cells
    .map((values, i) => ({ values, row: rows[i]! }))
    .filter(({ values }) => all.every((d, k) => (asked.has(d) ? values[k] !== ALL : values[k] === ALL || (d === 'PROGRAMME' && filter?.programme))))
    .filter(({ values }) => !filter?.programme || values[programmeAt] === filter.programme)
    .map(({ values }) => {
      const id = cubeCellId(values);
      const suppressed = withheld.has(id);
      return {
        programme: value(values, 'PROGRAMME') as Programme | null,
        eligibilityCategory: value(values, 'ELIGIBILITY_CATEGORY') as EligibilityCategory | null,
        month: value(values, 'MONTH'),
        outcome: value(values, 'OUTCOME') as StatisticsOutcome | null,
        participants: suppressed ? null : counts.get(id)!,
        suppressed,
      };
    })
    .sort((a, b) => compareRows(a, b));
}

/** Ordered by the dimensions in their fixed order, as the SQL ordered them before. */
function compareRows(a: ParticipationStatisticsRow, b: ParticipationStatisticsRow): number {
  for (const key of ['programme', 'eligibilityCategory', 'month', 'outcome'] as const) {
    const x = a[key] ?? '';
    const y = b[key] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
