import type { EntityManager } from './database.js';
import { runSql } from './sql.js';

/**
 * Tells the database the hub's day for the rest of the current transaction, so that the history the
 * triggers write (facility_state, carer_state) is dated by the hub's clock, not the database
 * server's (migration FacilityHistory). Call it inside the transaction that writes.
 */
export async function setHubDay(em: EntityManager, today: string): Promise<void> {
  await runSql(em, `select set_config('splot.today', ?, true)`, [today]);
}
