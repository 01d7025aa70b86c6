import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { openDatabase, type EntityManager } from '../../../src/core/db/database.js';
import { createScratchDatabase } from '../../../src/core/db/scratch-database.js';
import { hubEntities } from '../../../src/hub.js';
import { MIGRATIONS } from '../../../src/migrations/index.js';
import { startTestHub, TEST_DB, testToday, type TestHub } from '../../support/test-hub.js';

/**
 * An upgrade loses nothing: a city's database as the previous release left it (tests/fixtures/
 * release-0470eb8.sql.gz: the demo city seeded on 2026-11-30 by commit 0470eb8, the last landed
 * before the city set-up, dumped with `pg_dump --inserts` less its psql-only `\restrict` lines, its PESELs sealed with the tests' data
 * key) is loaded into an empty database, the hub of this release starts on it and applies its
 * migrations, and every row of every table it had is still there, column for column.
 */
const today = testToday('2026-11-30');
const dump = gunzipSync(readFileSync('tests/fixtures/release-0470eb8.sql.gz')).toString('utf8');
const folder = mkdtempSync(join(tmpdir(), 'splot-upgrade-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** For each table, its columns then: the release's rows are compared on these. */
async function columnsOf(query: (sql: string) => Promise<Record<string, unknown>[]>): Promise<Map<string, string[]>> {
  // The migrations' own ledger grows by this release's migrations: checked by name, not by content.
  const rows = await query(
    `select table_name, column_name from information_schema.columns where table_schema = 'public' and table_name <> 'mikro_orm_migrations' order by table_name, ordinal_position`,
  );
  const columns = new Map<string, string[]>();
  for (const row of rows) columns.set(String(row.table_name), [...(columns.get(String(row.table_name)) ?? []), String(row.column_name)]);
  return columns;
}

/** Each table's rows on the given columns, as a digest. */
async function contents(query: (sql: string) => Promise<Record<string, unknown>[]>, columns: Map<string, string[]>): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const [table, names] of columns) {
    const row = `(${names.map((n) => `t."${n}"`).join(', ')})::text`;
    const [result] = await query(`select count(*)::int as rows, md5(string_agg(${row}, '|' order by ${row})) as digest from public."${table}" t`);
    digests[table] = `${result!.rows}:${result!.digest}`;
  }
  return digests;
}

const emQuery = (em: EntityManager) => (sql: string) => em.execute<Record<string, unknown>[]>(sql);

async function checkUpgraded(hub: TestHub, columns: Map<string, string[]>, before: Record<string, string>) {
  expect(await contents(emQuery(hub.em()), columns)).toEqual(before);
  const applied = await hub.em().execute<{ name: string }[]>('select name from mikro_orm_migrations order by id');
  expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
  // The PESELs sealed by the previous release read back with the same key.
  const participants = await hub.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops).query('{ participants(first: 3) { nodes { person { pesel } } } }');
  expect(participants.data.participants.nodes.every((p: { person: { pesel: string } }) => /^\d{11}$/.test(p.person.pesel))).toBe(true);
  const overview = await hub.as('ANALYST').query('{ capacityOverview(groupBy: []) { facilities declaredCapacity } }');
  expect(overview.data.capacityOverview[0].facilities).toBe(186);
}

describe.runIf(TEST_DB === 'pglite')('an upgrade of the embedded database from the previous release', () => {
  it('keeps every row of every table, applies this release\u2019s migrations, and reads the old PESELs', async () => {
    const dataDir = join(folder, 'pglite');
    const db = await openDatabase({ databaseUrl: null, pgliteDataDir: dataDir, entities: hubEntities(), migrations: MIGRATIONS });
    const connection = db.driver.getConnection() as unknown as {
      getNativeClient(): Promise<{ exec(sql: string): Promise<unknown>; query(sql: string): Promise<{ rows: Record<string, unknown>[] }> }>;
    };
    const pglite = await connection.getNativeClient();
    await pglite.exec(dump);
    await pglite.exec('set search_path to public');
    const query = async (sql: string) => (await pglite.query(sql)).rows;
    const columns = await columnsOf(query);
    const before = await contents(query, columns);
    await db.close(true);

    const hub = await startTestHub({ today, env: { HUB_PGLITE_DIR: dataDir } });
    try {
      await checkUpgraded(hub, columns, before);
    } finally {
      await hub.close();
    }
  });
});

describe.runIf(TEST_DB === 'postgres')('an upgrade of a PostgreSQL database from the previous release', () => {
  it('keeps every row of every table, applies this release\u2019s migrations, and reads the old PESELs', async () => {
    const database = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'splot_upgrade');
    try {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      let columns: Map<string, string[]>;
      let before: Record<string, string>;
      try {
        await client.query(dump);
        await client.query('set search_path to public');
        const query = async (sql: string) => (await client.query(sql)).rows as Record<string, unknown>[];
        columns = await columnsOf(query);
        before = await contents(query, columns);
      } finally {
        await client.end();
      }
      const hub = await startTestHub({ today, env: { DATABASE_URL: database.url } });
      try {
        await checkUpgraded(hub, columns, before);
      } finally {
        await hub.close();
      }
    } finally {
      await database.drop();
    }
  });
});
