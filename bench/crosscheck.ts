/**
 * Load benchmark of labour-office cross-checks (issue 5): 500,000 persons (a fifth of them taking
 * part in a KIS or CIS) in a fresh database, the real server in a child process, then autocannon
 * at one connection sending `crossCheckPersons` with 10,000 PESELs each time (target: under 500 ms).
 * The batch mixes persons taking part, persons never seen and a few invalid PESELs. Each call also
 * writes 10,000 audit lines, which is part of what is measured.
 *
 *   DATABASE_URL=postgres://… npm run bench:crosscheck -- [--persons 500000] [--duration 15] [--record]
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { DEVELOPMENT_JWT_SECRET } from '../src/config.js';
import { signDevelopmentToken } from '../src/core/auth/dev-tokens.js';
import { migrate, openDatabase } from '../src/core/db/database.js';
import { createScratchDatabase } from '../src/core/db/scratch-database.js';
import { seedOnce } from '../src/core/db/seeding.js';
import { PeselProtection } from '../src/core/personal-data/pesel-protection.js';
import { hubEntities } from '../src/hub.js';
import { MIGRATIONS } from '../src/migrations/index.js';
import { DEMO_ORGANISATIONS } from '../seeds/demo-ids.js';
import { seedDemoCity } from '../seeds/demo-city.js';
import { seededRandom } from '../seeds/random.js';
import { syntheticPesel } from '../seeds/synthetic-pesel.js';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '500000' },
    duration: { type: 'string', default: '15' },
    record: { type: 'boolean', default: false },
  },
});
const serverUrl = process.env.DATABASE_URL ?? null;
const PORT = 4997;
const BATCH = 10_000;
const CHUNK = 25_000;

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
  const protection = new PeselProtection(Buffer.from(dataKey, 'hex'));
  const env: NodeJS.ProcessEnv = {
    ...process.env, ...database.env, PORT: String(PORT), HUB_SEED_DEMO: 'false', HUB_JWT_SECRET: '', HUB_DATA_KEY: dataKey, LOG_LEVEL: 'warn',
    HUB_CROSSCHECK_PESELS_PER_HOUR: '1000000000',
  };
  const r = seededRandom(5);
  const known: string[] = [];
  {
    const db = await openDatabase({ databaseUrl: env.DATABASE_URL ?? null, pgliteDataDir: env.DATABASE_URL ? 'memory://' : join(env.HUB_DATA_DIR!, 'pglite'), entities: hubEntities(), migrations: MIGRATIONS });
    await migrate(db);
    await seedOnce(db.em, 'demo-city', (em) => seedDemoCity(em, protection));
    const em = db.em.fork();
    const started = Date.now();
    const total = Number(values.persons);
    const seen = new Set<string>();
    // Real keyed hashes (the look-up must find them); the ciphertext is a placeholder nobody reads here.
    for (let done = 0; done < total; ) {
      const chunk: { pesel_hash: string; n: number }[] = [];
      while (chunk.length < CHUNK && done + chunk.length < total) {
        const pesel = syntheticPesel(r, `${r.int(1950, 2005)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`, r.next() < 0.5 ? 'MALE' : 'FEMALE');
        if (seen.has(pesel)) continue;
        seen.add(pesel);
        if (known.length < BATCH && r.next() < 0.05) known.push(pesel);
        chunk.push({ pesel_hash: protection.lookupHash(pesel), n: done + chunk.length });
      }
      await em.execute(
        `insert into person (id, first_name, last_name, search_name, pesel_hash, pesel_ciphertext, birth_date, sex, created_at, updated_at)
         select gen_random_uuid(), 'Jan', 'Osoba ' || x.n, 'osoba ' || x.n, x.pesel_hash, 'v1:placeholder', '1980-01-01', 'MALE', now(), now()
           from jsonb_to_recordset(?::jsonb) as x(pesel_hash text, n int)
         on conflict (pesel_hash) do nothing`,
        [JSON.stringify(chunk)],
      );
      done += chunk.length;
      process.stdout.write(`\rgenerated ${done.toLocaleString('en')} persons`);
    }
    const [cis] = await em.execute<{ id: string }[]>(`select id from facility where type = 'SOCIAL_INTEGRATION_CENTRE' order by name limit 1`);
    await em.execute(
      `insert into participation (id, person_id, facility_id, programme, eligibility_category, referral_source, programme_document_kind, programme_signed_on,
         start_date, planned_end_date, end_date, end_reason, outcome, enrolled_by, created_at, updated_at)
       select gen_random_uuid(), id, ?, 'CIS', 'HOMELESS', 'WELFARE_CENTRE', 'IPZS', '2025-01-02', '2025-01-02', '2025-12-01',
              case when random() < 0.5 then '2025-06-30'::date end, null, null, 'bench', now(), now()
         from person where last_name like 'Osoba %' and random() < 0.2`,
      [cis!.id],
    );
    // As a long-running database would be: statistics fresh, visibility map set (index-only scans).
    await em.execute('vacuum analyze');
    console.log(`\n${total.toLocaleString('en')} persons in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await db.close(true);
  }
  // A batch: persons known to the hub (some taking part), persons it never saw, and a few invalid numbers.
  const pesels = Array.from({ length: BATCH }, (_, i) => (i % 100 === 99 ? '12345678901' : i % 2 ? known[i % known.length]! : syntheticPesel(r, '1999-09-09', 'FEMALE')));

  if (process.env.BENCH_KEEP_DATABASE) (await import('node:fs')).writeFileSync('/tmp/crosscheck-bench.json', JSON.stringify({ dataKey, pesels, env: database.env }));
  const server = spawn(process.execPath, ['--max-semi-space-size=32', 'dist/src/main.js'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${PORT}/readyz`)).ok) break;
      } catch {
        // not listening yet
      }
      if (i > 600) throw new Error('the server did not become ready');
      await new Promise((res) => setTimeout(res, 100));
    }
    const token = await signDevelopmentToken(DEVELOPMENT_JWT_SECRET, { role: 'LABOUR_OFFICE', sub: 'bench', org: DEMO_ORGANISATIONS.labourOffice });
    const request: autocannon.Options = {
      url: `http://127.0.0.1:${PORT}/graphql`, method: 'POST', connections: 1,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query($p: [String!]!) { crossCheckPersons(pesels: $p, purpose: REFERRAL) { index status participation { programme facilityId startDate endDate } } }', variables: { p: pesels } }),
    };
    await autocannon({ ...request, duration: 3 });
    const result = await autocannon({ ...request, duration: Number(values.duration) });
    const line = `| crossCheckPersons, ${BATCH.toLocaleString('en')} PESELs (half known, 1% invalid) against ${Number(values.persons).toLocaleString('en')} persons, 1 connection | ${result.requests.average.toFixed(1)} | ${result.latency.p50} | ${result.latency.p99} | ${result.non2xx + result.errors} |`;
    console.log(line);
    if (values.record) {
      const header = `\n### ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · cross-checks · ${serverUrl ? 'PostgreSQL' : 'PGlite'} · Node ${process.version}\n\n| scenario | req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|\n`;
      appendFileSync('bench/RESULTS.md', header + line + '\n');
    }
  } finally {
    server.kill('SIGTERM');
    await new Promise((res) => server.once('exit', res));
  }
} finally {
  // BENCH_KEEP_DATABASE=1 leaves the generated database for EXPLAIN ANALYZE.
  if (process.env.BENCH_KEEP_DATABASE) console.log('kept', database.env, 'HUB_DATA_KEY', process.env.BENCH_SHOW_KEY ? 'shown' : '');
  else await database.cleanup();
}
