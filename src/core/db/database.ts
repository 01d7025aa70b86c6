import { mkdirSync } from 'node:fs';
import { MikroORM as PgliteMikroORM } from '@mikro-orm/pglite';
import { MikroORM as PostgreSqlMikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Constructor, EntitySchema, MikroORM, SqlEntityManager } from '@mikro-orm/sql';
import type { Migration } from '@mikro-orm/migrations';
import type { DatabaseLimits } from '../../config.js';
import type { Clock } from '../clock.js';
import { dateRecordsBy } from './record-time.js';

export type Database = MikroORM;
export type EntityManager = SqlEntityManager;

export interface DatabaseOptions {
  /** PostgreSQL connection string; when null the embedded PGlite database is used. */
  databaseUrl: string | null;
  /** PGlite folder, or `memory://` for a throw-away database. */
  pgliteDataDir: string;
  /** A PGlite image (`pgliteImageOf`) that an in-memory database starts from, instead of an empty cluster. */
  pgliteImage?: Blob;
  entities: EntitySchema<any, any>[];
  migrations: { name: string; class: Constructor<Migration> }[];
  /** Sees every SQL statement sent; tests count them to keep list fields free of N+1. */
  onQuery?: (sql: string) => void;
  /** Pool size and timeouts on PostgreSQL (config.ts `DatabaseLimits`); PGlite has one in-process connection. */
  limits?: DatabaseLimits;
  /** The clock records' `createdAt` and the like are written by (record-time.ts); the machine's without one. */
  clock?: Clock;
}

/**
 * Opens MikroORM on PGlite (embedded, one connection, the default) or on a PostgreSQL server
 * (`DATABASE_URL`). Both run the same committed migrations and the same entities.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const db = await openOrm(options);
  if (options.clock) dateRecordsBy(db, options.clock);
  return db;
}

async function openOrm(options: DatabaseOptions): Promise<Database> {
  const common = {
    entities: options.entities,
    extensions: [Migrator] as (typeof Migrator)[],
    migrations: {
      migrationsList: options.migrations,
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      silent: true,
    } as const,
    // Entities are plain objects defined with defineEntity: no reflection at runtime.
    discovery: { warnWhenNoEntities: true },
    allowGlobalContext: false,
    ensureDatabase: false,
    debug: false,
    onQuery: (sql: string) => {
      options.onQuery?.(sql);
      return sql;
    },
  };
  if (options.databaseUrl) {
    const limits = options.limits;
    return (await PostgreSqlMikroORM.init({
      ...common,
      clientUrl: options.databaseUrl,
      pool: { max: limits?.poolSize ?? 10, idleTimeoutMillis: 10_000 },
      // Passed to pg's Pool and each of its clients: a server that is down, slow or holding a lock
      // fails a statement within these bounds instead of holding a pooled connection for ever.
      driverOptions: limits
        ? {
            connectionTimeoutMillis: limits.acquireTimeoutMs,
            statement_timeout: limits.statementTimeoutMs,
            lock_timeout: limits.lockTimeoutMs,
            idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
            keepAlive: true,
          }
        : undefined,
    })) as unknown as Database;
  }
  const inMemory = options.pgliteDataDir.startsWith('memory:');
  if (!inMemory) mkdirSync(options.pgliteDataDir, { recursive: true });
  if (options.pgliteImage && !inMemory) throw new Error('A PGlite image starts an in-memory database only; a data folder keeps its own contents');
  return (await PgliteMikroORM.init({
    ...common,
    dbName: options.pgliteDataDir,
    // PGlite's own option: the cluster is unpacked from the image rather than created (initdb).
    // Given as a function, because MikroORM deep-copies an options object and a copied Blob is unreadable.
    driverOptions: options.pgliteImage ? () => ({ loadDataDir: options.pgliteImage }) : undefined,
  })) as unknown as Database;
}

/**
 * The whole PGlite cluster of `db` as an image (PGlite's data-folder dump, uncompressed: unpacking
 * it is what a copy waits for). A database opened with it as `pgliteImage` starts with the same contents.
 */
export async function pgliteImageOf(db: Database): Promise<Blob> {
  const connection = db.driver.getConnection() as unknown as { getNativeClient(): Promise<{ dumpDataDir?(compression: 'none'): Promise<Blob> }> };
  const pglite = await connection.getNativeClient();
  if (!pglite.dumpDataDir) throw new Error('Only a PGlite database has an image');
  return pglite.dumpDataDir('none');
}

/** Applies every committed migration that has not run yet. */
export async function migrate(db: Database): Promise<string[]> {
  const applied = await db.migrator.up();
  return applied.map((m) => m.name);
}

/** Connections of the PostgreSQL pool as `pg` counts them: opened, idle, and requests waiting for one. */
export interface PoolCounts {
  total: number;
  idle: number;
  waiting: number;
}

/** The pool's connections on PostgreSQL (metrics, fault tests); null on PGlite, which has one in-process connection. */
export async function poolCounts(db: Database): Promise<PoolCounts | null> {
  const connection = (db as unknown as { driver: { getConnection(): { getNativeClient?(): Promise<unknown> } } }).driver.getConnection();
  const pool = (await connection.getNativeClient?.()) as { totalCount?: number; idleCount?: number; waitingCount?: number } | undefined;
  if (!pool || typeof pool.totalCount !== 'number') return null;
  return { total: pool.totalCount, idle: pool.idleCount ?? 0, waiting: pool.waitingCount ?? 0 };
}
