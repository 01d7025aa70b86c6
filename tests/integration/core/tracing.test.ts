import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from '../../../src/config.js';
import { startTestHub, testToday, type TestHub } from '../../support/test-hub.js';

const today = testToday('2026-11-30');

interface OtlpSpan {
  traceId: string;
  parentSpanId?: string;
  name: string;
  attributes: { key: string; value: Record<string, unknown> }[];
  events?: { name: string; attributes: { key: string; value: Record<string, unknown> }[] }[];
}

/** A collector as the city would run one, reduced to what it receives: OTLP/HTTP JSON. */
function startCollector(): Promise<{ server: Server; url: string; spans: OtlpSpan[]; bodies: string[] }> {
  const spans: OtlpSpan[] = [];
  const bodies: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      bodies.push(body);
      const payload = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] };
      for (const r of payload.resourceSpans) for (const s of r.scopeSpans) spans.push(...s.spans);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/traces`, spans, bodies })),
  );
}

const attribute = (span: OtlpSpan, key: string) => span.attributes.find((a) => a.key === key)?.value;

describe('OpenTelemetry tracing', () => {
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let t: TestHub;
  let closed = false;
  beforeAll(async () => {
    collector = await startCollector();
    t = await startTestHub({ today, env: { HUB_TRACING: 'otlp', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: collector.url, OTEL_SERVICE_NAME: 'splot-test' } });
  });
  afterAll(async () => {
    if (!closed) await t?.close();
    collector?.server.close();
  });

  it('sends one server span per request that continues the caller\u2019s trace and names the operation and role, never the variables', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'traceparent': `00-${traceId}-00f067aa0ba902b7-01`, 'x-request-id': 'traced-1' },
      body: JSON.stringify({
        query: 'query Find($s: String) { facilities(first: 1, filter: { search: $s }) { totalCount } }',
        variables: { s: '44051401359' },
      }),
    });
    expect(response.status).toBe(200);
    await t.close(); // flushes the spans still buffered
    closed = true;
    const span = collector.spans.find((s) => attribute(s, 'splot.request_id')?.stringValue === 'traced-1');
    expect(span).toBeDefined();
    expect(span!.traceId).toBe(traceId);
    expect(span!.parentSpanId).toBe('00f067aa0ba902b7');
    expect(span!.name).toBe('POST /graphql');
    expect(attribute(span!, 'graphql.operation.name')?.stringValue).toBe('query facilities');
    expect(attribute(span!, 'enduser.role')?.stringValue).toBe('PUBLIC');
    expect(attribute(span!, 'http.response.status_code')?.intValue).toBe(200);
    expect(span!.events?.some((e) => e.name === 'db.statement')).toBe(true);
    expect(collector.bodies.join('')).not.toContain('44051401359');
    expect(collector.bodies.join('')).toContain('splot-test');
  });
});

describe('tracing configuration', () => {
  it('is off unless HUB_TRACING says otlp, and then reads OpenTelemetry\u2019s own endpoint variables', () => {
    expect(loadConfig({}).tracing).toBeNull();
    expect(loadConfig({ HUB_TRACING: 'otlp' }).tracing).toEqual({ tracesUrl: 'http://localhost:4318/v1/traces', serviceName: 'splot' });
    expect(loadConfig({ HUB_TRACING: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing?.tracesUrl).toBe(
      'http://collector:4318/v1/traces',
    );
    expect(() => loadConfig({ HUB_TRACING: 'jaeger' })).toThrow(ConfigError);
  });
});
