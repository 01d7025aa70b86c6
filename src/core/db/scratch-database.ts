import pg from 'pg';

/** Runs one statement on its own connection to `serverUrl`. */
async function runOn(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The address of database `name` on the server of `serverUrl`. */
export function databaseUrlOf(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A throw-away database on a PostgreSQL server, for tests and benchmarks that must not share data:
 * created with a unique name next to the database of `serverUrl`, dropped (forcibly) afterwards.
 * With `template`, it starts as a copy of that database (which nobody may be connected to).
 */
export async function createScratchDatabase(serverUrl: string, prefix: string, template?: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const run = (sql: string) => runOn(serverUrl, sql);
  await run(`create database "${name}"${template ? ` template "${template}"` : ''}`);
  return {
    url: databaseUrlOf(serverUrl, name),
    // Not `with (force)`: that refuses when an autovacuum worker happens to be in the database and the
    // role may not signal it (PostgreSQL 15). Our own leftover sessions are ended first; a plain drop
    // then cancels autovacuum itself and waits a few seconds for any session still closing.
    drop: async () => {
      await run(
        `select pg_terminate_backend(pid) from pg_stat_activity
          where datname = '${name}' and pid <> pg_backend_pid() and usename = current_user`,
      );
      await run(`drop database if exists "${name}"`);
    },
  };
}
