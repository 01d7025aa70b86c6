/**
 * Writes a migration with the difference between the entities and the committed migrations:
 * applies the existing ones to a throw-away PGlite database, then asks MikroORM for the diff.
 * Usage: npm run migration:create -- <name>
 */
import 'reflect-metadata';
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrate, openDatabase } from '../src/core/db/database.js';
import { MIGRATIONS } from '../src/migrations/index.js';
import { hubEntities } from '../src/hub.js';

const name = process.argv[2];
if (!name || !/^[A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: npm run migration:create -- <Name> (letters and digits)');
  process.exit(2);
}
const db = await openDatabase({ databaseUrl: null, pgliteDataDir: 'memory://', entities: hubEntities(), migrations: MIGRATIONS });
await migrate(db);
const raw = await db.schema.getUpdateSchemaMigrationSQL({ wrap: false });
// The data revision and the history triggers (tables, functions, triggers) are written by hand in migrations, not by entities.
const handWritten = /data_revision|records_state|hub_day/;
const keep = (sql: string) =>
  sql
    .split(/;\s*\n/)
    .filter((s) => !handWritten.test(s))
    .join(';\n');
const diff = { up: keep(raw.up), down: keep(raw.down) };
await db.close(true);
if (!diff.up.trim()) {
  console.log('The entities match the migrations: nothing to write.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const className = `Migration${stamp}${name}`;
const lines = (sql: string) =>
  sql
    .split(/;\s*\n/)
    .map((s) => s.trim().replace(/;$/, ''))
    .filter(Boolean)
    .map((s) => `    this.addSql(${JSON.stringify(s)});`)
    .join('\n');
const source = `import { Migration } from '@mikro-orm/migrations';

export class ${className} extends Migration {
  override async up(): Promise<void> {
${lines(diff.up)}
  }

  override async down(): Promise<void> {
${lines(diff.down)}
  }
}
`;
const dir = join(process.cwd(), 'src', 'migrations');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, `${className}.ts`), source);
const index = readFileSync(join(dir, 'index.ts'), 'utf8');
console.log(
  `Wrote src/migrations/${className}.ts; add it to MIGRATIONS in src/migrations/index.ts (${index.includes(className) ? 'already listed' : 'not yet listed'}).`,
);
