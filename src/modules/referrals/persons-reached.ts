import { uuidArray } from '../../core/db/sql-arrays.js';
import type { PersonReach } from '../persons/index.js';
import { runSql } from '../../core/db/sql.js';

/** The persons a sender reaches (those it referred) and an operator (those referred to its facilities). */
export const referredPersonsReached: PersonReach = async (ctx, personIds) => {
  const { role, organisationId } = ctx.principal;
  if (!organisationId || (role !== 'NGO_STAFF' && role !== 'LABOUR_OFFICE')) return [];
  const rows = await runSql<{ person_id: string }>(
    ctx.em,
    role === 'LABOUR_OFFICE'
      ? 'select distinct r.person_id from referral r where r.person_id = any(?::uuid[]) and r.sender_id = ?'
      : 'select distinct r.person_id from referral r join facility f on f.id = r.facility_id where r.person_id = any(?::uuid[]) and f.operator_id = ?',
    [uuidArray(personIds), organisationId],
  );
  return rows.map((r) => r.person_id);
};
