import pg from 'pg';
import { inject } from 'vitest';
import { FixedClock } from '../../src/core/clock.js';
import { openDatabase } from '../../src/core/db/database.js';
import { databaseUrlOf } from '../../src/core/db/scratch-database.js';
import { PeselProtection } from '../../src/core/personal-data/pesel-protection.js';
import { MIGRATIONS } from '../../src/migrations/index.js';
import { hubEntities, migrateAndSeed } from '../../src/hub.js';
import { TEST_DATA_KEY } from './pglite-images.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The names of this run's template databases begin with it (postgres-template-setup.ts). */
    postgresTemplatePrefix?: string;
  }
}

/**
 * The template database a test database on PostgreSQL is created from (`create database … template`):
 * migrated with every module's reference data and, with `seedDemo`, the demo city seeded as of
 * `today` (sealed with the test data key). Seeding the city takes ~2 s; each template is built once
 * per run by the first worker that needs it, while the others wait on an advisory lock. It is built
 * under another name and renamed when complete, so a failed build leaves no half a template.
 */
export async function postgresTemplateFor(serverUrl: string, today: string, seedDemo: boolean): Promise<string | undefined> {
  const prefix = inject('postgresTemplatePrefix');
  if (!prefix) return undefined;
  const name = `${prefix}_${seedDemo ? today.replaceAll('-', '') : 'reference'}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    // Held until this session ends, which releases it even if the build fails.
    await client.query('select pg_advisory_lock(hashtext($1))', [name]);
    const built = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (built.rowCount) return name;
    const base = seedDemo ? await postgresTemplateFor(serverUrl, today, false) : undefined;
    const building = `${name}_building`;
    await client.query(`drop database if exists "${building}"`);
    await client.query(`create database "${building}"${base ? ` template "${base}"` : ''}`);
    const db = await openDatabase({
      databaseUrl: databaseUrlOf(serverUrl, building),
      pgliteDataDir: 'memory://',
      clock: new FixedClock(today),
      entities: hubEntities(),
      migrations: MIGRATIONS,
    });
    try {
      await migrateAndSeed(db, new PeselProtection(Buffer.from(TEST_DATA_KEY, 'hex')), today, seedDemo);
    } finally {
      await db.close(true);
    }
    await client.query(`alter database "${building}" rename to "${name}"`);
    return name;
  } finally {
    await client.end();
  }
}
