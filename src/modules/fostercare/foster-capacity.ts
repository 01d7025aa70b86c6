import { InputProblems } from '../../core/errors.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { ageRuleKinds, CARER_LIMITS, INSTITUTIONAL_CARE_MIN_AGE, type CarerKind } from './fostercare.rules.js';
import { overdueSql } from './placement.views.js';
import { isInForce } from '../../core/dated-rules.js';
import { ALL, cellsToSuppress, cubeCellId, cubeEquations } from '../../core/personal-data/small-counts.js';
import { REGISTRY } from '../registry/index.js';
import { runSql } from '../../core/db/sql.js';

export const FosterCareDimension = { KIND: 'KIND', DISTRICT: 'DISTRICT' } as const;
export type FosterCareDimension = (typeof FosterCareDimension)[keyof typeof FosterCareDimension];

export interface FosterCareCapacityRow {
  kind: CarerKind | null;
  districtId: string | null;
  carers: number;
  capacity: number;
  occupied: number | null;
  free: number | null;
  /** False when no carer of the row has a statutory limit (kinship families). */
  limited: boolean;
  overduePlacements: number | null;
  childrenUnderAgeLimitInInstitutions: number | null;
  /** True when one figure or more of the row is withheld (null) as a small count of children. */
  suppressed: boolean;
}

/**
 * Places, children and free places of foster care on a date, by carer kind and district, from the
 * placement dates (no stored counter, so any past date works): with the emergency and
 * intervention stays overdue that day and the children under 10 in care-and-education facilities.
 * Carers count as they stood on the date: a family active (or on a break) then, though closed since,
 * counts; an institution counts when its facility was open and not closed then, with the places it
 * declared then (carer_state, facility_state). One statement.
 */
export async function fosterCareCapacity(ctx: RequestContext, groupBy: FosterCareDimension[], asOf: string | null): Promise<FosterCareCapacityRow[]> {
  const date = asOf ?? ctx.clock.today();
  const problems = new InputProblems();
  if (date > ctx.clock.today()) problems.add('asOf', REGISTRY.OCCUPANCY_AS_OF_FUTURE());
  problems.throwIfAny();
  const limits = CARER_LIMITS.filter((r) => isInForce(r, date));
  const limitCase = `case ${limits.map((r) => `when c.kind = '${r.kind}' then ${r.maxChildren ?? 'null'}`).join(' ')} end`;
  const rows = await runSql<CubeRow>(
    ctx.em,
    `with cc as (
       select c.id, c.kind, c.district_id, least(coalesce(fs.declared_capacity, c.declared_capacity, ${limitCase}), ${limitCase}) as capacity, (${limitCase}) is not null as limited
         from carer c
         left join facility f on f.id = c.facility_id
         left join lateral (select st.declared_capacity, st.status from facility_state st where st.facility_id = f.id and st.valid_from <= ?::date
                            order by st.valid_from desc limit 1) fs on true
         left join lateral (select cs.status from carer_state cs where cs.carer_id = c.id and cs.valid_from <= ?::date
                            order by cs.valid_from desc limit 1) cs on true
        where case when f.id is null then cs.status when fs.status = 'CLOSED' or f.closed_on <= ?::date then 'CLOSED' else 'OPEN' end <> 'CLOSED'
          and (f.opened_on is null or f.opened_on <= ?)),
     occ as (
       select pl.carer_id, count(*)::int as n,
              count(*) filter (where ${overdueSql('pl')})::int as overdue,
              count(*) filter (where c.kind in (${
                ageRuleKinds(date)
                  .map((k) => `'${k}'`)
                  .join(', ') || 'null'
              }) and (pe.birth_date + interval '${INSTITUTIONAL_CARE_MIN_AGE} years')::date > ?::date)::int as under_age
         from placement pl join carer c on c.id = pl.carer_id join person pe on pe.id = pl.child_id
        where pl.start_date <= ? and (pl.end_date is null or pl.end_date >= ?)
        group by pl.carer_id)
     select cc.kind, cc.district_id, grouping(cc.kind) as kind_all, grouping(cc.district_id) as district_all,
            count(*)::int as carers, coalesce(sum(cc.capacity), 0)::int as capacity,
            coalesce(sum(o.n), 0)::int as occupied,
            -- A kinship family has no statutory limit and takes only its own relatives: its places are no vacancies.
            sum(greatest(cc.capacity - coalesce(o.n, 0), 0)) filter (where cc.limited)::int as free, bool_or(cc.limited) as limited,
            coalesce(sum(o.overdue), 0)::int as overdue, coalesce(sum(o.under_age), 0)::int as under_age
       from cc left join occ o on o.carer_id = cc.id
      group by cube(cc.kind, cc.district_id)`,
    Array(9).fill(date),
  );
  return suppressSmallCounts(rows, new Set(groupBy));
}

interface CubeRow {
  kind: CarerKind | null;
  district_id: string | null;
  kind_all: number;
  district_all: number;
  carers: number;
  capacity: number;
  occupied: number;
  free: number | null;
  limited: boolean;
  overdue: number;
  under_age: number;
}

/**
 * The rows of the grouping asked for, with the counts of children (placed, overdue, under 10 in an
 * institution) withheld where small or where a withheld one could be computed from them, over every
 * grouping at once (core/personal-data/small-counts.ts). Free places are withheld with the
 * children placed, since places minus free places gives them back. Places and carers are not about
 * children and stay.
 */
function suppressSmallCounts(rows: CubeRow[], asked: Set<FosterCareDimension>): FosterCareCapacityRow[] {
  const cells = rows.map((r) => [Number(r.kind_all) === 1 ? ALL : String(r.kind), Number(r.district_all) === 1 ? ALL : String(r.district_id)]);
  const equations = cubeEquations(cells, [true, true]);
  const withheldOf = (field: 'occupied' | 'overdue' | 'under_age') =>
    cellsToSuppress(new Map(rows.map((r, i) => [cubeCellId(cells[i]!), Number(r[field])])), equations);
  const occupied = withheldOf('occupied');
  const overdue = withheldOf('overdue');
  const underAge = withheldOf('under_age');
  return rows
    .map((r, i) => ({ r, id: cubeCellId(cells[i]!), values: cells[i]! }))
    .filter(({ values }) => (asked.has('KIND') ? values[0] !== ALL : values[0] === ALL) && (asked.has('DISTRICT') ? values[1] !== ALL : values[1] === ALL))
    .sort((a, b) => byCodePoint(a.values[0]!, b.values[0]!) || byCodePoint(a.values[1]!, b.values[1]!))
    .map(({ r, id }) => ({
      kind: asked.has('KIND') ? r.kind : null,
      districtId: asked.has('DISTRICT') ? r.district_id : null,
      carers: r.carers,
      capacity: r.capacity,
      occupied: occupied.has(id) ? null : r.occupied,
      free: occupied.has(id) || !r.limited ? null : (r.free ?? 0),
      limited: Boolean(r.limited),
      overduePlacements: overdue.has(id) ? null : r.overdue,
      childrenUnderAgeLimitInInstitutions: underAge.has(id) ? null : r.under_age,
      suppressed: occupied.has(id) || overdue.has(id) || underAge.has(id),
    }));
}

const byCodePoint = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
