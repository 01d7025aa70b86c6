import DataLoader from 'dataloader';
import type { EntityName } from '@mikro-orm/core';
import type { RequestContext } from '../../core/graphql/context.js';
import { District, Facility, OccupancyReport, Organisation, WelfareUnit } from './registry.entities.js';
import { facilityFromRow, organisationFromRow } from './registry.views.js';

/** One SELECT … WHERE id IN (…) per entity type and tick, as plain rows mapped by `map`. */
function rowsById<T extends { id: string }>(ctx: RequestContext, entity: EntityName<any>, map: (row: Record<string, unknown>) => T) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await ctx.em.createQueryBuilder(entity).select('*').where({ id: { $in: [...ids] } } as never).execute<Record<string, unknown>[]>('all', true);
    const byId = new Map(rows.map(map).map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** One SELECT … WHERE id IN (…) per entity type and tick, results in the order of the keys. */
function byId<T extends { id: string }>(ctx: RequestContext, entity: EntityName<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await ctx.em.find(entity, { id: { $in: [...ids] } } as never);
    const map = new Map((rows as T[]).map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
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
    unit: byId(ctx, WelfareUnit),
    district: byId(ctx, District),
    facility: rowsById(ctx, Facility, facilityFromRow),
    /** Districts a branch covers, for every branch of the page in one query. */
    districtsOfBranch: new DataLoader<string, District[]>(async (branchIds) => {
      const rows = await ctx.em.find(District, { branch: { $in: [...branchIds] } }, { orderBy: { number: 'asc' } });
      return branchIds.map((id) => rows.filter((d) => d.branch.id === id));
    }),
    /** Occupancy history of many facilities: one query per distinct period asked for in the request tick. */
    occupancyHistory: new DataLoader<HistoryKey, OccupancyReport[], string>(
      async (keys) => {
        const periods = new Map<string, HistoryKey[]>();
        for (const k of keys) {
          const period = `${k.from}|${k.to}`;
          periods.set(period, [...(periods.get(period) ?? []), k]);
        }
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
