import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { Facility } from '../../../src/modules/registry/registry.entities.js';
import { startTestHub, TEST_DB, TEST_JWT_SECRET, testToday, type GraphQLResponse, type TestHub } from '../../support/test-hub.js';
import { signDevelopmentToken } from '../../../src/core/auth/dev-tokens.js';
import { poolCounts } from '../../../src/core/db/database.js';

/**
 * Database faults on a real PostgreSQL server of their own (`.ci/run` starts one for them and names
 * it in SPLOT_FAULT_DATABASE_URL and SPLOT_FAULT_PG_CLUSTER, "<version> <cluster>"), so that
 * restarting it disturbs no other test file.
 */
const serverUrl = process.env.SPLOT_FAULT_DATABASE_URL;
const cluster = process.env.SPLOT_FAULT_PG_CLUSTER?.split(' ');
const hostOf = (url: string | undefined) => (url ? new URL(url).host : null);
// Restarting the server the other test files use would fail them: the fault server must be its own.
const ownServer = serverUrl !== undefined && hostOf(serverUrl) !== hostOf(process.env.TEST_DATABASE_URL);
const today = testToday('2026-11-30');

let t: TestHub;
let shelter: Facility;
const FACILITIES = '{ facilities(first: 5) { nodes { id name } } }';
const REPORT = 'mutation($f: ID!, $d: Date!) { reportOccupancy(facilityId: $f, date: $d, occupiedPlaces: 3) { id } }';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const restartDatabase = () => execFileSync('pg_ctlcluster', [cluster![0]!, cluster![1]!, 'restart', '-m', 'fast'], { stdio: 'ignore' });

/** A response is acceptable during a fault when it is data, or a clean, retryable SERVICE_UNAVAILABLE. */
function cleanDuringFault(response: GraphQLResponse): boolean {
  if (!response.errors) return response.status === 200;
  return (
    response.status === 503 &&
    response.errors.every((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE' && !/select|insert|127\.0\.0\.1|ECONN|:\d{4}/i.test(e.message))
  );
}

describe.runIf(TEST_DB === 'postgres' && ownServer && cluster)('database faults on a real PostgreSQL server', () => {
  beforeAll(async () => {
    t = await startTestHub({
      today,
      seedDemo: true,
      databaseServerUrl: serverUrl!,
      env: { HUB_DB_LOCK_TIMEOUT_MS: '1000', HUB_DB_ACQUIRE_TIMEOUT_MS: '2000', HUB_DB_STATEMENT_TIMEOUT_MS: '5000', HUB_DB_POOL_SIZE: '5' },
    });
    [shelter] = (await t.em().find(Facility, { type: 'NIGHT_SHELTER' }, { limit: 1 })) as [Facility];
  }, 600_000);
  afterAll(() => t?.close());

  it('serves again within seconds after each of three restarts under load, answering only data or SERVICE_UNAVAILABLE meanwhile', async () => {
    const mops = t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops);
    for (let round = 0; round < 3; round++) {
      let stop = false;
      const seen: GraphQLResponse[] = [];
      const load = Array.from({ length: 8 }, async (_, i) => {
        while (!stop) {
          seen.push(await (i % 2 ? mops.query(REPORT, { f: shelter.id, d: today }) : t.publicCaller.query(FACILITIES)));
        }
      });
      await sleep(300);
      restartDatabase();
      const restartedAt = performance.now();
      let healed = false;
      while (performance.now() - restartedAt < 15_000) {
        const probe = await t.publicCaller.query(FACILITIES);
        if (probe.status === 200 && !probe.errors) {
          healed = true;
          break;
        }
        await sleep(200);
      }
      stop = true;
      await Promise.all(load);
      expect(healed, `round ${round}: the hub serves again after the restart`).toBe(true);
      expect(performance.now() - restartedAt).toBeLessThan(15_000);
      const unclean = seen.filter((r) => !cleanDuringFault(r));
      expect(unclean.map((r) => JSON.stringify(r).slice(0, 300))).toEqual([]);
      expect((await fetch(t.url.replace('/graphql', '/readyz'))).status).toBe(200);
    }
    // No connection stays checked out by a transaction that died with the server (kysely#1990,
    // patched): such leaks filled the pool until the hub hung for good.
    const pool = (await poolCounts(t.hub.db))!;
    expect(pool.total - pool.idle).toBe(0);
  });

  it('fails writes that wait on a held lock within the lock timeout, while unrelated reads and /readyz answer', async () => {
    const holder = new pg.Client({ connectionString: t.config.databaseUrl! });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select 1 from facility where id = $1 for update', [shelter.id]);
      const mops = t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops);
      // Six times the pool: most writes queue for a connection behind writes blocked on the lock.
      const timed = await Promise.all(
        Array.from({ length: 30 }, async () => {
          const started = performance.now();
          const response = await mops.query(REPORT, { f: shelter.id, d: today });
          return { response, ms: performance.now() - started };
        }),
      );
      const writes = timed.map((w) => w.response);
      const reads = await Promise.all([t.publicCaller.query(FACILITIES), fetch(t.url.replace('/graphql', '/readyz'))]);
      expect(writes.every((w) => w.status === 503 && w.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE')).toBe(true);
      // Each within a few lock timeouts (1 s), queueing included, not one lock timeout per wave of the pool (6 s).
      expect(Math.max(...timed.map((w) => w.ms))).toBeLessThan(3_500);
      expect(reads[0].errors).toBeUndefined();
      expect(reads[1].status).toBe(200);
    } finally {
      await holder.query('rollback').catch(() => undefined);
      await holder.end();
    }
    const after = await t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops).query(REPORT, { f: shelter.id, d: today });
    expect(after.errors).toBeUndefined();
  });

  it.runIf(existsSync('dist/src/main.js'))('finishes a request in flight on SIGTERM, then exits 0', async () => {
    const env = {
      ...process.env,
      DATABASE_URL: t.config.databaseUrl!,
      PORT: '0',
      HUB_JWT_SECRET: TEST_JWT_SECRET,
      HUB_DATA_KEY: 'a'.repeat(64),
      HUB_SEED_DEMO: 'false',
      HUB_TODAY: today,
      LOG_LEVEL: 'warn',
      HUB_DB_LOCK_TIMEOUT_MS: '20000',
    };
    const child = spawn(process.execPath, ['dist/src/main.js'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the hub did not start: ${output}`)), 60_000);
      child.stdout!.on('data', () => {
        const match = /listening on (http:\/\/\S+\/graphql)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });
    const holder = new pg.Client({ connectionString: t.config.databaseUrl! });
    await holder.connect();
    await holder.query('begin');
    await holder.query('select 1 from facility where id = $1 for update', [shelter.id]);
    const token = await signDevelopmentToken(TEST_JWT_SECRET, { role: 'MOPS_WORKER', sub: 'sigterm', org: DEMO_ORGANISATIONS.mops });
    const inFlight = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'authorization': `Bearer ${token}` },
      body: JSON.stringify({ query: REPORT, variables: { f: shelter.id, d: today } }),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as GraphQLResponse }));
    await sleep(500);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    await sleep(500);
    await holder.query('rollback');
    await holder.end();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(await exited).toBe(0);
    expect(output).toMatch(/SIGTERM/);
  });
});
