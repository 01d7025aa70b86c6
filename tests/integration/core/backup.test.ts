import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { backupEmbedded, backupPostgres, restoreEmbedded, restorePostgres } from '../../../src/core/db/backup.js';
import { openDatabase, type EntityManager } from '../../../src/core/db/database.js';
import { createScratchDatabase } from '../../../src/core/db/scratch-database.js';
import { hubEntities } from '../../../src/hub.js';
import { MIGRATIONS } from '../../../src/migrations/index.js';
import { startTestHub, TEST_DB, testToday, type TestHub } from '../../support/test-hub.js';

/**
 * A backup is worth what its restore gives back: the demo city backed up (as `npm run backup` does),
 * restored into an empty database (as `npm run restore` does), and the restored hub holds every row
 * of every table, and reads a PESEL back with the same data key.
 */
const today = testToday('2026-11-30');
const folder = mkdtempSync(join(tmpdir(), 'splot-backup-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Every table's whole content, as a digest per table. */
async function contents(em: EntityManager): Promise<Record<string, string>> {
  const tables = await em.execute<{ table_name: string }[]>(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const digests: Record<string, string> = {};
  for (const { table_name } of tables) {
    const [row] = await em.execute<{ digest: string | null; rows: number }[]>(
      `select md5(string_agg(t::text, '|' order by t::text)) as digest, count(*)::int as rows from "${table_name}" t`,
    );
    digests[table_name] = `${row!.rows}:${row!.digest}`;
  }
  return digests;
}

const PESELS = '{ participants(first: 5) { nodes { id person { pesel } } } }';
async function pesels(t: TestHub) {
  const response = await t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops).query(PESELS);
  expect(response.errors).toBeUndefined();
  return response.data.participants.nodes as { id: string; person: { pesel: string } }[];
}

describe.runIf(TEST_DB === 'pglite')('a backup of the embedded database', () => {
  it('restores into an empty folder with every row of every table, and its PESELs read with the same key', async () => {
    const original = await startTestHub({ today, seedDemo: true, env: { HUB_PGLITE_DIR: join(folder, 'original') } });
    const read = await pesels(original);
    expect(read.every((p) => /^\d{11}$/.test(p.person.pesel))).toBe(true);
    // After the read, whose audit events are rows of the backup too.
    const before = await contents(original.em());
    await original.close();

    // npm run backup: the hub stopped, its folder opened and dumped.
    const file = join(folder, 'splot.tar.gz');
    const db = await openDatabase({ databaseUrl: null, pgliteDataDir: join(folder, 'original'), entities: hubEntities(), migrations: MIGRATIONS });
    expect(await backupEmbedded(db, file)).toBeGreaterThan(0);
    await db.close(true);
    // npm run restore: into an empty folder.
    const restoredDir = join(folder, 'restored');
    await restoreEmbedded(file, restoredDir);

    const restored = await startTestHub({ today, env: { HUB_PGLITE_DIR: restoredDir } });
    try {
      expect(await contents(restored.em())).toEqual(before);
      expect(await pesels(restored)).toEqual(read);
    } finally {
      await restored.close();
    }
  });

  it('refuses to restore over a folder that holds a database', async () => {
    await expect(restoreEmbedded(join(folder, 'splot.tar.gz'), join(folder, 'restored'))).rejects.toThrow(/not empty/);
  });
});

describe.runIf(TEST_DB === 'postgres')('a backup of a PostgreSQL database (pg_dump)', () => {
  it('restores into an empty database with every row of every table, and its PESELs read with the same key', async () => {
    const original = await startTestHub({ today, seedDemo: true });
    const file = join(folder, 'splot.dump');
    let before: Record<string, string>;
    let read: Awaited<ReturnType<typeof pesels>>;
    try {
      read = await pesels(original);
      before = await contents(original.em());
      // Taken while the hub runs, as an operator would.
      await backupPostgres(original.config.databaseUrl!, file);
    } finally {
      await original.close();
    }
    const empty = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'splot_restore');
    try {
      await restorePostgres(empty.url, file);
      const restored = await startTestHub({ today, env: { DATABASE_URL: empty.url } });
      try {
        expect(await contents(restored.em())).toEqual(before);
        expect(await pesels(restored)).toEqual(read);
      } finally {
        await restored.close();
      }
    } finally {
      await empty.drop();
    }
  });
});
