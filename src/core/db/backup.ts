import { execFile } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { extract } from 'tar';
import type { Database } from './database.js';

const run = promisify(execFile);

/**
 * Backups of the hub's database, whole and consistent, as files an operator can copy:
 * - embedded (PGlite): the cluster's data folder as a gzipped tarball (PGlite's own dump), taken
 *   with the hub stopped, since PGlite is a database in one process; restored into an empty folder;
 * - PostgreSQL: `pg_dump --format=custom` of the database, restored with `pg_restore` into an empty
 *   database (the server's own tools, from the same major version or newer).
 * Either way the PESELs inside stay sealed: they are readable only with the same data key
 * (`HUB_DATA_KEY` or `.data/data.key`), which is backed up apart from the database.
 */
export async function backupEmbedded(db: Database, file: string): Promise<number> {
  const connection = db.driver.getConnection() as unknown as { getNativeClient(): Promise<{ dumpDataDir?(compression: 'gzip'): Promise<Blob> }> };
  const pglite = await connection.getNativeClient();
  if (!pglite.dumpDataDir) throw new Error('The embedded backup is for a PGlite database; with DATABASE_URL the backup is pg_dump');
  const bytes = Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer());
  await writeFile(file, bytes, { mode: 0o600 });
  return bytes.length;
}

/** Unpacks an embedded backup into an empty data folder, which then holds the cluster as it was. */
export async function restoreEmbedded(file: string, dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  if ((await readdir(dataDir)).length > 0) throw new Error(`${dataDir} is not empty: restore into an empty folder`);
  // The tarball names its files from the cluster's root (/PG_VERSION …): unpacked under the folder.
  await extract({ file, cwd: dataDir });
}

export async function backupPostgres(databaseUrl: string, file: string): Promise<void> {
  await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${databaseUrl}`]);
}

/** Restores a `pg_dump` file into an empty database (every table, sequence, function and trigger of the hub). */
export async function restorePostgres(databaseUrl: string, file: string): Promise<void> {
  await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${databaseUrl}`, file]);
}
