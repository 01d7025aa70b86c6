import { addMonths, firstDayOf, isMonth, monthOf } from '../../core/calendar.js';
import { InputProblems } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { isUuid } from '../../core/ids.js';
import type { ParticipationOutcome } from './integration.entities.js';
import { shownCount } from '../../core/personal-data/small-counts.js';
import type { EligibilityCategory, Programme } from './integration.rules.js';

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
 * small group a count can point at a person, and a category is health data.
 */
export async function participationStatistics(ctx: RequestContext, groupBy: ParticipationDimension[], filter: StatisticsFilter | null): Promise<ParticipationStatisticsRow[]> {
  const problems = new InputProblems();
  const toMonth = filter?.toMonth ?? monthOf(ctx.clock.today());
  const fromMonth = filter?.fromMonth ?? monthOf(addMonths(firstDayOf(toMonth), -11));
  if (!isMonth(fromMonth)) problems.add('filter.fromMonth', 'A month is written YYYY-MM');
  if (!isMonth(toMonth)) problems.add('filter.toMonth', 'A month is written YYYY-MM');
  if (isMonth(fromMonth) && isMonth(toMonth)) {
    if (fromMonth > toMonth) problems.add('filter.fromMonth', 'The period starts after it ends');
    else if (toMonth > monthOf(addMonths(firstDayOf(fromMonth), 59))) problems.add('filter.toMonth', 'A period spans at most 60 months');
  }
  if (filter?.facilityId && !isUuid(filter.facilityId)) problems.add('filter.facilityId', 'Not a facility id');
  problems.throwIfAny();

  const dims = [...new Set(groupBy)].map((d) => COLUMNS[d]);
  const where: string[] = [];
  const params: unknown[] = [firstDayOf(fromMonth), firstDayOf(toMonth)];
  if (filter?.programme) {
    where.push('pa.programme = ?');
    params.push(filter.programme);
  }
  if (filter?.facilityId) {
    where.push('pa.facility_id = ?');
    params.push(filter.facilityId);
  }
  const select = [...dims.map((d) => `${d.sql} as ${d.alias}`), 'count(distinct pa.id)::int as n'].join(', ');
  const rows = await ctx.em.execute<Record<string, string | number | null>[]>(
    `with months as (
       select to_char(g, 'YYYY-MM') as month, g::date as first_day, (g + interval '1 month' - interval '1 day')::date as last_day
         from generate_series(?::date, ?::date, interval '1 month') g)
     select ${select}
       from participation pa join months m on pa.start_date <= m.last_day and coalesce(pa.end_date, pa.planned_end_date) >= m.first_day
       ${where.length ? `where ${where.join(' and ')}` : ''}
       ${dims.length ? `group by ${dims.map((d) => d.sql).join(', ')} order by ${dims.map((d) => `${d.sql} nulls first`).join(', ')}` : ''}`,
    params,
  );
  return rows
    .filter((r) => Number(r.n) > 0)
    .map((r) => {
      const participants = shownCount(Number(r.n));
      return {
        programme: (r.programme as Programme) ?? null,
        eligibilityCategory: (r.eligibility_category as EligibilityCategory) ?? null,
        month: (r.month as string) ?? null,
        outcome: (r.outcome as StatisticsOutcome) ?? null,
        participants,
        suppressed: participants === null,
      };
    });
}
