import { uuidArray } from '../../core/db/sql-arrays.js';
import type { RequestContext } from '../../core/graphql/context.js';
import type { PersonReach } from '../persons/index.js';
import { runSql } from '../../core/db/sql.js';

/** The children an NGO reaches: those ever placed in the facilities it operates, as the placements list shows them. */
export const fosterChildrenReached: PersonReach = async (ctx: RequestContext, personIds) => {
  const { role, organisationId } = ctx.principal;
  if (role !== 'NGO_STAFF' || !organisationId) return [];
  const rows = await runSql<{ child_id: string }>(
    ctx.em,
    `select distinct pl.child_id from placement pl join carer c on c.id = pl.carer_id join facility f on f.id = c.facility_id
      where pl.child_id = any(?::uuid[]) and f.operator_id = ?`,
    [uuidArray(personIds), organisationId],
  );
  return rows.map((r) => r.child_id);
};
