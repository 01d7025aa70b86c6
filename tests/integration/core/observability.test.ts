import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFacility, makeOrganisation, makeWelfareCentre } from '../../support/registry-factories.js';
import { startTestHub, TEST_DB, testToday, type TestHub } from '../../support/test-hub.js';

const today = testToday('2026-11-30');
let t: TestHub;
const logLines: string[] = [];
const base = () => t.url.replace('/graphql', '');

beforeAll(async () => {
  t = await startTestHub({ today, logLines, env: { HUB_CORS_ORIGINS: 'https://pulpit.krakow.pl' } });
  const city = await makeWelfareCentre(t.em());
  await makeFacility(t.em(), { operator: await makeOrganisation(t.em()), unit: city.branch, district: city.district });
});
afterAll(() => t?.close());

async function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

describe('request ids', () => {
  it('returns the caller\u2019s safe x-request-id, or a new one, and puts it in every error', async () => {
    const echoed = await post({ query: '{ facilities(first: 1) { totalCount } }' }, { 'x-request-id': 'gateway-42' });
    expect(echoed.headers.get('x-request-id')).toBe('gateway-42');
    const unsafe = await post({ query: '{ facilities(first: 1) { totalCount } }' }, { 'x-request-id': 'bad id with spaces and {braces}' });
    expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const failed = await post(
      { query: 'mutation { reportOccupancy(facilityId: "abc", date: "2026-11-30", occupiedPlaces: 1) { id } }' },
      { 'x-request-id': 'trace-7' },
    );
    const body = (await failed.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors.every((e) => e.extensions.requestId === 'trace-7')).toBe(true);
  });

  it('logs one line per request with the role, the operation and the codes, never the variables', async () => {
    await post(
      { query: 'query Sensitive($s: String) { facilities(first: 1, filter: { search: $s }) { totalCount } }', variables: { s: '44051401359' } },
      { 'x-request-id': 'log-1' },
    );
    const line = logLines.map((l) => JSON.parse(l)).find((l) => l.requestId === 'log-1');
    expect(line).toMatchObject({ msg: 'graphql request', role: 'PUBLIC', operation: 'query facilities', status: 200 });
    expect(logLines.join('\n')).not.toContain('44051401359');
  });
});

describe('/metrics', () => {
  it('counts requests and errors by operation and code, in Prometheus text', async () => {
    await post({ query: '{ facilities(first: 1) { totalCount } }' });
    await post({ query: 'mutation { reportOccupancy(facilityId: "abc", date: "2026-11-30", occupiedPlaces: 1) { id } }' });
    const response = await fetch(`${base()}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(/splot_graphql_requests_total\{operation="query facilities",outcome="ok"\} \d+/);
    expect(text).toMatch(/splot_graphql_errors_total\{code="FORBIDDEN"\} \d+/);
    expect(text).toMatch(/splot_graphql_request_duration_seconds_bucket/);
    expect(text).toContain('splot_nodejs_eventloop_lag_seconds');
    // The pool exists on PostgreSQL; PGlite has one in-process connection.
    if (TEST_DB === 'postgres') expect(text).toMatch(/splot_db_pool_connections\{state="idle"\} \d+/);
  });
});

describe('/metrics behind HUB_METRICS_TOKEN', () => {
  it('answers a scraper with the token, and refuses one without it or with another', async () => {
    const guarded = await startTestHub({ today, env: { HUB_METRICS_TOKEN: 'scrape-token-0123456789' } });
    try {
      const metrics = guarded.url.replace(/\/graphql$/, '/metrics');
      expect((await fetch(metrics)).status).toBe(401);
      expect((await fetch(metrics, { headers: { authorization: 'Bearer scrape-token-0123456780' } })).status).toBe(401);
      const allowed = await fetch(metrics, { headers: { authorization: 'Bearer scrape-token-0123456789' } });
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain('splot_graphql_requests_total');
    } finally {
      await guarded.close();
    }
  });
});

describe('CORS', () => {
  it('lets the listed origin call the API from a browser, and no other', async () => {
    const preflight = (origin: string) =>
      fetch(t.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });
    expect((await preflight('https://pulpit.krakow.pl')).headers.get('access-control-allow-origin')).toBe('https://pulpit.krakow.pl');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});
