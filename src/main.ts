import { ConfigError, loadConfig } from './config.js';
import { signDevelopmentToken } from './core/auth/dev-tokens.js';
import { startHub } from './hub.js';
import { databaseErrorToGraphQL } from './core/db/database-errors.js';
import { runSql } from './core/db/sql.js';
import { DEMO_ORGANISATIONS } from '../seeds/demo-ids.js';

try {
  const config = loadConfig();
  const hub = await startHub(config);
  const serving = config.subgraphs ? `Splot subgraph of ${config.subgraphs.join(', ')}` : 'Splot hub';
  console.log(`${serving} listening on ${hub.url} (database: ${config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.pgliteDataDir}`})`);
  console.log(`Open ${hub.url} in a browser for the GraphQL IDE; health: /healthz, readiness: /readyz.`);
  if (config.jwt.usesDevelopmentSecret) {
    console.log('\nDEVELOPMENT tokens (signed with the built-in development secret; valid 30 days). Send as "Authorization: Bearer <token>":');
    const roles = [
      { role: 'ADMIN', org: null },
      { role: 'ANALYST', org: null },
      { role: 'MOPS_WORKER', org: DEMO_ORGANISATIONS.mops },
      { role: 'NGO_STAFF', org: DEMO_ORGANISATIONS.ngo },
      { role: 'LABOUR_OFFICE', org: DEMO_ORGANISATIONS.labourOffice },
    ] as const;
    for (const { role, org } of roles) {
      const token = await signDevelopmentToken(config.jwt.secret!, { role, sub: `dev-${role.toLowerCase()}`, org, expiresIn: '30d' });
      console.log(`\n${role}${org ? ` (org ${org})` : ''}:\n${token}`);
    }
    console.log('\nPUBLIC: send no Authorization header.');
  }
  const [{ organisations, districts }] = (await runSql<{ organisations: number; districts: number }>(
    hub.db.em.fork(),
    'select (select count(*)::int from organisation) as organisations, (select count(*)::int from district) as districts',
  )) as [{ organisations: number; districts: number }];
  if (organisations === 0 && districts === 0) {
    console.log(`
The hub is empty: set up your city (README, "Going live").
  1. An ADMIN token: ${config.jwt.secret ? '`npm run admin:create` prints one (signed with HUB_JWT_SECRET)' : 'from your identity provider (a user whose role claim maps to ADMIN)'}.
  2. Load the registers you keep, in this order, each as CSV or XLSX (try ?dryRun=true first):
       POST ${hub.url.replace(/\/graphql$/, '')}/import/organisations, then /import/units, /import/districts,
       /import/facilities, /import/carers, /import/participants  (Authorization: Bearer <token>)
  3. Or set up districts and units with the ADMIN mutations (createWelfareUnit, createDistrict).`);
  }
  const shutdown = async (signal: string) => {
    console.log(`${signal}: no new requests; finishing those in flight, then closing the database`);
    try {
      await hub.stop();
      console.log('stopped cleanly');
      process.exit(0);
    } catch (error) {
      console.error('stopping failed', error);
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(2);
  }
  if (databaseErrorToGraphQL(error)) {
    const code = (error as { code?: string }).code;
    console.error(`The database did not answer${code ? ` (${code})` : ''}: check DATABASE_URL and that PostgreSQL is running, then start again.`);
    process.exit(1);
  }
  throw error;
}
