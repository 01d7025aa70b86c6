import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/graphql/context.js';
import { FacilityGraphQLType, registryLoaders, type FacilityView } from '../registry/index.js';
import { countTable, type CountTable } from './count-table.js';
// The entities by their type only where decorators read parameter types (type-graphql would take the
// defineEntity value for a class); by value, under other names, where they are queried.
import type { HomelessCount, HomelessCountEntry } from './count.entities.js';
import { HomelessCount as HomelessCountEntity, HomelessCountEntry as HomelessCountEntryEntity } from './count.entities.js';
import { coordinatesCount } from './count.permissions.js';
import { closeHomelessCount, openHomelessCount, previousCount, recordCountEntries, removeCountEntry } from './count.service.js';
import {
  HomelessCountEntryInput,
  HomelessCountEntryType,
  HomelessCountProgressType,
  HomelessCountTableType,
  HomelessCountType,
  OpenHomelessCountInput,
} from './count.types.js';

/** One table a count and request: its progress, its missing facilities and its table all read it. */
function countTables(ctx: RequestContext) {
  return new DataLoader<HomelessCount, CountTable, string>(
    (counts) => Promise.all(counts.map(async (count) => countTable(ctx, count, await previousCount(ctx, count.night)))),
    { cacheKeyFn: (count) => count.id },
  );
}

const tableOf = (ctx: RequestContext, count: HomelessCount) => ctx.loaders(countTables).load(count);

@Resolver(() => HomelessCountType)
export class HomelessCountResolver {
  @Query(() => [HomelessCountType], { description: 'The counts of homeless persons, newest night first (MOPS_WORKER, ADMIN, ANALYST, NGO_STAFF).' })
  homelessCounts(@Ctx() ctx: RequestContext): Promise<HomelessCount[]> {
    return ctx.em.find(HomelessCountEntity, {}, { orderBy: { night: 'desc' } });
  }

  @Query(() => HomelessCountType, { nullable: true, description: 'One count by id; null when there is none.' })
  homelessCount(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<HomelessCount | null> {
    return ctx.em.findOne(HomelessCountEntity, { id });
  }

  @Mutation(() => HomelessCountType, {
    description: 'Opens the count of a night for the gmina (MOPS_WORKER, ADMIN); one count a night, CONFLICT for a second.',
  })
  openHomelessCount(@Arg('input', () => OpenHomelessCountInput) input: OpenHomelessCountInput, @Ctx() ctx: RequestContext): Promise<HomelessCount> {
    return openHomelessCount(ctx, input);
  }

  @Mutation(() => [HomelessCountEntryType], {
    description:
      'Enters persons found on the night, all or none (MOPS_WORKER, ADMIN; NGO_STAFF for places outside facilities and for the facilities its organisation runs). A facility\u2019s own entries stand for its occupancy report in the table. CONFLICT once the count is closed or before its night.',
  })
  recordHomelessCountEntries(
    @Arg('countId', () => ID, { description: 'The count.' }) countId: string,
    @Arg('entries', () => [HomelessCountEntryInput], { description: 'At most 200 entries.' }) entries: HomelessCountEntryInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<HomelessCountEntry[]> {
    return recordCountEntries(ctx, countId, entries);
  }

  @Mutation(() => Boolean, { description: 'Removes an entry made by mistake while the count is open (its author, MOPS_WORKER, ADMIN).' })
  removeHomelessCountEntry(@Arg('id', () => ID, { description: 'The entry.' }) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return removeCountEntry(ctx, id);
  }

  @Mutation(() => HomelessCountType, { description: 'Closes the count once its table is filed (MOPS_WORKER, ADMIN); no entry is added or removed after.' })
  closeHomelessCount(@Arg('id', () => ID, { description: 'The count.' }) id: string, @Ctx() ctx: RequestContext): Promise<HomelessCount> {
    return closeHomelessCount(ctx, id);
  }

  @FieldResolver(() => HomelessCountTableType, {
    description: 'The table the coordinator files, with the previous count beside it. Small counts withheld for roles other than MOPS_WORKER and ADMIN.',
  })
  async table(@Root() count: HomelessCount, @Ctx() ctx: RequestContext): Promise<HomelessCountTableType> {
    return tableOf(ctx, count);
  }

  @FieldResolver(() => HomelessCountProgressType, { description: 'How many of the registry\u2019s facilities of the count\u2019s types are counted.' })
  async progress(@Root() count: HomelessCount, @Ctx() ctx: RequestContext): Promise<HomelessCountProgressType> {
    const { total } = await tableOf(ctx, count);
    return { facilities: total.facilities ?? 0, counted: total.facilitiesCounted ?? 0 };
  }

  @FieldResolver(() => [FacilityGraphQLType], {
    description: 'The facilities with neither a count of their own nor an occupancy report of the night, by name: whom to phone (MOPS_WORKER, ADMIN).',
  })
  async missingFacilities(@Root() count: HomelessCount, @Ctx() ctx: RequestContext): Promise<FacilityView[]> {
    const { missingFacilityIds } = await tableOf(ctx, count);
    return (await ctx.loaders(registryLoaders).facility.loadMany(missingFacilityIds)) as FacilityView[];
  }

  @FieldResolver(() => [HomelessCountEntryType], {
    description: 'The entries of the count, newest first: all for MOPS_WORKER and ADMIN, one\u2019s own for NGO_STAFF.',
  })
  entries(@Root() count: HomelessCount, @Ctx() ctx: RequestContext): Promise<HomelessCountEntry[]> {
    const own = coordinatesCount(ctx.principal.role) ? {} : { enteredBy: ctx.principal.userId ?? '' };
    return ctx.em.find(HomelessCountEntryEntity, { count: count.id, ...own }, { orderBy: { enteredAt: 'desc', id: 'asc' } });
  }
}
