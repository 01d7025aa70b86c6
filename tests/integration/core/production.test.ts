import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, testToday, type TestHub } from '../../support/test-hub.js';

const today = testToday('2026-11-30');
let production: TestHub;
let development: TestHub;

beforeAll(async () => {
  // Production refuses a fixed clock in its configuration; the test's clock is handed to the hub directly.
  production = await startTestHub({ today, env: { NODE_ENV: 'production', HUB_TODAY: '' } });
  development = await startTestHub({ today });
});
afterAll(async () => {
  await production?.close();
  await development?.close();
});

describe('production defaults', () => {
  it('answers no introspection and no "Did you mean" suggestions in production', async () => {
    const introspection = await production.publicCaller.query('{ __schema { types { name } } }');
    expect(introspection.data).toBeUndefined();
    expect(introspection.errors?.length).toBeGreaterThan(0);
    const typo = await production.publicCaller.query('{ facilitys(first: 1) { totalCount } }');
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
    expect((await development.publicCaller.query('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect(JSON.stringify((await development.publicCaller.query('{ facilitys(first: 1) { totalCount } }')).errors)).toMatch(/Did you mean/);
  });

  it('closes /metrics in production until HUB_METRICS_TOKEN is set, and leaves it open in development', async () => {
    const metrics = (hub: TestHub) => fetch(hub.url.replace(/\/graphql$/, '/metrics'));
    const closed = await metrics(production);
    expect(closed.status).toBe(403);
    expect(await closed.text()).toContain('HUB_METRICS_TOKEN');
    expect((await metrics(development)).status).toBe(200);
  });

  it('turns introspection and suggestions on in production when HUB_INTROSPECTION says so', async () => {
    const open = await startTestHub({ today, env: { NODE_ENV: 'production', HUB_TODAY: '', HUB_INTROSPECTION: 'true' } });
    try {
      expect((await open.publicCaller.query('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      expect(JSON.stringify((await open.publicCaller.query('{ facilitys(first: 1) { totalCount } }')).errors)).toMatch(/Did you mean/);
    } finally {
      await open.close();
    }
  });

  it('refuses a cross-site "simple" POST (a form or text/plain, which a browser sends without asking): no CSRF', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await fetch(production.url, {
        method: 'POST',
        headers: { 'content-type': type, 'origin': 'https://evil.example' },
        body: JSON.stringify({
          query: 'mutation { reportOccupancy(facilityId: "00000000-0000-4000-8000-000000000000", date: "2026-11-30", occupiedPlaces: 1) { id } }',
        }),
      });
      expect(response.status).toBe(400);
      expect(await response.text()).not.toMatch(/"data"/);
    }
  });

  it('runs no operation sent in a URL, in any mode', async () => {
    for (const hub of [production, development]) {
      const response = await fetch(`${hub.url}?query=${encodeURIComponent('{ facilities(first: 1) { totalCount } }')}`, {
        headers: { accept: 'application/json' },
      });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    }
  });
});
