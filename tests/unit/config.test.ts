import { describe, expect, it } from 'vitest';
import { ConfigError, DEVELOPMENT_JWT_SECRET, loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('runs embedded with the development secret and the demo city when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ databaseUrl: null, port: 4000, seedDemo: true, production: false });
    expect(config.jwt).toMatchObject({ secret: DEVELOPMENT_JWT_SECRET, usesDevelopmentSecret: true });
    expect(config.pgliteDataDir).toMatch(/\.data\/pglite$/);
  });

  it('reads which claims carry the role and organisation, and a map of an identity provider\u2019s groups to roles', () => {
    expect(loadConfig({}).jwt).toMatchObject({ roleClaim: 'role', orgClaim: 'org', roleMap: new Map() });
    const keycloak = loadConfig({
      HUB_JWT_ROLE_CLAIM: 'realm_access.roles',
      HUB_JWT_ORG_CLAIM: 'splot_org',
      HUB_JWT_ROLE_MAP: 'splot-admins=ADMIN, /Grupa MOPS=MOPS_WORKER',
    });
    expect(keycloak.jwt).toMatchObject({
      roleClaim: 'realm_access.roles',
      orgClaim: 'splot_org',
      roleMap: new Map([
        ['splot-admins', 'ADMIN'],
        ['/Grupa MOPS', 'MOPS_WORKER'],
      ]),
    });
    expect(() => loadConfig({ HUB_JWT_ROLE_MAP: 'splot-admins=MAYOR' })).toThrow(ConfigError);
  });

  it('serves the whole schema unless HUB_SUBGRAPHS names modules to serve as a subgraph', () => {
    expect(loadConfig({}).subgraphs).toBeNull();
    expect(loadConfig({ HUB_SUBGRAPHS: ' registry, integration ,registry,' }).subgraphs).toEqual(['registry', 'integration']);
  });

  it('does not seed demo data into a PostgreSQL server unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://x@localhost/db' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://x@localhost/db', HUB_SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('refuses the development secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(loadConfig({ NODE_ENV: 'production', HUB_JWKS_URL: 'https://idp.example/jwks', HUB_DATA_KEY: 'k'.repeat(64) }).jwt.secret).toBeNull();
  });

  it('refuses to run in production without the key that protects PESELs', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', HUB_JWKS_URL: 'https://idp.example/jwks' })).toThrow(/HUB_DATA_KEY/);
  });

  it('keeps the generated data key beside the embedded database', () => {
    expect(loadConfig({}).dataKeyFile).toMatch(/\.data\/data\.key$/);
    expect(loadConfig({ HUB_DATA_KEY: 'a'.repeat(64) }).dataKey).toBe('a'.repeat(64));
  });

  it('refuses a short secret, a bad port and a bad flag', () => {
    expect(() => loadConfig({ HUB_JWT_SECRET: 'short' })).toThrow(/32 characters/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ HUB_SEED_DEMO: 'maybe' })).toThrow(/HUB_SEED_DEMO/);
  });
});
