import type { RequestContext } from '../../core/graphql/context.js';
import { todayInWarsaw } from '../../core/graphql/scalars.js';
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

const DIMENSION_COLUMNS: Record<CapacityDimension, { column: string; alias: string }> = {
  TYPE: { column: 'f.type', alias: 'type' },
  DISTRICT: { column: 'f.district_id', alias: 'district_id' },
  UNIT: { column: 'f.unit_id', alias: 'unit_id' },
  OPERATOR_KIND: { column: 'o.kind', alias: 'operator_kind' },
};

/**
 * Capacity, places taken and free places of the facilities open on a date, grouped in SQL.
 * Today's figures come from each facility's latest report (kept on the facility row); a past date
 * reads the report history: the latest report on or before that date counts, and a facility counts
 * only if it was open on that date.
 */
export async function capacityOverview(
  ctx: RequestContext,
  groupBy: CapacityDimension[],
  filter: FacilityFilter | null,
  asOf: string | null,
): Promise<CapacityRow[]> {
  const today = todayInWarsaw();
  const date = asOf ?? today;
  const dims = [...new Set(groupBy)].map((d) => DIMENSION_COLUMNS[d]);
  const matching = ctx.em.createQueryBuilder(Facility, 'm').select('m.id').where(facilityWhere(filter) as never);
  const occupancy =
    date >= today
      ? { join: '', column: 'f.occupied_places', params: [] as unknown[] }
      : {
          join: `left join lateral (
              select r.occupied_places from occupancy_report r
              where r.facility_id = f.id and r.date <= ?
              order by r.date desc, r.reported_at desc limit 1) h on true`,
          column: 'h.occupied_places',
          params: [date] as unknown[],
        };
  const select = dims.map((d) => `${d.column} as ${d.alias}`);
  const sql = `
    select ${[...select,
      'count(*)::int as facilities',
      'coalesce(sum(f.declared_capacity), 0)::int as declared_capacity',
      `count(${occupancy.column}) filter (where f.declared_capacity is not null)::int as reporting_facilities`,
      `sum(${occupancy.column}) filter (where f.declared_capacity is not null)::int as occupied_places`,
      `sum(greatest(f.declared_capacity - ${occupancy.column}, 0))::int as free_places`,
      `sum(f.declared_capacity) filter (where ${occupancy.column} is not null) as reporting_capacity`,
    ].join(',\n      ')}
    from facility f
    join organisation o on o.id = f.operator_id
    ${occupancy.join}
    where f.id in (${matching.getQuery()})
      and (f.opened_on is null or f.opened_on <= ?)
      and (f.closed_on is null or f.closed_on > ?)
    ${dims.length ? `group by ${dims.map((d) => d.column).join(', ')} order by ${dims.map((d) => d.column).join(', ')}` : ''}`;
  const rows = await ctx.em.execute<Record<string, unknown>[]>(sql, [...occupancy.params, ...matching.getParams(), date, date]);
  return rows.map((row) => {
    const reportingCapacity = row.reporting_capacity === null ? null : Number(row.reporting_capacity);
    const occupied = row.occupied_places === null ? null : Number(row.occupied_places);
    return {
      type: (row.type as string | undefined) ?? null,
      districtId: (row.district_id as string | undefined) ?? null,
      unitId: (row.unit_id as string | undefined) ?? null,
      operatorKind: (row.operator_kind as string | undefined) ?? null,
      facilities: Number(row.facilities),
      declaredCapacity: Number(row.declared_capacity),
      reportingFacilities: Number(row.reporting_facilities),
      occupiedPlaces: occupied,
      freePlaces: row.free_places === null ? null : Number(row.free_places),
      occupancyRate: occupied !== null && reportingCapacity ? Math.round((occupied / reportingCapacity) * 10000) / 10000 : null,
    };
  });
}
