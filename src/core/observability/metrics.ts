import { timingSafeEqual } from 'node:crypto';
import type express from 'express';
import type { PoolCounts } from '../db/database.js';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The hub's Prometheus metrics (`GET /metrics`), one registry per hub so that two hubs in a process
 * never mix their figures: requests and their latency by operation, errors by code, the pool's
 * connections in use, idle and waited for, and Node's own figures (event-loop lag, memory, GC).
 * An operation is labelled by its type and root fields ("query facilities"), which the schema
 * bounds, never by the client's operation name or variables.
 */
export class HubMetrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'splot_graphql_requests_total',
    help: 'GraphQL requests by operation and outcome (ok or error).',
    labelNames: ['operation', 'outcome'],
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'splot_graphql_request_duration_seconds',
    help: 'Time from the start of a GraphQL request to its response, by operation.',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private readonly plans = new Counter({
    name: 'splot_graphql_plans_total',
    help: 'Operations with a plan (core/graphql/operation-plan.ts): answered by it, or dropped at run time and executed by graphql-js.',
    labelNames: ['outcome'],
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'splot_graphql_errors_total',
    help: 'GraphQL errors by code (BAD_USER_INPUT, SERVICE_UNAVAILABLE …).',
    labelNames: ['code'],
    registers: [this.registry],
  });

  constructor(pool: () => Promise<PoolCounts | null>) {
    collectDefaultMetrics({ register: this.registry, prefix: 'splot_' });
    new Gauge({
      name: 'splot_db_pool_connections',
      help: 'PostgreSQL pool connections: in use, idle, and requests waiting for one.',
      labelNames: ['state'],
      registers: [this.registry],
      async collect() {
        const counts = await pool().catch(() => null);
        if (!counts) return;
        this.set({ state: 'in_use' }, counts.total - counts.idle);
        this.set({ state: 'idle' }, counts.idle);
        this.set({ state: 'waiting' }, counts.waiting);
      },
    });
  }

  /** Counts one finished GraphQL request: its operation label, how long it took, its error codes. */
  record(operation: string, seconds: number, errorCodes: string[]): void {
    this.requests.inc({ operation, outcome: errorCodes.length ? 'error' : 'ok' });
    this.duration.observe({ operation }, seconds);
    for (const code of errorCodes) this.errors.inc({ code });
  }

  /** Counts an operation that had a plan: `answered` by it or `dropped` for graphql-js. */
  recordPlan(outcome: 'answered' | 'dropped'): void {
    this.plans.inc({ outcome });
  }
}

/**
 * Who may read `/metrics`: with `HUB_METRICS_TOKEN`, a scraper sending it as a bearer token; without
 * it, anyone in development and no one in production (the answer says what to set).
 */
export function metricsAccess(config: { production: boolean; metricsToken: string | null }): express.RequestHandler {
  const expected = config.metricsToken ? Buffer.from(`Bearer ${config.metricsToken}`) : null;
  return (req, res, next) => {
    if (!expected) {
      if (!config.production) return next();
      return void res.status(403).type('text/plain').send('/metrics is closed in production until HUB_METRICS_TOKEN is set\n');
    }
    const sent = Buffer.from(req.headers.authorization ?? '');
    if (sent.length === expected.length && timingSafeEqual(sent, expected)) return next();
    res.status(401).set('www-authenticate', 'Bearer realm="metrics"').type('text/plain').send('/metrics needs the bearer token of HUB_METRICS_TOKEN\n');
  };
}
