import { raw } from '@mikro-orm/core';
import type { RequestContext } from '../../core/graphql/context.js';
import { RevisionCache } from '../../core/db/revision-cache.js';
import { facilityConditions } from './facilities.service.js';
import { extraPlacesByFacilityOfNightSql } from './capacity-periods.js';
import { Facility } from './registry.entities.js';
import type { CapacityDimension, FacilityFilter } from './registry.types.js';

export interface CapacityRow {
  type: string | null;
  districtId: string | null;
  unitId: string | null;
  operatorKind: string | null;
  targetPopulation: string | null;
  facilities: number;
  suspendedFacilities: number;
  declaredCapacity: number;
  /** Places open for a season on the night, besides the declared capacity. */
  seasonalPlaces: number;
  /** Places opened for that night only. */
  overflowPlaces: number;
  /** All places open on the night: declared, seasonal and overflow. */
  places: number;
  reportingFacilities: number;
  occupiedPlaces: number | null;
  freePlaces: number | null;
  occupancyRate: number | null;
  /** Of the reporting facilities, those whose report used is at most `freshWithinDays` old on the date. */
  freshlyReportingFacilities: number;
  /** The date of the oldest report the row used. */
  oldestReportDate: string | null;
}

/** Reports older than this many days before the date are stale, unless the caller says otherwise. */
export const DEFAULT_FRESH_WITHIN_DAYS = 7;

const DIMENSIONS: Record<CapacityDimension, { column: (state: string) => string; alias: string }> = {
  TYPE: { column: (state) => `${state}.type`, alias: 'type' },
  DISTRICT: { column: () => 'f.district_id', alias: 'district_id' },
  UNIT: { column: () => 'f.unit_id', alias: 'unit_id' },
  OPERATOR_KIND: { column: () => 'o.kind', alias: 'operator_kind' },
  TARGET_POPULATION: { column: (state) => `${state}.target_population`, alias: 'target_population' },
};

/**
 * Capacity, places taken and free places of the facilities open on a date, grouped in SQL (one
 * statement), as they stood on that date: a past date takes each facility's type, places, target
 * population and status in force then (facility_state) and its latest report on or before it, so a
 * question about last winter gets the same answer after a facility's places change today. The
 * places of a night are the declared (year-round) ones and the seasonal and overflow places open
 * that night (capacity_period). A suspended facility is counted apart and adds neither places nor
 * free places. Each row says how fresh its figures are: how many facilities reported within
 * `freshWithinDays` of the date, and the oldest report used.
 */
export async function capacityOverview(
  ctx: RequestContext,
  groupBy: CapacityDimension[],
  filter: FacilityFilter | null,
  asOf: string | null,
  freshWithinDays = DEFAULT_FRESH_WITHIN_DAYS,
): Promise<CapacityRow[]> {
  const date = asOf ?? ctx.clock.today();
  // Dashboards ask the same few questions again and again; the answer changes only with a write.
  // The rows are aggregates without personal data, and field permissions apply after the cache.
  const revision = await ctx.dataRevision();
  return ctx
    .hubState(overviewCache)
    .get(revision, JSON.stringify([groupBy, filter, date, freshWithinDays]), () => computeCapacityOverview(ctx, groupBy, filter, date, freshWithinDays));
}

const overviewCache = () => new RevisionCache<CapacityRow[]>();

async function computeCapacityOverview(
  ctx: RequestContext,
  groupBy: CapacityDimension[],
  filter: FacilityFilter | null,
  date: string,
  freshWithinDays: number,
): Promise<CapacityRow[]> {
  const fromHistory = date < ctx.clock.today();
  // Today's state and latest report live on the facility row; a past date reads their history.
  const state = fromHistory ? 's' : 'f';
  const occupied = fromHistory ? 'h.occupied_places' : 'f.occupied_places';
  const reportDate = fromHistory ? 'h.date' : 'f.occupancy_date';
  const dims = [...new Set(groupBy)].map((d) => ({ column: DIMENSIONS[d].column(state), alias: DIMENSIONS[d].alias }));
  const filterConditions = facilityConditions(withoutStateConditions(filter), ctx.clock.today(), 'f');
  const qb = ctx.em.createQueryBuilder(Facility, 'f');
  if (groupBy.includes('OPERATOR_KIND')) qb.join('f.operator', 'o');
  if (fromHistory) {
    qb.leftJoinLateral(
      raw(
        `(select st.type, st.subtype, st.declared_capacity, st.status, st.target_population from facility_state st where st.facility_id = f.id and st.valid_from <= ? order by st.valid_from desc limit 1)`,
        [date],
      ),
      's',
      { [raw('true')]: raw('true') },
    );
    qb.leftJoinLateral(
      raw(
        `(select r.occupied_places, r.date from occupancy_report r where r.facility_id = f.id and r.date <= ? order by r.date desc, r.reported_at desc limit 1)`,
        [date],
      ),
      'h',
      { [raw('true')]: raw('true') },
    );
  }
  // The periods of the night grouped once and joined: a lateral read would run once for every facility of the city.
  qb.leftJoin(raw(extraPlacesByFacilityOfNightSql('?::date'), [date]), 'x', { [raw('x.facility_id')]: raw('f.id') });
  const seasonal = 'coalesce(x.seasonal, 0)';
  const overflow = 'coalesce(x.overflow, 0)';
  const active = `${state}.status = 'ACTIVE'`;
  // A facility without places (counselling) has none in winter either: null stays null.
  const capacity = `(${state}.declared_capacity + ${seasonal} + ${overflow})`;
  const withPlaces = `${active} and ${state}.declared_capacity is not null`;
  qb.select([
    ...dims.map((d) => raw(`${d.column} as ${d.alias}`)),
    raw(`count(*) filter (where ${active})::int as facilities`),
    raw(`count(*) filter (where ${state}.status = 'SUSPENDED')::int as suspended_facilities`),
    raw(`coalesce(sum(${state}.declared_capacity) filter (where ${active}), 0)::int as declared_capacity`),
    raw(`coalesce(sum(${seasonal}) filter (where ${withPlaces}), 0)::int as seasonal_places`),
    raw(`coalesce(sum(${overflow}) filter (where ${withPlaces}), 0)::int as overflow_places`),
    raw(`coalesce(sum(${capacity}) filter (where ${active}), 0)::int as places`),
    raw(`count(${occupied}) filter (where ${active} and ${capacity} is not null)::int as reporting_facilities`),
    raw(`sum(${occupied}) filter (where ${active} and ${capacity} is not null)::int as occupied_places`),
    // greatest() skips a null: a facility without a report must add nothing, not a zero.
    raw(`sum(greatest(${capacity} - ${occupied}, 0)) filter (where ${active} and ${occupied} is not null)::int as free_places`),
    raw(`sum(${capacity}) filter (where ${active} and ${occupied} is not null)::int as reporting_capacity`),
    raw(`count(${occupied}) filter (where ${active} and ${capacity} is not null and ${reportDate} >= ?::date - ?::int)::int as fresh`, [date, freshWithinDays]),
    raw(`(min(${reportDate}) filter (where ${active} and ${capacity} is not null and ${occupied} is not null))::text as oldest_report`),
  ])
    .where(raw(filterConditions.all, filterConditions.params))
    .andWhere(raw('(f.opened_on is null or f.opened_on <= ?) and (f.closed_on is null or f.closed_on > ?)', [date, date]))
    .andWhere(raw(`${state}.status <> 'CLOSED'`));
  for (const [column, values] of [
    [`${state}.type`, filter?.types],
    [`${state}.subtype`, filter?.subtypes],
    [`${state}.status`, filter?.statuses],
    [`${state}.target_population`, filter?.targetPopulations],
  ] as const) {
    if (values?.length) qb.andWhere(raw(`${column} in (${values.map(() => '?').join(', ')})`, [...values]));
  }
  if (dims.length) {
    qb.groupBy(dims.map((d) => raw(d.column)) as never);
    qb.orderBy(dims.map((d) => ({ [raw(d.column)]: 'asc' })) as never);
  }
  const rows = await qb.execute<Record<string, number | string | null>[]>('all', false);
  return rows.map((row) => {
    const occupiedPlaces = row.occupied_places === null ? null : Number(row.occupied_places);
    const reportingCapacity = row.reporting_capacity === null ? null : Number(row.reporting_capacity);
    return {
      type: (row.type as string | undefined) ?? null,
      districtId: (row.district_id as string | undefined) ?? null,
      unitId: (row.unit_id as string | undefined) ?? null,
      operatorKind: (row.operator_kind as string | undefined) ?? null,
      targetPopulation: (row.target_population as string | undefined) ?? null,
      facilities: Number(row.facilities),
      suspendedFacilities: Number(row.suspended_facilities),
      declaredCapacity: Number(row.declared_capacity),
      seasonalPlaces: Number(row.seasonal_places),
      overflowPlaces: Number(row.overflow_places),
      places: Number(row.places),
      reportingFacilities: Number(row.reporting_facilities),
      occupiedPlaces,
      freePlaces: row.free_places === null ? null : Number(row.free_places),
      occupancyRate: occupiedPlaces !== null && reportingCapacity ? Math.round((occupiedPlaces / reportingCapacity) * 10000) / 10000 : null,
      freshlyReportingFacilities: Number(row.fresh),
      oldestReportDate: (row.oldest_report as string | null) ?? null,
    };
  });
}

/** The filter without what the facility was on the date (type, subtype, status, target population): those are applied to its state then. */
function withoutStateConditions(filter: FacilityFilter | null): FacilityFilter | null {
  if (!filter) return null;
  const { types: _types, subtypes: _subtypes, statuses: _statuses, targetPopulations: _populations, ...rest } = filter;
  return rest as FacilityFilter;
}
