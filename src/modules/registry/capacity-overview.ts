import type { RequestContext } from '../../core/graphql/context.js';
import { RevisionCache } from '../../core/db/revision-cache.js';
import { runSql } from '../../core/db/sql.js';
import { facilityConditions } from './facilities.service.js';
import { extraPlacesByFacilityOfNightSql } from './capacity-periods.js';
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
  const joins = [groupBy.includes('OPERATOR_KIND') ? 'join organisation o on o.id = f.operator_id' : ''];
  const joinParams: unknown[] = [];
  if (fromHistory) {
    joins.push(
      `left join lateral (select st.type, st.subtype, st.declared_capacity, st.status, st.target_population from facility_state st
                           where st.facility_id = f.id and st.valid_from <= ? order by st.valid_from desc limit 1) s on true`,
      `left join lateral (select r.occupied_places, r.date from occupancy_report r
                           where r.facility_id = f.id and r.date <= ? order by r.date desc, r.reported_at desc limit 1) h on true`,
    );
    joinParams.push(date, date);
  }
  // The periods of the night grouped once and joined: a lateral read would run once for every facility of the city.
  joins.push(`left join ${extraPlacesByFacilityOfNightSql('?::date')} x on x.facility_id = f.id`);
  joinParams.push(date);
  const where = facilityConditions(withoutStateConditions(filter), ctx.clock.today(), 'f')
    .add('(f.opened_on is null or f.opened_on <= ?) and (f.closed_on is null or f.closed_on > ?)', date, date)
    .add(`${state}.status <> 'CLOSED'`)
    .oneOf(`${state}.type`, filter?.types)
    .oneOf(`${state}.subtype`, filter?.subtypes)
    .oneOf(`${state}.status`, filter?.statuses)
    .oneOf(`${state}.target_population`, filter?.targetPopulations);
  const seasonal = 'coalesce(x.seasonal, 0)';
  const overflow = 'coalesce(x.overflow, 0)';
  const active = `${state}.status = 'ACTIVE'`;
  // A facility without places (counselling) has none in winter either: null stays null.
  const capacity = `(${state}.declared_capacity + ${seasonal} + ${overflow})`;
  const withPlaces = `${active} and ${state}.declared_capacity is not null`;
  const columns = [
    ...dims.map((d) => `${d.column} as ${d.alias}`),
    `count(*) filter (where ${active})::int as facilities`,
    `count(*) filter (where ${state}.status = 'SUSPENDED')::int as suspended_facilities`,
    `coalesce(sum(${state}.declared_capacity) filter (where ${active}), 0)::int as declared_capacity`,
    `coalesce(sum(${seasonal}) filter (where ${withPlaces}), 0)::int as seasonal_places`,
    `coalesce(sum(${overflow}) filter (where ${withPlaces}), 0)::int as overflow_places`,
    `coalesce(sum(${capacity}) filter (where ${active}), 0)::int as places`,
    `count(${occupied}) filter (where ${active} and ${capacity} is not null)::int as reporting_facilities`,
    `sum(${occupied}) filter (where ${active} and ${capacity} is not null)::int as occupied_places`,
    // greatest() skips a null: a facility without a report must add nothing, not a zero.
    `sum(greatest(${capacity} - ${occupied}, 0)) filter (where ${active} and ${occupied} is not null)::int as free_places`,
    `sum(${capacity}) filter (where ${active} and ${occupied} is not null)::int as reporting_capacity`,
    `count(${occupied}) filter (where ${active} and ${capacity} is not null and ${reportDate} >= ?::date - ?::int)::int as fresh`,
    `(min(${reportDate}) filter (where ${active} and ${capacity} is not null and ${occupied} is not null))::text as oldest_report`,
  ];
  const grouped = dims.length ? `group by ${dims.map((d) => d.column).join(', ')} order by ${dims.map((d) => `${d.column} asc`).join(', ')}` : '';
  const rows = await runSql<Record<string, number | string | null>>(
    ctx.em,
    `select ${columns.join(', ')} from facility f ${joins.join(' ')} ${where.clause} ${grouped}`,
    [date, freshWithinDays, ...joinParams, ...where.params],
  );
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
