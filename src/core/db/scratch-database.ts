import pg from 'pg';

/**
 * A throw-away database on a PostgreSQL server, for tests and benchmarks that must not share data:
 * created with a unique name next to the database of `serverUrl`, dropped (forcibly) afterwards.
 */
export async function createScratchDatabase(serverUrl: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
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
