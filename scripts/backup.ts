/**
 * Backs up the hub's database into a file: npm run backup [-- --file <path>]
 * Embedded (PGlite): stop the hub first (its database lives in one process). PostgreSQL
 * (DATABASE_URL): pg_dump, while the hub runs. Either way, keep the data key apart from the file.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { clockFor } from '../src/core/clock.js';
import { backupEmbedded, backupPostgres } from '../src/core/db/backup.js';
import { openDatabase } from '../src/core/db/database.js';
import { hubEntities } from '../src/hub.js';
import { MIGRATIONS } from '../src/migrations/index.js';

const { values } = parseArgs({ options: { file: { type: 'string' } } });
const config = loadConfig();
const stamp = clockFor(config.fixedToday).now().toISOString().slice(0, 16).replace(/[:T]/g, '-');
const file = resolve(values.file ?? resolve(config.dataDir, 'backups', `splot-${stamp}.${config.databaseUrl ? 'dump' : 'tar.gz'}`));
mkdirSync(resolve(file, '..'), { recursive: true });

if (config.databaseUrl) {
  await backupPostgres(config.databaseUrl, file);
  console.log(`Backed up the PostgreSQL database into ${file} (pg_dump, custom format); restore it with npm run restore -- --file ${file}.`);
} else {
  const running = await fetch(`http://${config.host}:${config.port}/healthz`).then(
    () => true,
    () => false,
  );
  if (running) {
    console.error(
      `A hub answers on ${config.host}:${config.port}: stop it first. Its embedded database lives in one process, and a copy taken beside it would not be consistent.`,
    );
    process.exit(1);
  }
  const db = await openDatabase({ databaseUrl: null, pgliteDataDir: config.pgliteDataDir, entities: hubEntities(), migrations: MIGRATIONS });
  try {
    const bytes = await backupEmbedded(db, file);
    console.log(`Backed up the embedded database (${config.pgliteDataDir}) into ${file} (${(bytes / 1e6).toFixed(1)} MB).`);
  } finally {
    await db.close(true);
  }
}
console.log(
  `The PESELs in it are sealed with the data key (${config.dataKey ? 'HUB_DATA_KEY' : config.dataKeyFile}): keep a copy of the key apart from this file; without it they can never be read or found.`,
);
