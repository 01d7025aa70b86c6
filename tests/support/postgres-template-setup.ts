import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

/**
 * Names this run's template databases (postgres-templates.ts) and drops them when the run ends.
 * The prefix is unique to the run, so two runs on one server never share a template.
 */
export default function postgresTemplates(project: TestProject): (() => Promise<void>) | undefined {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return undefined;
  const prefix = `splot_template_${process.pid}_${randomBytes(4).toString('hex')}`;
  project.provide('postgresTemplatePrefix', prefix);
  return async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${prefix}%`]);
      for (const { datname } of rows) await client.query(`drop database if exists "${datname}"`);
    } finally {
      await client.end();
    }
  };
}
