import { uuidArray } from '../../core/db/sql-arrays.js';
import type { RequestContext } from '../../core/graphql/context.js';
import type { PersonReach } from '../persons/index.js';
import { runSql } from '../../core/db/sql.js';

/**
 * The persons an NGO reaches as participants of the KIS and CIS it operates, and a labour office as
 * participants of any CIS (it reads a CIS's summaries to refund the allowance): the same rows the
 * participants list and the summaries show them.
 */
export const participantsReached: PersonReach = async (ctx: RequestContext, personIds) => {
  const { role, organisationId } = ctx.principal;
  if (role === 'NGO_STAFF' && organisationId) {
    const rows = await runSql<{ person_id: string }>(
      ctx.em,
      `select distinct pa.person_id from participation pa join facility f on f.id = pa.facility_id where pa.person_id = any(?::uuid[]) and f.operator_id = ?`,
      [uuidArray(personIds), organisationId],
    );
    return rows.map((r) => r.person_id);
  }
  if (role === 'LABOUR_OFFICE') {
    const rows = await runSql<{ person_id: string }>(
      ctx.em,
      `select distinct pa.person_id from participation pa where pa.person_id = any(?::uuid[]) and pa.programme = 'CIS'`,
      [uuidArray(personIds)],
    );
    return rows.map((r) => r.person_id);
  }
  return [];
};
