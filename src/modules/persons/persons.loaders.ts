import DataLoader from 'dataloader';
import { viewsByIdLoader } from '../../core/graphql/by-id-loader.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { Person } from './persons.entities.js';
import { reachablePersons } from './person-reach.js';
import { PERSON_VIEW_PROPERTIES, personFromRow } from './persons.views.js';

/** The persons module's DataLoaders for one request. */
export function personsLoaders(ctx: RequestContext) {
  return {
    person: viewsByIdLoader(ctx.em, Person, PERSON_VIEW_PROPERTIES, personFromRow),
    /** Whether the caller reaches each person (person-reach.ts), for reads of a person by id. */
    reachable: new DataLoader<string, boolean>(async (ids) => {
      const reached = await reachablePersons(ctx, ids);
      return ids.map((id) => reached.has(id));
    }),
  };
}
