import { raw } from '@mikro-orm/core';
import type { RequestContext } from '../../core/graphql/context.js';
import { RevisionCache } from '../../core/db/revision-cache.js';
import { facilityWhere } from './facilities.service.js';
import { Facility } from './registry.entities.js';
import type { CapacityDimension, FacilityFilter } from './registry.types.js';

export interface CapacityRow {
  type: string | null;
  districtId: string | null;
  unitId: string | null;
  operatorKind: string | null;
  facilities: number;
  declaredCapacity: number;
  reportingFacilities: number;
  occupiedPlaces: number | null;
  freePlaces: number | null;
  occupancyRate: number | null;
}

const DIMENSIONS: Record<CapacityDimension, { column: string; alias: string }> = {
  TYPE: { column: 'f.type', alias: 'type' },
  DISTRICT: { column: 'f.district_id', alias: 'district_id' },
  UNIT: { column: 'f.unit_id', alias: 'unit_id' },
  OPERATOR_KIND: { column: 'o.kind', alias: 'operator_kind' },
};

/**
 * Capacity, places taken and free places of the facilities open on a date, grouped in SQL (one
 * statement). Today's figures come from each facility's latest report, kept on the facility row; a
 * past date reads the report history: the latest report on or before that date counts, and a
 * facility counts only if it was open on that date.
 */
export async function capacityOverview(ctx: RequestContext, groupBy: CapacityDimension[], filter: FacilityFilter | null, asOf: string | null): Promise<CapacityRow[]> {
  const date = asOf ?? ctx.clock.today();
  // Dashboards ask the same few questions again and again; the answer changes only with a write.
  // The rows are aggregates without personal data, and field permissions apply after the cache.
  const revision = await ctx.dataRevision();
  return ctx.hubState(overviewCache).get(revision, JSON.stringify([groupBy, filter, date]), () => computeCapacityOverview(ctx, groupBy, filter, date));
}

const overviewCache = () => new RevisionCache<CapacityRow[]>();

async function computeCapacityOverview(ctx: RequestContext, groupBy: CapacityDimension[], filter: FacilityFilter | null, date: string): Promise<CapacityRow[]> {
  const fromHistory = date < ctx.clock.today();
  const dims = [...new Set(groupBy)].map((d) => DIMENSIONS[d]);
  const occupied = fromHistory ? 'h.occupied_places' : 'f.occupied_places';
  const qb = ctx.em.createQueryBuilder(Facility, 'f');
  if (groupBy.includes('OPERATOR_KIND')) qb.join('f.operator', 'o');
  if (fromHistory) {
    qb.leftJoinLateral(
      raw(
        `(select r.occupied_places from occupancy_report r where r.facility_id = f.id and r.date <= ? order by r.date desc, r.reported_at desc limit 1)`,
        [date],
      ),
      'h',
      { [raw('true')]: raw('true') },
    );
  }
  qb.select([
    ...dims.map((d) => raw(`${d.column} as ${d.alias}`)),
    raw('count(*)::int as facilities'),
    raw('coalesce(sum(f.declared_capacity), 0)::int as declared_capacity'),
    raw(`count(${occupied}) filter (where f.declared_capacity is not null)::int as reporting_facilities`),
    raw(`sum(${occupied}) filter (where f.declared_capacity is not null)::int as occupied_places`),
    raw(`sum(greatest(f.declared_capacity - ${occupied}, 0))::int as free_places`),
    raw(`sum(f.declared_capacity) filter (where ${occupied} is not null)::int as reporting_capacity`),
  ])
    .where(facilityWhere(filter, ctx.clock.today()) as never)
    .andWhere(raw('(f.opened_on is null or f.opened_on <= ?) and (f.closed_on is null or f.closed_on > ?)', [date, date]));
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
      facilities: Number(row.facilities),
      declaredCapacity: Number(row.declared_capacity),
      reportingFacilities: Number(row.reporting_facilities),
      occupiedPlaces,
      freePlaces: row.free_places === null ? null : Number(row.free_places),
      occupancyRate: occupiedPlaces !== null && reportingCapacity ? Math.round((occupiedPlaces / reportingCapacity) * 10000) / 10000 : null,
    };
  });
}
