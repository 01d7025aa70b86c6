/**
 * Load benchmark of the registry: a generated city in a fresh database, the real server in a child
 * process, autocannon at 10 connections against it. Prints requests/s and p50/p99 latency per
 * scenario; with --record, appends them to bench/RESULTS.md.
 *
 *   DATABASE_URL=postgres://… npm run bench -- [--facilities 20000] [--reports 30] [--duration 10] [--record]
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createScratchDatabase } from '../src/core/db/scratch-database.js';
import { signDevelopmentToken } from '../src/core/auth/dev-tokens.js';
import { DEVELOPMENT_JWT_SECRET } from '../src/config.js';
import { migrate, openDatabase } from '../src/core/db/database.js';
import { seedOnce } from '../src/core/db/seeding.js';
import { todayInWarsaw } from '../src/core/graphql/scalars.js';
import { hubEntities } from '../src/hub.js';
import { MIGRATIONS } from '../src/migrations/index.js';
import { seedDemoCity } from '../seeds/demo-city.js';
import { generateScaleData } from '../seeds/scale.js';
import { PeselProtection } from '../src/core/personal-data/pesel-protection.js';

const { values } = parseArgs({
  options: {
    facilities: { type: 'string', default: '20000' },
    reports: { type: 'string', default: '30' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    record: { type: 'boolean', default: false },
  },
});
const facilities = Number(values.facilities);
const serverUrl = process.env.DATABASE_URL ?? null;

/** A database of its own: a new one on the PostgreSQL server, or a PGlite folder in /tmp. */
async function prepareDatabase(): Promise<{ env: Record<string, string>; cleanup(): Promise<void> }> {
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl, 'splot_bench');
    return { env: { DATABASE_URL: scratch.url }, cleanup: scratch.drop };
  }
  const dir = mkdtempSync(join(tmpdir(), 'splot-bench-'));
  return { env: { HUB_DATA_DIR: dir }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

const database = await prepareDatabase();
try {
  const dataKey = randomBytes(32).toString('hex');
  const env: NodeJS.ProcessEnv = { ...process.env, ...database.env, PORT: '4999', HUB_SEED_DEMO: 'false', HUB_JWT_SECRET: '', HUB_DATA_KEY: dataKey, LOG_LEVEL: 'warn' };
  {
    const db = await openDatabase({
      databaseUrl: env.DATABASE_URL ?? null,
      pgliteDataDir: env.DATABASE_URL ? 'memory://' : join(env.HUB_DATA_DIR!, 'pglite'),
      entities: hubEntities(),
      migrations: MIGRATIONS,
    });
    await migrate(db);
    await seedOnce(db.em, 'demo-city', (em) => seedDemoCity(em, new PeselProtection(Buffer.from(dataKey, 'hex'))));
    const started = Date.now();
    await generateScaleData(db.em.fork(), {
      facilities: facilities - 186,
      reportsPerFacility: Number(values.reports),
      today: todayInWarsaw(),
      onProgress: (done, total) => process.stdout.write(`\rgenerating ${done}/${total} facilities`),
    });
    console.log(`\ngenerated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await db.close(true);
  }

  // The same flags as npm start.
  const server = spawn(process.execPath, ['--max-semi-space-size=32', 'dist/src/main.js'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch('http://127.0.0.1:4999/readyz')).ok) break;
      } catch {
        // not listening yet
      }
      if (i > 600) throw new Error('the server did not become ready');
      await new Promise((r) => setTimeout(r, 100));
    }
    const token = await signDevelopmentToken(DEVELOPMENT_JWT_SECRET, { role: 'ANALYST', sub: 'bench' });
    const past = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    // Cursors of every page, so that one scenario can ask for a different page (and size) each time
    // and measure the work behind a cache miss rather than the response cache.
    const cursors: (string | null)[] = [null];
    for (;;) {
      const response = await fetch('http://127.0.0.1:4999/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'query($after: String) { facilities(first: 50, after: $after) { pageInfo { hasNextPage endCursor } } }', variables: { after: cursors[cursors.length - 1] } }),
      });
      const page = ((await response.json()) as { data: { facilities: { pageInfo: { hasNextPage: boolean; endCursor: string } } } }).data.facilities.pageInfo;
      if (!page.hasNextPage) break;
      cursors.push(page.endCursor);
    }
    let missCounter = 0;
    const uncachedPage = () => {
      const i = missCounter++;
      return JSON.stringify({
        query: 'query($first: Int, $after: String) { facilities(first: $first, after: $after) { totalCount edges { cursor node { id name type declaredCapacity operator { name kind } unit { code } district { name } occupancy { occupiedPlaces freePlaces } } } pageInfo { endCursor } } }',
        variables: { first: 41 + ((i / cursors.length) | 0) % 20, after: cursors[i % cursors.length] },
      });
    };
    const scenarios: { name: string; query: string; body?: () => string }[] = [
      { name: 'facilities(first: 41..60) on a different page each time (response-cache misses)', query: '', body: uncachedPage },
      { name: 'facilities(first: 50) with operator, unit, district, occupancy', query: '{ facilities(first: 50) { totalCount edges { cursor node { id name type declaredCapacity operator { name kind } unit { code } district { name } occupancy { occupiedPlaces freePlaces } } } pageInfo { endCursor } } }' },
      { name: 'facilities(first: 50, filter: shelters with free places, search)', query: '{ facilities(first: 50, filter: { types: [NIGHT_SHELTER, HOMELESS_SHELTER, WARMING_CENTRE], hasFreePlaces: true, search: "nr 1" }) { edges { node { id name occupancy { freePlaces } } } } }' },
      { name: 'capacityOverview by TYPE (today)', query: '{ capacityOverview(groupBy: [TYPE]) { type facilities declaredCapacity occupiedPlaces freePlaces } }' },
      { name: 'capacityOverview by TYPE, DISTRICT (today)', query: '{ capacityOverview(groupBy: [TYPE, DISTRICT]) { type district { name } facilities declaredCapacity occupiedPlaces freePlaces } }' },
      { name: 'capacityOverview by TYPE, asOf 10 days ago (history)', query: `{ capacityOverview(groupBy: [TYPE], asOf: "${past}") { type facilities occupiedPlaces freePlaces } }` },
    ];
    const rows: string[] = [];
    for (const scenario of scenarios) {
      // A short unmeasured run first, so that JIT warm-up and cold caches do not land in the figures.
      const request: autocannon.Options = {
        url: 'http://127.0.0.1:4999/graphql',
        method: 'POST' as const,
        connections: Number(values.connections),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        ...(scenario.body
          ? { requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, body: scenario.body!() }) }] }
          : { body: JSON.stringify({ query: scenario.query }) }),
      };
      if (!scenario.body) await autocannon({ ...request, duration: 2 });
      const result = await autocannon({ ...request, duration: Number(values.duration) });
      const line = `| ${scenario.name} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result.non2xx + result.errors} |`;
      rows.push(line);
      console.log(line);
    }
    if (values.record) {
      const header = `\n### ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${serverUrl ? 'PostgreSQL' : 'PGlite'} · ${facilities} facilities × ${values.reports} reports · ${values.connections} connections · Node ${process.version}\n\n| scenario | req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|\n`;
      appendFileSync('bench/RESULTS.md', header + rows.join('\n') + '\n');
    }
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
} finally {
  await database.cleanup();
}
