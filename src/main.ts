import { ConfigError, loadConfig } from './config.js';
import { signDevelopmentToken } from './core/auth/dev-tokens.js';
import { startHub } from './hub.js';
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
  const shutdown = async () => {
    await hub.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
