import DataLoader from 'dataloader';
import { isUuid } from '../../core/ids.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { Person } from './persons.entities.js';
import { personFromRow, type PersonView } from './persons.views.js';

/** The persons module's DataLoaders for one request. */
export function personsLoaders(ctx: RequestContext) {
  return {
    person: new DataLoader<string, PersonView | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      if (valid.length === 0) return ids.map(() => null);
      const rows = await ctx.em.createQueryBuilder(Person).select('*').where({ id: { $in: valid } }).execute<Record<string, unknown>[]>('all', true);
      const byId = new Map(rows.map(personFromRow).map((p) => [p.id, p]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
