import DataLoader from 'dataloader';
import { uuidArray } from '../../core/db/sql-arrays.js';
import type { RequestContext } from '../../core/graphql/context.js';
import { isUuid } from '../../core/ids.js';
import { CARER_COLUMNS, CARER_FROM, carerFromSqlRow, type CarerView } from './carer.views.js';

/** The foster-care module's DataLoaders for one request. */
export function fostercareLoaders(ctx: RequestContext) {
  return {
    carer: new DataLoader<string, CarerView | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length ? await ctx.em.execute(`select ${CARER_COLUMNS} from ${CARER_FROM} where c.id = any(?::uuid[])`, [uuidArray(valid)]) : [];
      const byId = new Map(rows.map(carerFromSqlRow).map((c) => [c.id, c]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
