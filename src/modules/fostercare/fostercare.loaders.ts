import { uuidArray } from '../../core/db/sql-arrays.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { byIdLoader } from '../../core/graphql/by-id-loader.js';
import { CARER_COLUMNS, CARER_FROM, carerFromSqlRow } from './carer.views.js';

/** The foster-care module's DataLoaders for one request. */
export function fostercareLoaders(ctx: RequestContext) {
  return {
    carer: byIdLoader(async (ids) =>
      (await ctx.em.execute(`select ${CARER_COLUMNS} from ${CARER_FROM} where c.id = any(?::uuid[])`, [uuidArray(ids)])).map(carerFromSqlRow),
    ),
  };
}
