/**
 * Restores a backup made by npm run backup: npm run restore -- --file <path>
 * Embedded: into an empty data folder (HUB_DATA_DIR / HUB_PGLITE_DIR), the hub stopped. PostgreSQL:
 * into the empty database of DATABASE_URL. Start the hub with the same data key afterwards; it
 * applies any newer migrations itself (an upgrade).
 */
import { existsSync, readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { restoreEmbedded, restorePostgres } from '../src/core/db/backup.js';

const { values } = parseArgs({ options: { file: { type: 'string' } } });
if (!values.file || !existsSync(values.file)) {
  console.error('Usage: npm run restore -- --file <backup file made by npm run backup>');
  process.exit(2);
}
const config = loadConfig();
if (config.databaseUrl) {
  await restorePostgres(config.databaseUrl, values.file);
  console.log(`Restored ${values.file} into the PostgreSQL database of DATABASE_URL.`);
} else {
  if (existsSync(config.pgliteDataDir) && readdirSync(config.pgliteDataDir).length > 0) {
    console.error(`${config.pgliteDataDir} is not empty: restore into an empty folder (set HUB_DATA_DIR or HUB_PGLITE_DIR), or move the old one aside first.`);
    process.exit(1);
  }
  await restoreEmbedded(values.file, config.pgliteDataDir);
  console.log(`Restored ${values.file} into ${config.pgliteDataDir}.`);
}
console.log('Start the hub with the data key the backup was made with (HUB_DATA_KEY or data.key), or its PESELs cannot be read.');
