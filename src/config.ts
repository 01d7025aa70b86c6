import { isAbsolute, resolve } from 'node:path';
import { isIsoDate } from './core/clock.js';

/**
 * Every environment variable the hub reads, parsed once. The defaults describe the embedded mode:
 * `npm start` with nothing set runs on PGlite under `.data/` with a development JWT secret.
 */
export interface HubConfig {
  /** `production` masks internal errors and refuses the development secret. */
  production: boolean;
  host: string;
  port: number;
  /** PostgreSQL connection string; when absent the hub runs on embedded PGlite. */
  databaseUrl: string | null;
  /** Pool size and timeouts on PostgreSQL, so that a slow or absent database fails requests cleanly. */
  database: DatabaseLimits;
  /** A request still unanswered after this many milliseconds gets SERVICE_UNAVAILABLE (`HUB_REQUEST_TIMEOUT_MS`). */
  requestTimeoutMs: number;
  /** Browser origins allowed to call the API (`HUB_CORS_ORIGINS`, comma-separated); empty: none. */
  corsOrigins: string[];
  /** `/readyz` answers 503 when the database does not answer `select 1` within this (`HUB_READINESS_TIMEOUT_MS`). */
  readinessTimeoutMs: number;
  /** Folder for the embedded database and the generated data key. */
  dataDir: string;
  /** The built web app served at `/` (`HUB_WEB_DIR`, default `web/dist` of the working directory). */
  webDir: string;
  /**
   * The city's identity provider for the web app's sign-in (OpenID Connect, authorization code with
   * PKCE): `HUB_OIDC_ISSUER`, `HUB_OIDC_CLIENT_ID`, `HUB_OIDC_SCOPE` (default `openid`) and
   * `HUB_OIDC_RESOURCE` (a resource indicator, RFC 8707, when the provider needs one to issue a JWT
   * access token for the hub). The hub verifies the tokens by `HUB_JWKS_URL` as any other.
   */
  oidc: { authority: string; clientId: string; scope: string; resource: string | null } | null;
  /** PGlite location: a folder, or `memory://` for a throw-away database (tests). */
  pgliteDataDir: string;
  /** Seed the demo city when the database has never been seeded. */
  seedDemo: boolean;
  jwt: JwtConfig;
  logLevel: string;
  /** Largest accepted request body, in bytes (attendance batches of 10,000 entries fit). */
  maxBodyBytes: number;
  /**
   * The key protecting PESELs (`HUB_DATA_KEY`, 32 bytes as hex or base64). Without it the embedded
   * mode generates one into `keyFile` on first start; production refuses to start without it.
   */
  dataKey: string | null;
  /** Where the generated data key lives (mode 0600) when `HUB_DATA_KEY` is not set. */
  dataKeyFile: string;
  /** Limits that protect personal data from bulk harvesting. */
  limits: HubLimits;
  /**
   * The modules to serve as one Federation 2 subgraph (`HUB_SUBGRAPHS=registry,integration`); null
   * (the default) serves the whole schema as one plain GraphQL endpoint.
   */
  subgraphs: string[] | null;
  /**
   * A day to fix the hub's clock on (`HUB_TODAY=2026-10-31`), for development, demonstrations and
   * tests; null (the default) follows the machine's clock. Refused in production.
   */
  fixedToday: string | null;
  /**
   * Introspection and "Did you mean …" suggestions (`HUB_INTROSPECTION`): on in development, off in
   * production, where the schema is published as the committed SDL; the setting overrides both.
   */
  introspection: boolean;
  /** OpenTelemetry tracing (`HUB_TRACING=otlp`); null (the default) creates no span. */
  tracing: TracingConfig | null;
  /**
   * The bearer token a scraper sends for `/metrics` (`HUB_METRICS_TOKEN`, 16 characters or more).
   * Unset, `/metrics` is open in development and closed in production: its figures (operations,
   * error codes, pool use) are for the operator, not for anyone who can reach the port.
   */
  metricsToken: string | null;
  /** The largest file `POST /import/<register>` takes (`HUB_IMPORT_MAX_BYTES`, 20 MB). */
  importMaxBytes: number;
}

export interface TracingConfig {
  /** Where spans are sent by OTLP over HTTP (`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`, or `OTEL_EXPORTER_OTLP_ENDPOINT` + `/v1/traces`). */
  tracesUrl: string;
  /** The service name spans carry (`OTEL_SERVICE_NAME`, default `splot`). */
  serviceName: string;
}

export interface DatabaseLimits {
  /** Connections in the pool (`HUB_DB_POOL_SIZE`). */
  poolSize: number;
  /** A statement running longer is cancelled (`HUB_DB_STATEMENT_TIMEOUT_MS`, PostgreSQL statement_timeout). */
  statementTimeoutMs: number;
  /** A statement waiting longer for a lock gives up (`HUB_DB_LOCK_TIMEOUT_MS`, lock_timeout). */
  lockTimeoutMs: number;
  /** A transaction idle longer is ended by the server (`HUB_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS`). */
  idleInTransactionTimeoutMs: number;
  /** Waiting longer for a pooled connection, or to open one, fails the request (`HUB_DB_ACQUIRE_TIMEOUT_MS`). */
  acquireTimeoutMs: number;
}

export interface HubLimits {
  /** PESELs one user may cross-check per hour (`HUB_CROSSCHECK_PESELS_PER_HOUR`). */
  crossCheckPeselsPerHour: number;
}

export interface JwtConfig {
  /** HS256 secret (development and tests). */
  secret: string | null;
  /** True when the secret is the built-in development one, which is refused in production. */
  usesDevelopmentSecret: boolean;
  /** JWKS endpoint with RS256/ES256 keys (production). */
  jwksUrl: string | null;
  issuer: string | null;
  audience: string | null;
  /**
   * Which claims carry a user's role and organisation, as the city's identity provider issues them
   * (`HUB_JWT_ROLE_CLAIM`, `HUB_JWT_ORG_CLAIM`; a dotted path such as `realm_access.roles` reaches
   * into an object, as Keycloak nests its roles). Default: `role` and `org`.
   */
  roleClaim: string;
  orgClaim: string;
  /**
   * The provider's groups or roles to the hub's roles (`HUB_JWT_ROLE_MAP=splot-admins=ADMIN,mops=MOPS_WORKER`),
   * for a provider that cannot issue the hub's role names (Entra ID groups, Keycloak realm roles).
   * Empty: the claim holds the hub's role name itself.
   */
  roleMap: Map<string, string>;
}

/** Clearly not a secret: it is printed in the README and only ever used in development. */
export const DEVELOPMENT_JWT_SECRET = 'splot-development-secret-do-not-use-in-production';

export class ConfigError extends Error {}

function integer(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function positive(name: string, raw: string | undefined, fallback: number): number {
  const value = integer(name, raw, fallback);
  if (value === 0) throw new ConfigError(`${name} must be greater than 0`);
  return value;
}

/** `https://a.example, https://b.example` → the two origins; each must be an origin (scheme, host, port) or `*`. */
function corsOrigins(raw: string | undefined): string[] {
  const origins = (raw ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let valid = origin === '*';
    try {
      valid ||= new URL(origin).origin === origin;
    } catch {
      // not a URL
    }
    if (!valid) throw new ConfigError(`HUB_CORS_ORIGINS takes origins like https://pulpit.krakow.pl (no path), got "${origin}"`);
  }
  return origins;
}

function flag(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/** `registry, integration` → ['registry', 'integration']; nothing → null. Whether the names exist is the hub's to say. */
function moduleList(raw: string | undefined): string[] | null {
  const names = [
    ...new Set(
      (raw ?? '')
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean),
    ),
  ];
  return names.length ? names : null;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  const production = env.NODE_ENV === 'production';
  const databaseUrl = env.DATABASE_URL || null;
  const dataDir = resolve(env.HUB_DATA_DIR || '.data');
  const jwksUrl = env.HUB_JWKS_URL || null;
  const secret = env.HUB_JWT_SECRET || (jwksUrl ? null : DEVELOPMENT_JWT_SECRET);
  const usesDevelopmentSecret = secret === DEVELOPMENT_JWT_SECRET;
  if (production && usesDevelopmentSecret) {
    throw new ConfigError('NODE_ENV=production needs HUB_JWKS_URL or HUB_JWT_SECRET; the development secret is refused');
  }
  if (secret !== null && !usesDevelopmentSecret && secret.length < 32) {
    throw new ConfigError('HUB_JWT_SECRET must be at least 32 characters long');
  }
  const dataKey = env.HUB_DATA_KEY || null;
  if (production && !dataKey) throw new ConfigError('NODE_ENV=production needs HUB_DATA_KEY: the key that protects every stored PESEL');
  const fixedToday = env.HUB_TODAY || null;
  if (fixedToday !== null && !isIsoDate(fixedToday)) throw new ConfigError(`HUB_TODAY must be a date YYYY-MM-DD, got "${fixedToday}"`);
  if (production && fixedToday)
    throw new ConfigError('NODE_ENV=production refuses HUB_TODAY: a fixed clock would answer every legal question on the wrong day');
  const pgliteDir = env.HUB_PGLITE_DIR || 'pglite';
  return {
    production,
    host: env.HOST || '127.0.0.1',
    port: integer('PORT', env.PORT, 4000),
    databaseUrl,
    database: {
      poolSize: positive('HUB_DB_POOL_SIZE', env.HUB_DB_POOL_SIZE, 10),
      statementTimeoutMs: positive('HUB_DB_STATEMENT_TIMEOUT_MS', env.HUB_DB_STATEMENT_TIMEOUT_MS, 15_000),
      lockTimeoutMs: positive('HUB_DB_LOCK_TIMEOUT_MS', env.HUB_DB_LOCK_TIMEOUT_MS, 5_000),
      idleInTransactionTimeoutMs: positive('HUB_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', env.HUB_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS, 30_000),
      acquireTimeoutMs: positive('HUB_DB_ACQUIRE_TIMEOUT_MS', env.HUB_DB_ACQUIRE_TIMEOUT_MS, 5_000),
    },
    requestTimeoutMs: positive('HUB_REQUEST_TIMEOUT_MS', env.HUB_REQUEST_TIMEOUT_MS, 30_000),
    corsOrigins: corsOrigins(env.HUB_CORS_ORIGINS),
    readinessTimeoutMs: positive('HUB_READINESS_TIMEOUT_MS', env.HUB_READINESS_TIMEOUT_MS, 2_000),
    dataDir,
    webDir: resolve(env.HUB_WEB_DIR || 'web/dist'),
    oidc: env.HUB_OIDC_ISSUER
      ? {
          authority: env.HUB_OIDC_ISSUER,
          clientId: env.HUB_OIDC_CLIENT_ID || 'splot-web',
          scope: env.HUB_OIDC_SCOPE || 'openid',
          resource: env.HUB_OIDC_RESOURCE || null,
        }
      : null,
    pgliteDataDir: pgliteDir.startsWith('memory:') || isAbsolute(pgliteDir) ? pgliteDir : resolve(dataDir, pgliteDir),
    seedDemo: flag('HUB_SEED_DEMO', env.HUB_SEED_DEMO, databaseUrl === null),
    jwt: {
      secret,
      usesDevelopmentSecret,
      jwksUrl,
      issuer: env.HUB_JWT_ISSUER || null,
      audience: env.HUB_JWT_AUDIENCE || null,
      roleClaim: env.HUB_JWT_ROLE_CLAIM || 'role',
      orgClaim: env.HUB_JWT_ORG_CLAIM || 'org',
      roleMap: roleMap(env.HUB_JWT_ROLE_MAP),
    },
    logLevel: env.LOG_LEVEL || 'info',
    maxBodyBytes: integer('HUB_MAX_BODY_BYTES', env.HUB_MAX_BODY_BYTES, 5 * 1024 * 1024),
    dataKey,
    dataKeyFile: resolve(dataDir, 'data.key'),
    limits: { crossCheckPeselsPerHour: integer('HUB_CROSSCHECK_PESELS_PER_HOUR', env.HUB_CROSSCHECK_PESELS_PER_HOUR, 100_000) },
    subgraphs: moduleList(env.HUB_SUBGRAPHS),
    fixedToday,
    introspection: flag('HUB_INTROSPECTION', env.HUB_INTROSPECTION, !production),
    tracing: tracingConfig(env),
    metricsToken: metricsToken(env.HUB_METRICS_TOKEN),
    importMaxBytes: positive('HUB_IMPORT_MAX_BYTES', env.HUB_IMPORT_MAX_BYTES, 20 * 1024 * 1024),
  };
}

const HUB_ROLES = ['ANALYST', 'NGO_STAFF', 'LABOUR_OFFICE', 'MOPS_WORKER', 'ADMIN'];

function roleMap(value: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of (value ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const at = pair.lastIndexOf('=');
    const [group, role] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    if (at <= 0 || !HUB_ROLES.includes(role))
      throw new ConfigError(`HUB_JWT_ROLE_MAP takes group=ROLE pairs with a role of ${HUB_ROLES.join(', ')}; got "${pair}"`);
    map.set(group, role);
  }
  return map;
}

function metricsToken(value: string | undefined): string | null {
  if (!value) return null;
  if (value.length < 16) throw new ConfigError('HUB_METRICS_TOKEN must have at least 16 characters');
  return value;
}

/** `HUB_TRACING=otlp` switches tracing on; the collector is named by OpenTelemetry's own variables. */
function tracingConfig(env: NodeJS.ProcessEnv): TracingConfig | null {
  const mode = env.HUB_TRACING || 'off';
  if (mode === 'off') return null;
  if (mode !== 'otlp') throw new ConfigError(`HUB_TRACING takes off or otlp, got "${mode}"`);
  const base = (env.OTEL_EXPORTER_OTLP_ENDPOINT || 'http://localhost:4318').replace(/\/+$/, '');
  const tracesUrl = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || `${base}/v1/traces`;
  if (!URL.canParse(tracesUrl)) throw new ConfigError(`The OTLP traces endpoint must be a URL, got "${tracesUrl}"`);
  return { tracesUrl, serviceName: env.OTEL_SERVICE_NAME || 'splot' };
}
