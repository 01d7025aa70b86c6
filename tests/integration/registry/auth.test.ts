import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../../../src/core/auth/dev-tokens.js';
import type { Organisation } from '../../../src/modules/registry/registry.entities.js';
import { makeOrganisation, makeWelfareCentre } from '../../support/registry-factories.js';
import { errorCodes, startTestHub, testToday, TEST_JWT_SECRET, type TestHub } from '../../support/test-hub.js';

const today = testToday('2026-11-24');

let t: TestHub;
const orgs = {} as Record<'ngo' | 'welfareCentre' | 'labourOffice', Organisation>;
let branchId: string;
beforeAll(async () => {
  t = await startTestHub({ today });
  orgs.ngo = await makeOrganisation(t.em(), { kind: 'ASSOCIATION' });
  orgs.labourOffice = await makeOrganisation(t.em(), { kind: 'LABOUR_OFFICE' });
  const city = await makeWelfareCentre(t.em());
  orgs.welfareCentre = city.mops;
  branchId = city.branch.id;
});
afterAll(() => t?.close());

async function withToken(token: string) {
  const response = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'authorization': `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { role organisationId } }' }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
}

const secret = new TextEncoder().encode(TEST_JWT_SECRET);

describe('identity', () => {
  it('treats a request without a token as PUBLIC', async () => {
    const response = await t.publicCaller.query('{ me { role userId organisationId } }');
    expect(response.data.me).toEqual({ role: 'PUBLIC', userId: null, organisationId: null });
  });

  it('reads role, user and organisation from a valid token', async () => {
    const response = await t.as('NGO_STAFF', orgs.ngo.id, 'anna').query('{ me { role userId organisationId } }');
    expect(response.data.me).toEqual({ role: 'NGO_STAFF', userId: 'anna', organisationId: orgs.ngo.id });
  });

  it.each([
    ['LABOUR_OFFICE', 'labourOffice'],
    ['MOPS_WORKER', 'welfareCentre'],
    ['NGO_STAFF', 'ngo'],
    ['NGO_STAFF', 'welfareCentre'],
    ['ANALYST', 'ngo'],
    ['ADMIN', 'welfareCentre'],
  ] as const)('accepts a %s token bound to an organisation of its kind (%s)', async (role, org) => {
    const response = await t.as(role, orgs[org].id).query('{ me { role organisationId } }');
    expect(response.data.me).toEqual({ role, organisationId: orgs[org].id });
  });

  it.each([
    ['LABOUR_OFFICE', 'ngo', /LABOUR_OFFICE token must name an organisation of kind LABOUR_OFFICE; its org is a ASSOCIATION/],
    ['LABOUR_OFFICE', 'welfareCentre', /kind LABOUR_OFFICE/],
    ['MOPS_WORKER', 'ngo', /kind WELFARE_CENTRE/],
    ['MOPS_WORKER', 'labourOffice', /kind WELFARE_CENTRE/],
  ] as const)('rejects a %s token whose organisation is a %s with UNAUTHENTICATED and the reason', async (role, org, reason) => {
    const { status, body } = await withToken(await signDevelopmentToken(TEST_JWT_SECRET, { role, sub: 'x', org: orgs[org].id }));
    expect(status).toBe(401);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((body.errors?.[0] as { message: string }).message).toMatch(reason);
  });

  it('binds a case worker whose token names a branch of the welfare centre to the centre, and no other role to a branch', async () => {
    const worker = await t.as('MOPS_WORKER', branchId).query('{ me { role organisationId } }');
    expect(worker.data.me).toEqual({ role: 'MOPS_WORKER', organisationId: orgs.welfareCentre.id });
    const { status } = await withToken(await signDevelopmentToken(TEST_JWT_SECRET, { role: 'LABOUR_OFFICE', sub: 'x', org: branchId }));
    expect(status).toBe(401);
  });

  it.each(['LABOUR_OFFICE', 'MOPS_WORKER', 'NGO_STAFF', 'ANALYST'] as const)(
    'rejects a %s token naming an organisation that is not in the registry',
    async (role) => {
      const { status, body } = await withToken(await signDevelopmentToken(TEST_JWT_SECRET, { role, sub: 'x', org: crypto.randomUUID() }));
      expect(status).toBe(401);
      expect((body.errors?.[0] as { message: string }).message).toMatch(/not in the registry/);
    },
  );

  it.each([
    ['a malformed token', async () => 'not-a-jwt'],
    ['an expired token', async () => signDevelopmentToken(TEST_JWT_SECRET, { role: 'ADMIN', sub: 'x', expiresIn: -60 })],
    ['a token signed with another secret', async () => signDevelopmentToken('another-secret-that-is-long-enough-to-sign', { role: 'ADMIN', sub: 'x' })],
    [
      'a token with an unknown role',
      async () => new SignJWT({ role: 'MAYOR' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setExpirationTime('1h').sign(secret),
    ],
    [
      'a token claiming PUBLIC',
      async () => new SignJWT({ role: 'PUBLIC' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setExpirationTime('1h').sign(secret),
    ],
    ['a token without expiry', async () => new SignJWT({ role: 'ADMIN' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').sign(secret)],
    ['an NGO token without its organisation', async () => signDevelopmentToken(TEST_JWT_SECRET, { role: 'NGO_STAFF', sub: 'x' })],
    [
      'an unsigned token (alg none)',
      async () => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"role":"ADMIN","sub":"x","exp":9999999999}').toString('base64url')}.`,
    ],
  ])('rejects %s with UNAUTHENTICATED instead of falling back to PUBLIC', async (_label, makeToken) => {
    const { status, body } = await withToken(await makeToken());
    expect(status).toBe(401);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('HTTP endpoints', () => {
  it('answers /healthz and /readyz', async () => {
    const base = t.url.replace('/graphql', '');
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { status: string }).status).toBe('ready');
  });

  it('serves a GraphQL IDE from its own assets on GET /graphql', async () => {
    const base = t.url.replace('/graphql', '');
    const page = await fetch(t.url, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toContain('<base href="/ide/">');
    expect(html).not.toMatch(/https?:\/\/cdn/);
    const script = /src="([^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect((await fetch(`${base}/ide/${script}`)).status).toBe(200);
  });

  it('rejects a query deeper than the limit', async () => {
    const deep = `{ facilities { edges { node { unit { districts { branch { districts { branch { districts { branch { districts { name } } } } } } } } } } } }`;
    const response = await t.publicCaller.query(deep);
    expect(response.data).toBeUndefined();
    expect(errorCodes(response)[0]).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('rejects too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { role }`).join(' ');
    const response = await t.publicCaller.query(`{ ${aliases} }`);
    expect(errorCodes(response)[0]).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/alias/i);
  });
});

describe('request bodies', () => {
  it('refuses a body over the size limit with a JSON error', async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { role } }', variables: { padding: 'x'.repeat(6 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses malformed JSON with a JSON error', async () => {
    const response = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: unknown[] }).errors).toHaveLength(1);
  });
});

describe('token expiry with verified tokens remembered', () => {
  it('rejects a token once it has expired, even after it was accepted', async () => {
    const token = await signDevelopmentToken(TEST_JWT_SECRET, { role: 'ADMIN', sub: 'brief', expiresIn: 2 });
    expect((await withToken(token)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 2200));
    const later = await withToken(token);
    expect(later.status).toBe(401);
    expect(later.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
