import DataLoader from 'dataloader';
import { byIdLoader } from '../../core/graphql/by-id-loader.js';
import type { EntityName } from '@mikro-orm/core';
import type { RequestContext } from '../../core/graphql/context.js';
import { Facility, OccupancyReport, Organisation } from './registry.entities.js';
import { referenceData } from './reference-data.js';
import { facilityFromRow, organisationFromRow, type DistrictView, type WelfareUnitView } from './registry.views.js';

/** One SELECT … WHERE id IN (…) per entity type and tick, as plain rows mapped by `map`. */
function rowsById<T extends { id: string }>(ctx: RequestContext, entity: EntityName<any>, map: (row: Record<string, unknown>) => T) {
  return byIdLoader(async (ids) =>
    (await ctx.em.createQueryBuilder(entity).select('*').where({ id: { $in: ids } } as never).execute<Record<string, unknown>[]>('all', true)).map(map),
  );
}

export interface HistoryKey {
  facilityId: string;
  from: string | null;
  to: string | null;
}

/** The registry's DataLoaders for one request. */
export function registryLoaders(ctx: RequestContext) {
  return {
    organisation: rowsById(ctx, Organisation, organisationFromRow),
    unit: new DataLoader<string, WelfareUnitView | null>(async (ids) => {
      const ref = await referenceData(ctx);
      return ids.map((id) => ref.unitById.get(id) ?? null);
    }),
    district: new DataLoader<string, DistrictView | null>(async (ids) => {
      const ref = await referenceData(ctx);
      return ids.map((id) => ref.districtById.get(id) ?? null);
    }),
    facility: rowsById(ctx, Facility, facilityFromRow),
    /** Districts a branch covers. */
    districtsOfBranch: new DataLoader<string, DistrictView[]>(async (branchIds) => {
      const ref = await referenceData(ctx);
      return branchIds.map((id) => ref.districts.filter((d) => d.branchId === id));
    }),
    /** Occupancy history of many facilities: one query per distinct period asked for in the request tick. */
    occupancyHistory: new DataLoader<HistoryKey, OccupancyReport[], string>(
      async (keys) => {
        const periods = Map.groupBy(keys, (k) => `${k.from}|${k.to}`);
        const results = new Map<string, OccupancyReport[]>();
        for (const group of periods.values()) {
          const { from, to } = group[0]!;
          const rows = await ctx.em.find(
            OccupancyReport,
            {
              facility: { $in: group.map((k) => k.facilityId) },
              ...(from || to ? { date: { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) } } : {}),
            },
            { orderBy: { date: 'desc', reportedAt: 'desc' } },
          );
          for (const k of group) results.set(historyKey(k), rows.filter((r) => r.facility.id === k.facilityId));
        }
        return keys.map((k) => results.get(historyKey(k)) ?? []);
      },
      { cacheKeyFn: historyKey },
    ),
  };
}

function historyKey(k: HistoryKey): string {
  return `${k.facilityId}|${k.from}|${k.to}`;
}
