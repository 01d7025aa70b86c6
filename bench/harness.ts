import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openDatabase, type EntityManager } from '../src/core/db/database.js';
import { createScratchDatabase } from '../src/core/db/scratch-database.js';
import { seedOnce } from '../src/core/db/seeding.js';
import { PeselProtection } from '../src/core/personal-data/pesel-protection.js';
import { hubEntities } from '../src/hub.js';
import { MIGRATIONS } from '../src/migrations/index.js';
import { seedDemoCity } from '../seeds/demo-city.js';
import { clockFor } from '../src/core/clock.js';
import { loadConfig } from '../src/config.js';

/**
 * What every benchmark needs: a database of its own (a new one on the PostgreSQL server of
 * DATABASE_URL, or a PGlite folder in /tmp), the demo city in it, the real server in a child process
 * with the flags of `npm start`, and the results appended to bench/RESULTS.md.
 */
export interface BenchDatabase {
  /** Environment of the server process: its database, port, data key and a quiet log. */
  env: NodeJS.ProcessEnv;
  /** The data key of the server, so that generated PESEL hashes match its look-ups. */
  pesel: PeselProtection;
  url: string;
  onPostgres: boolean;
  /** The day the benchmark runs on: the hub's clock as the server will read it (`HUB_TODAY` or the machine's). */
  today: string;
  cleanup(): Promise<void>;
}

export async function prepareBenchDatabase(port: number, extraEnv: Record<string, string> = {}): Promise<BenchDatabase> {
  const serverUrl = process.env.DATABASE_URL ?? null;
  let database: { env: Record<string, string>; cleanup(): Promise<void> };
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl, 'splot_bench');
    database = { env: { DATABASE_URL: scratch.url }, cleanup: scratch.drop };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'splot-bench-'));
    database = { env: { HUB_DATA_DIR: dir }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const dataKey = randomBytes(32).toString('hex');
  return {
    env: {
      ...process.env,
      ...database.env,
      PORT: String(port),
      HUB_SEED_DEMO: 'false',
      HUB_JWT_SECRET: '',
      HUB_DATA_KEY: dataKey,
      LOG_LEVEL: 'warn',
      ...extraEnv,
    },
    pesel: new PeselProtection(Buffer.from(dataKey, 'hex')),
    url: `http://127.0.0.1:${port}/graphql`,
    onPostgres: serverUrl !== null,
    today: clockFor(loadConfig().fixedToday).today(),
    // BENCH_KEEP_DATABASE=1 leaves the generated database for EXPLAIN ANALYZE.
    cleanup: async () => (process.env.BENCH_KEEP_DATABASE ? console.log('kept', database.env, 'HUB_DATA_KEY', dataKey) : database.cleanup()),
  };
}

/** Migrates the database, seeds the demo city, and lets `generate` add the benchmark's data. */
export async function generateData<T>(bench: BenchDatabase, generate: (em: EntityManager) => Promise<T>): Promise<T> {
  const db = await openDatabase({
    databaseUrl: bench.env.DATABASE_URL ?? null,
    pgliteDataDir: bench.env.DATABASE_URL ? 'memory://' : join(bench.env.HUB_DATA_DIR!, 'pglite'),
    entities: hubEntities(),
    migrations: MIGRATIONS,
  });
  try {
    await migrate(db);
    await seedOnce(db.em, 'demo-city', (em) => seedDemoCity(em, bench.pesel, bench.today));
    return await generate(db.em.fork());
  } finally {
    await db.close(true);
  }
}

function cpuProfileFlags(): string[] {
  const dir = process.env.BENCH_CPU_PROFILE_DIR;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

/** Runs `fn` while the real server, started as `npm start` starts it, answers on the bench's port. */
export async function withServer<T>(bench: BenchDatabase, fn: () => Promise<T>): Promise<T> {
  return withProcesses([{ script: 'dist/src/main.js', env: bench.env, readyUrl: bench.url.replace('/graphql', '/readyz') }], fn);
}

export interface BenchProcess {
  /** A built script under dist/, run with the flags of `npm start`. */
  script: string;
  env: NodeJS.ProcessEnv;
  /** Answers 2xx once the process serves. */
  readyUrl: string;
  /** The request to send it, when not a plain GET. */
  readyRequest?: RequestInit;
}

/** Starts the processes one after the other, each once the one before is ready, runs `fn`, and stops them all. */
export async function withProcesses<T>(processes: BenchProcess[], fn: () => Promise<T>): Promise<T> {
  const running: ReturnType<typeof spawn>[] = [];
  try {
    for (const p of processes) {
      // The flags and environment of `npm run serve`: a bounded old space keeps the resident memory
      // flat under load (V8 otherwise grows its heap towards the machine's size before it compacts).
      running.push(
        // BENCH_CPU_PROFILE_DIR=dir writes each process's CPU profile there when it stops (node --cpu-prof).
        spawn(process.execPath, ['--max-semi-space-size=32', '--max-old-space-size=384', ...cpuProfileFlags(), p.script], {
          env: { MALLOC_ARENA_MAX: '2', ...p.env },
          stdio: ['ignore', 'ignore', 'inherit'],
        }),
      );
      for (let i = 0; ; i++) {
        try {
          if ((await fetch(p.readyUrl, p.readyRequest)).ok) break;
        } catch {
          // not listening yet
        }
        if (i > 600) throw new Error(`${p.script} did not become ready at ${p.readyUrl}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    return await fn();
  } finally {
    for (const server of running.reverse()) {
      server.kill('SIGTERM');
      if (server.exitCode === null) await new Promise((resolve) => server.once('exit', resolve));
    }
  }
}

/** Appends a titled table of result rows to bench/RESULTS.md. */
export function recordResults(title: string, columns: string[], rows: string[]): void {
  const header = `\n### ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${title} · Node ${process.version}\n\n| ${columns.join(' | ')} |\n|${columns.map(() => '---').join('|')}|\n`;
  appendFileSync('bench/RESULTS.md', header + rows.join('\n') + '\n');
}
