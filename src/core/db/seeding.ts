import type { EntityManager } from './database.js';
import { SeedRun } from './seed-history.entities.js';

/**
 * Runs a seed once per database, inside one transaction: either the whole seed and its marker
 * are written, or nothing is.
 */
export async function seedOnce(em: EntityManager, name: string, seed: (em: EntityManager) => Promise<void>): Promise<boolean> {
  return em.fork().transactional(async (tx) => {
    const done = await tx.findOne(SeedRun, { name });
    if (done) return false;
    await seed(tx);
    tx.create(SeedRun, { name });
    await tx.flush();
    return true;
  });
}
