import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { hash } from 'node:crypto';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { expressMiddleware } from '@as-integrations/express5';
import { getDistDirectory, renderAltair } from 'altair-static';
import express from 'express';
import { GraphQLError, specifiedDirectives, type GraphQLSchema } from 'graphql';
import { pino, type Logger } from 'pino';
import { buildSchema } from 'type-graphql';
import { ConfigError, type HubConfig } from './config.js';
import { applyPermissions, permissionsWithin } from './core/access/shield.js';
import { buildModuleSubgraph, FEDERATION_PERMISSIONS, planFederation, type FederationPlan, type Subgraph } from './core/federation/subgraph-schema.js';
import { AuditRecorder } from './core/audit/recorder.js';
import { createPrincipalResolver } from './core/auth/jwt.js';
import { signDevelopmentToken } from './core/auth/dev-tokens.js';
import { webApp } from './core/http/web-app.js';
import { OrganisationBinding } from './core/auth/organisation-binding.js';
import { coreModule } from './core/core-module.js';
import { migrate, openDatabase, poolCounts, type Database } from './core/db/database.js';
import { seedOnce } from './core/db/seeding.js';
import { runSql } from './core/db/sql.js';
import { loadDataKey, PeselProtection } from './core/personal-data/pesel-protection.js';
import { createRequestContext, HubState, type RequestContext } from './core/graphql/context.js';
import { queryLimits } from './core/graphql/limits.js';
import cors from 'cors';
import { HubMetrics, metricsAccess } from './core/observability/metrics.js';
import { requestIdMiddleware } from './core/observability/request-id.js';
import { exportHandler } from './core/export/export-route.js';
import { coreEnumLabels } from './core/labels/core-labels.js';
import { CORE_FIELD_HEADERS, joinFieldHeaders, type FieldHeaders } from './core/export/labels.js';
import { joinEnumLabels, type EnumLabels } from './core/labels/enum-labels.js';
import { importRoutes } from './core/import/import-route.js';
import { requestOutcomePlugin } from './core/observability/request-outcome.js';
import { recordStatement, startTracing } from './core/observability/tracing.js';
import { describeInputLimits, guardMutationInputs, operationArgumentsPlugin } from './core/graphql/input-guard.js';
import { DateTimeScalar } from './core/graphql/scalars.js';
import { clockFor, type Clock } from './core/clock.js';
import { cacheControlDirective } from './core/graphql/cache-control.js';
import { isCacheable, staticCachePolicyPlugin } from './core/graphql/cache-policy.js';
import { readDataRevision } from './core/db/revision-cache.js';
import { requestDeadline, type RequestDeadline } from './core/http/request-deadline.js';
import { operationPlanPlugin } from './core/graphql/operation-plan.js';
import { auditFlushPlugin, formatError, serviceUnavailableStatusPlugin } from './core/graphql/server-plugins.js';
import { refusal } from './core/errors.js';
import { errorAnswer, messageLanguagePlugin } from './core/graphql/message-language.js';
import type { HubModule } from './core/module.js';
import { MIGRATIONS } from './migrations/index.js';
import { registryModule } from './modules/registry/index.js';
import { standardsModule } from './modules/standards/index.js';
import { personsModule } from './modules/persons/index.js';
import { integrationModule } from './modules/integration/index.js';
import { crosscheckModule } from './modules/crosscheck/index.js';
import { fostercareModule } from './modules/fostercare/index.js';
import { referralsModule } from './modules/referrals/index.js';
import { cooperationModule } from './modules/cooperation/index.js';
import { reportsModule } from './modules/reports/index.js';
import { homelessCountModule } from './modules/homelesscount/index.js';
import { seedDemoCity } from '../seeds/demo-city.js';
import { CORE } from './core/messages/core.messages.js';
import { joinCatalogues, type ReasonTexts } from './core/messages/reasons.js';
import { IMPORT } from './core/import/import.messages.js';

/** The domain modules in dependency order: later modules build on earlier ones. */
export const DOMAIN_MODULES: HubModule[] = [
  registryModule,
  standardsModule,
  personsModule,
  integrationModule,
  crosscheckModule,
  fostercareModule,
  referralsModule,
  cooperationModule,
  homelessCountModule,
  reportsModule,
];

let wired = false;

/** The core and the domain modules, wired to one another the first time they are gathered (`HubModule.wire`). */
export function hubModules(): HubModule[] {
  if (!wired) {
    wired = true;
    for (const module of DOMAIN_MODULES) module.wire?.();
  }
  return [coreModule, ...DOMAIN_MODULES];
}

export function hubEntities() {
  return hubModules().flatMap((m) => m.entities);
}

/** The type-graphql schema of the given modules, without permissions. */
async function buildModulesSchema(modules: HubModule[]): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: modules.flatMap((m) => m.resolvers) as [Function, ...Function[]],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // Given directives replace graphql's own, so @include, @skip, @deprecated and @specifiedBy are named again.
    directives: [...specifiedDirectives, cacheControlDirective],
    validate: false,
    emitSchemaFile: false,
  });
  describeInputLimits(schema);
  return schema;
}

/** The Polish labels of every enum the hub's schema declares: the core's and each module's. */
export function hubEnumLabels(modules: HubModule[] = hubModules()): EnumLabels {
  return joinEnumLabels([coreEnumLabels, ...modules.map((m) => m.enumLabels ?? {})]);
}

/** The Polish export header of every field: the core's and those each module declares. */
export function hubFieldHeaders(modules: HubModule[] = hubModules()): FieldHeaders {
  return joinFieldHeaders([CORE_FIELD_HEADERS, ...modules.map((m) => m.fieldHeaders ?? {})]);
}

/** Every reason the hub can refuse with, by its key: the core's, the imports' and each module's (core/messages/reasons.ts). */
export function hubReasons(modules: HubModule[] = hubModules()): ReadonlyMap<string, ReasonTexts> {
  return joinCatalogues([CORE, IMPORT, ...modules.flatMap((m) => (m.messages ? [m.messages] : []))]);
}

/** The executable schema of the given modules, with their permission rules applied (deny by default). */
export async function buildHubSchema(modules: HubModule[] = hubModules()): Promise<{ schema: GraphQLSchema; unguarded: GraphQLSchema }> {
  const unguarded = await buildModulesSchema(modules);
  return {
    schema: applyPermissions(
      guardMutationInputs(unguarded),
      modules.map((m) => m.permissions),
    ),
    unguarded,
  };
}

/** The modules that can be served as subgraphs (`HUB_SUBGRAPHS`); the core goes with each of them. */
export const SUBGRAPH_NAMES = DOMAIN_MODULES.map((m) => m.name);

/**
 * Where a subgraph listens unless told otherwise, as the committed supergraph names it: the hub is
 * on 4000, the subgraphs from 4001 in the modules' order. A gateway maps these to real addresses
 * (`HUB_SUBGRAPH_URLS`, docs/scaling.md).
 */
export function defaultSubgraphUrl(name: string): string {
  const index = SUBGRAPH_NAMES.indexOf(name);
  if (index < 0) throw new Error(`No module named ${name}`);
  return `http://127.0.0.1:${4001 + index}/graphql`;
}

let federationPlan: Promise<FederationPlan> | null = null;

/**
 * The Federation 2 subgraph serving the named modules: its SDL, and its executable schema with the
 * modules' permission rules applied, as in the whole hub.
 */
export async function buildHubSubgraph(names: readonly string[]): Promise<Subgraph> {
  federationPlan ??= buildModulesSchema(hubModules()).then((schema) => planFederation(hubModules(), schema));
  const subgraph = buildModuleSubgraph(await federationPlan, names);
  const rules = permissionsWithin(subgraph.schema, [...hubModules().map((m) => m.permissions), FEDERATION_PERMISSIONS]);
  return { document: subgraph.document, schema: applyPermissions(guardMutationInputs(subgraph.schema), rules) };
}

export interface HubOptions {
  /** Sees every SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
  logger?: Logger;
  /**
   * A database another hub in this process opened (and migrated and seeded), with its PESEL
   * protection. Tests serve the whole hub and each subgraph on one embedded PGlite this way; the
   * hub that opened the database closes it.
   */
  shared?: { db: Database; pesel: PeselProtection };
  /** The clock to serve on; by default the one the configuration asks for (`HUB_TODAY` or the machine's). */
  clock?: Clock;
  /**
   * An in-memory PGlite database starts as a copy of this image (`pgliteImageOf`) instead of an
   * empty cluster: tests start from one migrated and seeded once per run (creating a PGlite cluster
   * takes ~4 s, seeding the demo city ~2 s more).
   */
  pgliteImage?: Blob;
}

export interface RunningHub {
  url: string;
  db: Database;
  schema: GraphQLSchema;
  /** The hub's PESEL protection (seeds and tests write persons with it). */
  pesel: PeselProtection;
  /** The hub's one clock (tests fix it on a stated day). */
  clock: Clock;
  stop(): Promise<void>;
}

/** Starts listening, or says plainly that the port is taken (no half-started hub). */
function listen(app: express.Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(app);
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new ConfigError(`Port ${port} on ${host} is already in use: stop the process that holds it or set PORT`)
          : error.code === 'EACCES'
            ? new ConfigError(`Port ${port} on ${host} needs privileges this process lacks: set PORT above 1023`)
            : error,
      );
    });
    server.listen(port, host, () => resolve(server));
  });
}

/**
 * Applies the migrations not yet run and seeds what has not been seeded: every module's reference
 * data and, with `seedDemo`, the demo city as of `today`. Each seed runs once per database.
 */
export async function migrateAndSeed(db: Database, pesel: PeselProtection, today: string, seedDemo: boolean, logger?: Logger): Promise<void> {
  const applied = await migrate(db);
  if (applied.length) logger?.info({ applied }, 'database migrated');
  for (const module of hubModules()) {
    if (module.seedReference && (await seedOnce(db.em, module.seedReference.name, module.seedReference.seed)))
      logger?.info(`${module.seedReference.name} seeded`);
  }
  if (seedDemo && (await seedOnce(db.em, 'demo-city', (em) => seedDemoCity(em, pesel, today)))) logger?.info('demo city seeded');
}

/** Opens the database, migrates it and seeds it once. */
async function prepareDatabase(config: HubConfig, options: HubOptions, logger: Logger, clock: Clock): Promise<{ db: Database; pesel: PeselProtection }> {
  const pesel = new PeselProtection(loadDataKey(config.dataKey, config.dataKeyFile));
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDataDir: config.pgliteDataDir,
    pgliteImage: options.pgliteImage,
    clock,
    entities: hubEntities(),
    migrations: MIGRATIONS,
    onQuery: (sql) => {
      recordStatement(sql);
      options.onQuery?.(sql);
    },
    limits: config.database,
  });
  try {
    await migrateAndSeed(db, pesel, clock.today(), config.seedDemo, logger);
  } catch (error) {
    await db.close(true);
    throw error;
  }
  return { db, pesel };
}

/**
 * Serves the GraphQL API over HTTP: the whole schema, or with `config.subgraphs` the Federation 2
 * subgraph of those modules. Opens, migrates and seeds the database unless given one.
 */
export async function startHub(config: HubConfig, options: HubOptions = {}): Promise<RunningHub> {
  const logger = options.logger ?? pino({ level: config.logLevel });
  const clock = options.clock ?? clockFor(config.fixedToday);
  if (clock.fixed) logger.warn({ today: clock.today() }, 'the clock is fixed on a day (HUB_TODAY): every rule and default answers as on that day');
  const { db, pesel } = options.shared ?? (await prepareDatabase(config, options, logger, clock));
  const owned = !options.shared;
  const { schema } = config.subgraphs ? await buildHubSubgraph(config.subgraphs) : await buildHubSchema();
  if (config.subgraphs) logger.info({ modules: config.subgraphs }, 'serving a Federation 2 subgraph');
  const resolvePrincipal = createPrincipalResolver(config.jwt);
  const organisationBinding = new OrganisationBinding();
  // One fork for every revision read: the read is raw SQL (no identity map) and the reader keeps
  // one in flight, while each fork costs MikroORM two writes to process.env.
  const revisionEm = db.em.fork();
  // The web app's sign-in page lists development identities only where tokens are the development ones.
  const hubState = new HubState(
    config.jwt.usesDevelopmentSecret && !config.production ? (claims) => signDevelopmentToken(config.jwt.secret!, { ...claims, expiresIn: '8h' }) : null,
    () => readDataRevision(revisionEm),
  );
  const app = express();
  app.disable('x-powered-by');
  // No hash of every answer: API answers are POSTed and never revalidated; the web app tags its page itself.
  app.set('etag', false);
  let httpServer: Server;
  try {
    httpServer = await listen(app, config.port, config.host);
  } catch (error) {
    if (owned) await db.close(true);
    throw error;
  }

  const contextFor = async (req: express.Request, res: express.Response): Promise<RequestContext> => {
    // An event manager of its own, so that its commits can be held to this request's deadline.
    const em = db.em.fork({ freshEventManager: true });
    (res.locals.deadline as RequestDeadline | undefined)?.guard(em);
    const principal = await organisationBinding.check(await resolvePrincipal(req.headers.authorization), em);
    return createRequestContext(principal, em, new AuditRecorder(principal, clock), pesel, config.limits, clock, hubState, res.locals.requestId as string);
  };
  const metrics = new HubMetrics(() => poolCounts(db));
  const apollo = apolloServer(config, schema, logger, metrics, httpServer);
  await apollo.start();

  const tracing = startTracing(config.tracing);
  app.use(requestIdMiddleware());
  if (tracing) app.use(tracing.middleware());
  serveOperations(app, config, db, metrics);
  // Locks are waited for on PostgreSQL only (PGlite serves one connection, one request at a time).
  const lockBudgetMs = config.databaseUrl ? config.database.lockTimeoutMs : null;
  app.use(
    '/graphql',
    // Browsers may call the API from the listed origins only (HUB_CORS_ORIGINS); none by default.
    cors({
      origin: config.corsOrigins,
      methods: ['GET', 'POST'],
      allowedHeaders: ['authorization', 'content-type', 'x-request-id'],
      exposedHeaders: ['x-request-id', 'retry-after'],
      maxAge: 600,
    }),
    requestDeadline(config.requestTimeoutMs, lockBudgetMs),
    express.json({ limit: config.maxBodyBytes }),
    expressMiddleware(apollo, {
      // A refusal before the operation runs (a token the hub does not accept) never reaches the
      // plugins, so it is worded in the caller's language here.
      context: ({ req, res }) =>
        contextFor(req, res).catch((error: unknown) => {
          if (!(error instanceof GraphQLError)) throw error;
          const worded = errorAnswer(error, req);
          throw new GraphQLError(worded.message, { extensions: { ...worded.extensions, http: error.extensions.http } });
        }),
    }),
  );
  // Reports and statistics as files (CSV, XLSX): the same operation, permissions and audit as /graphql.
  app.post(
    '/export',
    cors({
      origin: config.corsOrigins,
      methods: ['POST'],
      allowedHeaders: ['authorization', 'content-type', 'x-request-id'],
      exposedHeaders: ['x-request-id', 'content-disposition'],
      maxAge: 600,
    }),
    requestDeadline(config.requestTimeoutMs, lockBudgetMs),
    express.json({ limit: '1mb' }),
    exportHandler(apollo, contextFor, clock, schema, hubEnumLabels(), hubFieldHeaders()),
  );

  // Registers as files (CSV, XLSX), through the same services, rules and audit as the mutations.
  app.use(
    '/import',
    cors({
      origin: config.corsOrigins,
      methods: ['POST'],
      allowedHeaders: ['authorization', 'content-type', 'x-request-id'],
      exposedHeaders: ['x-request-id'],
      maxAge: 600,
    }),
    importRoutes(
      hubModules().flatMap((m) => m.imports ?? []),
      contextFor,
      config.importMaxBytes,
    ),
  );

  // The city's web app, on the same API as any other client. Mounted after the API, so that its
  // compression and static files never wrap an API answer (which cost the API CPU when they did).
  app.use(webApp(config.webDir, config.oidc));

  // Body-parser failures (too large, malformed JSON) answer in GraphQL's error shape, not as HTML.
  app.use((error: { status?: number; type?: string; message?: string }, req: express.Request, res: express.Response, next: express.NextFunction) => {
    // A request answered by its deadline may still finish its work and try to answer again.
    if (res.headersSent) return void logger.debug({ err: error }, 'a late answer after the request deadline was dropped');
    if (!error.status) return next(error);
    const message = error.type === 'entity.too.large' ? CORE.BODY_TOO_LARGE({ bytes: config.maxBodyBytes }) : CORE.BODY_NOT_JSON();
    res.status(error.status).json({ errors: [errorAnswer(refusal('BAD_REQUEST', message), req)] });
  });

  const address = httpServer.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/graphql`,
    db,
    schema,
    pesel,
    clock,
    async stop() {
      await apollo.stop();
      await tracing?.shutdown();
      if (owned) await db.close(true);
    },
  };
}

/**
 * The GraphQL server with its plugins, in the order they act: limits on the query, the audit trail,
 * argument checks, status codes, the caller's language, logging, shutdown, the response cache and,
 * for the whole hub, the plans of hot reads.
 */
function apolloServer(config: HubConfig, schema: GraphQLSchema, logger: Logger, metrics: HubMetrics, httpServer: Server): ApolloServer<RequestContext> {
  const limits = queryLimits({ fieldSuggestions: config.introspection });
  return new ApolloServer<RequestContext>({
    schema,
    validationRules: limits.validationRules,
    allowBatchedHttpRequests: false,
    // The process's own handler (main.ts) owns shutdown: Apollo's would stop the server and re-raise
    // the signal, ending the process with 143 before the database is closed and "stopped" logged.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !config.production,
    // Production publishes its schema as the committed SDL (schema/), not to whoever asks.
    introspection: config.introspection,
    formatError: formatError(config.production, logger),
    plugins: [
      // graphql-armor's typings point at Apollo's CommonJS build; the plugin objects are the same.
      ...(limits.plugins as unknown as ApolloServerPlugin<RequestContext>[]),
      auditFlushPlugin({ behindGateway: Boolean(config.subgraphs) }),
      operationArgumentsPlugin<RequestContext>(),
      serviceUnavailableStatusPlugin(),
      messageLanguagePlugin(),
      requestOutcomePlugin(logger, metrics),
      // On stop (SIGTERM) the server takes no new connection and lets requests in flight finish.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.requestTimeoutMs }),
      ApolloServerPluginLandingPageDisabled(),
      // A subgraph would otherwise attach timing traces for any caller who asks (ftv1); no one here reads them.
      ApolloServerPluginInlineTraceDisabled(),
      // Nothing is cacheable unless its types say so (SharedData); no HTTP cache headers, since
      // answers depend on the token. The policy is read from the operation once per document,
      // not gathered field by field while executing (core/graphql/cache-policy.ts).
      ApolloServerPluginCacheControlDisabled(),
      staticCachePolicyPlugin<RequestContext>({ defaultMaxAge: 0 }),
      responseCachePlugin<RequestContext>({
        sessionId: async ({ contextValue: { principal } }) => `${principal.role}|${principal.organisationId ?? ''}`,
        // The plugin's own key is the same SHA-256, made through a helper that loads the crypto
        // module again on every call (a few per cent of a cache miss's CPU): the one-shot form here.
        generateCacheKey: (_, keyData) => hash('sha256', JSON.stringify(keyData)),
        // A write anywhere bumps the revision; the date moves "today" (default asOf, limits in force).
        // Without the revision (the database unreachable) nothing is read from or written to the
        // cache: the request goes on to its resolvers, which answer SERVICE_UNAVAILABLE.
        // An operation that will never be stored (isCacheable) is not looked up: no revision is read for it.
        extraCacheKeyData: async (request) =>
          isCacheable(request)
            ? [await request.contextValue.dataRevision().catch(() => `unavailable-${crypto.randomUUID()}`), request.contextValue.clock.today()]
            : null,
        shouldReadFromCache: async (request) =>
          isCacheable(request) &&
          request.contextValue.dataRevision().then(
            () => true,
            () => false,
          ),
        shouldWriteToCache: async (request) =>
          isCacheable(request) &&
          request.contextValue.dataRevision().then(
            () => true,
            () => false,
          ),
      }),
      // Hot reads the cache missed, answered from a plan made once per document (the whole hub only).
      ...(config.subgraphs
        ? []
        : [
            operationPlanPlugin(
              hubModules().flatMap((m) => (m.plans ? [m.plans] : [])),
              (outcome) => metrics.recordPlan(outcome),
            ),
          ]),
    ],
  });
}

/** What operators and tools ask of a running hub: metrics, liveness, readiness, and the IDE outside production. */
function serveOperations(app: express.Express, config: HubConfig, db: Database, metrics: HubMetrics): void {
  app.get('/metrics', metricsAccess(config), async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const database = config.databaseUrl ? 'postgresql' : 'pglite';
    // Its own short deadline: a balancer must learn that the pool cannot serve, not wait with it.
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), config.readinessTimeoutMs)));
    const ready = await Promise.race([
      runSql(db.em.fork(), 'select 1').then(
        () => true,
        () => false,
      ),
      deadline,
    ]);
    clearTimeout(timer);
    if (ready) res.json({ status: 'ready', database });
    else res.status(503).set('retry-after', '2').json({ status: 'unavailable', database });
  });
  // The IDE is served from node_modules, so it works without internet access.
  app.use('/ide', express.static(getDistDirectory()));
  const ideHtml = renderAltair({ baseURL: '/ide/', endpointURL: '/graphql', initialQuery: '{ me { role organisationId } }' });
  app.get('/graphql', (req, res) => {
    // Operations come by POST only: a query in a URL (PESELs of a cross-check, a name searched)
    // lands in access logs, proxies and browser history.
    if (req.query.query === undefined && req.accepts(['json', 'html']) === 'html' && !config.production) res.type('html').send(ideHtml);
    else
      res
        .status(405)
        .set('allow', 'POST')
        .json({ errors: [errorAnswer(refusal('BAD_REQUEST', CORE.POST_ONLY()), req)] });
  });
}
