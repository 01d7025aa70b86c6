import { createScratchDatabase } from '../../src/core/db/scratch-database.js';
import { loadConfig, type HubConfig } from '../../src/config.js';
import { signDevelopmentToken } from '../../src/core/auth/dev-tokens.js';
import type { Role } from '../../src/core/auth/principal.js';
import { seedOnce } from '../../src/core/db/seeding.js';
import type { EntityManager } from '../../src/core/db/database.js';
import { startHub, type RunningHub } from '../../src/hub.js';
import { FixedClock } from '../../src/core/clock.js';
import { seedDemoCity } from '../../seeds/demo-city.js';
import { DEMO_ORGANISATIONS } from '../../seeds/demo-ids.js';
import { pino } from 'pino';
import { pgliteImageFor, TEST_DATA_KEY } from './pglite-images.js';
import { postgresTemplateFor } from './postgres-templates.js';

/** The demo city's organisation a caller of each role works for (none for PUBLIC, ANALYST and ADMIN). */
export const DEMO_ORGANISATION_OF: Record<Role, string | null> = {
  PUBLIC: null,
  ANALYST: null,
  NGO_STAFF: DEMO_ORGANISATIONS.ngo,
  LABOUR_OFFICE: DEMO_ORGANISATIONS.labourOffice,
  MOPS_WORKER: DEMO_ORGANISATIONS.mops,
  ADMIN: null,
};

export const TEST_JWT_SECRET = 'splot-test-secret-that-is-long-enough-0123456789';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string; details?: { path: string; message: string }[] } & Record<string, unknown>;
  }[];
}

export interface Caller {
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

export interface TestHub {
  hub: RunningHub;
  /** The configuration the hub runs with (a subgraph of the same database starts from it). */
  config: HubConfig;
  /** Callers of another endpoint (a subgraph, a gateway) with the same test tokens. */
  callersAt(url: string): Pick<TestHub, 'as' | 'publicCaller'>;
  url: string;
  /** The day the hub's clock is fixed on (the file's stated date, or SPLOT_TEST_TODAY). */
  today: string;
  /** The hub's clock; `clock.setToday(d)` lets time pass. */
  clock: FixedClock;
  /** A fresh EntityManager on the hub's database, for factories and for checking what was written. */
  em(): EntityManager;
  as(role: Role, organisationId?: string | null, userId?: string): Caller;
  publicCaller: Caller;
  /** Runs `fn` and returns how many SQL statements the hub sent meanwhile. */
  countStatements(fn: () => Promise<unknown>): Promise<{ count: number; statements: string[] }>;
  close(): Promise<void>;
}

/**
 * The day a test file runs on: the date it states, unless the run fixes another for every file
 * (`SPLOT_TEST_TODAY`, which CI sets to the days on which calendars go wrong: month ends, 29
 * February, the change to summer time). No test reads the machine's date.
 */
export function testToday(stated: string): string {
  return process.env.SPLOT_TEST_TODAY || stated;
}

/** Which database the integration tests of this vitest project run on. */
export const TEST_DB = process.env.SPLOT_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

/**
 * Starts the real hub (HTTP server, GraphQL, shield, database with the committed migrations) on a
 * free port and a database of its own: in-memory PGlite, or a fresh database on the PostgreSQL
 * server of TEST_DATABASE_URL.
 */
export async function startTestHub(options: {
  today: string;
  seedDemo?: boolean;
  env?: Record<string, string>;
  databaseServerUrl?: string;
  logLines?: string[];
}): Promise<TestHub> {
  if (TEST_DB === 'postgres' && !process.env.TEST_DATABASE_URL) throw new Error('SPLOT_TEST_DB=postgres needs TEST_DATABASE_URL');
  // A test may bring its own PostgreSQL server (the fault tests restart theirs).
  const serverUrl = options.databaseServerUrl ?? (TEST_DB === 'postgres' ? process.env.TEST_DATABASE_URL! : null);
  // The suite's own server gives a copy of a migrated (and seeded) template; a test's own server an empty database.
  const template =
    serverUrl && serverUrl === process.env.TEST_DATABASE_URL ? await postgresTemplateFor(serverUrl, options.today, Boolean(options.seedDemo)) : undefined;
  const pgDatabase = serverUrl ? await createScratchDatabase(serverUrl, 'splot_test', template) : null;
  const config = loadConfig({
    PORT: '0',
    HUB_PGLITE_DIR: 'memory://',
    HUB_SEED_DEMO: 'false',
    HUB_JWT_SECRET: TEST_JWT_SECRET,
    // The images and templates hubs start from have their PESELs sealed with the test key.
    HUB_DATA_KEY: TEST_DATA_KEY,
    HUB_TODAY: options.today,
    ...(pgDatabase ? { DATABASE_URL: pgDatabase.url } : {}),
    ...options.env,
  });
  let recording: string[] | null = null;
  const clock = new FixedClock(options.today);
  const fromImage = !config.databaseUrl && config.pgliteDataDir.startsWith('memory:') && config.dataKey === TEST_DATA_KEY;
  const hub = await startHub(config, {
    clock,
    pgliteImage: fromImage ? await pgliteImageFor(options.today, Boolean(options.seedDemo)) : undefined,
    onQuery: (sql) => recording?.push(sql),
    // A test that reads the hub's log lines collects them; the others keep it quiet.
    logger: options.logLines
      ? pino({ level: 'info' }, { write: (line: string) => void options.logLines!.push(line) })
      : pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
  });
  if (options.seedDemo) await seedOnce(hub.db.em, 'demo-city', (em) => seedDemoCity(em, hub.pesel, clock.today()));

  return {
    hub,
    config,
    url: hub.url,
    today: options.today,
    clock,
    em: () => hub.db.em.fork(),
    ...callersAt(hub.url),
    callersAt,
    async countStatements(fn) {
      recording = [];
      try {
        await fn();
        return { count: recording.length, statements: recording };
      } finally {
        recording = null;
      }
    },
    async close() {
      await hub.stop();
      await pgDatabase?.drop();
    },
  };
}

const tokens = new Map<string, Promise<string>>();

/** Callers of a GraphQL endpoint with test tokens of each role (or none, for PUBLIC). */
export function callersAt(url: string): Pick<TestHub, 'as' | 'publicCaller'> {
  const caller = (authorization: string | null): Caller => ({
    async query(query, variables) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLResponse;
      return { ...body, status: response.status };
    },
  });
  return {
    publicCaller: caller(null),
    as(role, organisationId = null, userId = `test-${role.toLowerCase()}`) {
      if (role === 'PUBLIC') return caller(null);
      const key = `${role}|${organisationId}|${userId}`;
      if (!tokens.has(key)) tokens.set(key, signDevelopmentToken(TEST_JWT_SECRET, { role, sub: userId, org: organisationId }));
      return {
        query: async (query, variables) => caller(`Bearer ${await tokens.get(key)!}`).query(query, variables),
      };
    },
  };
}

/** The codes of the errors of a response, in order. */
export function errorCodes(response: GraphQLResponse): (string | undefined)[] {
  return (response.errors ?? []).map((e) => e.extensions?.code);
}

/** The input paths of a BAD_USER_INPUT response. */
export function problemPaths(response: GraphQLResponse): string[] {
  return (response.errors ?? []).flatMap((e) => (e.extensions?.details ?? []).map((d) => d.path));
}
