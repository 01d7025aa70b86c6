import type { AddressInfo } from 'node:net';
import express from 'express';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrincipalResolver } from '../../../src/core/auth/jwt.js';

// The production path: keys from a JWKS endpoint (here a real HTTP server on loopback), with issuer and audience.
let server: ReturnType<ReturnType<typeof express>['listen']>;
let resolve: ReturnType<typeof createPrincipalResolver>;
let rsa: Awaited<ReturnType<typeof generateKeyPair>>;
let ec: Awaited<ReturnType<typeof generateKeyPair>>;

beforeAll(async () => {
  rsa = await generateKeyPair('RS256');
  ec = await generateKeyPair('ES256');
  const keys = [
    { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
    { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
  ];
  const app = express();
  app.get('/jwks', (_req, res) => res.json({ keys }));
  server = await new Promise((ok) => {
    const s = app.listen(0, '127.0.0.1', () => ok(s));
  });
  const { port } = server.address() as AddressInfo;
  resolve = createPrincipalResolver({
    secret: null,
    usesDevelopmentSecret: false,
    jwksUrl: `http://127.0.0.1:${port}/jwks`,
    issuer: 'https://login.krakow.example',
    audience: 'splot',
    roleClaim: 'role',
    orgClaim: 'org',
    roleMap: new Map(),
  });
});
afterAll(() => server?.close());

async function token(
  key: Parameters<SignJWT['sign']>[0],
  alg: string,
  kid: string,
  claims: Record<string, unknown> = {},
  iss = 'https://login.krakow.example',
  aud = 'splot',
) {
  return new SignJWT({ role: 'ANALYST', ...claims })
    .setProtectedHeader({ alg, kid })
    .setSubject('u1')
    .setIssuer(iss)
    .setAudience(aud)
    .setExpirationTime('5m')
    .sign(key);
}

describe('JWKS tokens', () => {
  it.each([
    ['RS256', () => rsa.privateKey, 'rsa-1'],
    ['ES256', () => ec.privateKey, 'ec-1'],
  ] as const)('accepts a %s token from the identity provider', async (alg, key, kid) => {
    expect(await resolve(`Bearer ${await token(key(), alg, kid)}`)).toEqual({ role: 'ANALYST', userId: 'u1', organisationId: null });
  });

  it('rejects a token for another audience or from another issuer', async () => {
    await expect(resolve(`Bearer ${await token(rsa.privateKey, 'RS256', 'rsa-1', {}, 'https://login.krakow.example', 'other-app')}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(resolve(`Bearer ${await token(rsa.privateKey, 'RS256', 'rsa-1', {}, 'https://evil.example')}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('rejects a token signed by a key the provider does not publish', async () => {
    const stranger = await generateKeyPair('RS256');
    await expect(resolve(`Bearer ${await token(stranger.privateKey, 'RS256', 'rsa-1')}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('rejects an HS256 token when keys come from a JWKS', async () => {
    const hs = await new SignJWT({ role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('https://login.krakow.example')
      .setAudience('splot')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a-secret-that-is-long-enough-for-hs256-signing'));
    await expect(resolve(`Bearer ${hs}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('an identity provider\u2019s own claims (Keycloak realm roles, Entra ID groups)', () => {
  const ORG = '3f1b2c4d-0000-4000-8000-000000000001';
  const keycloak = () => {
    const { port } = server.address() as AddressInfo;
    return createPrincipalResolver({
      secret: null,
      usesDevelopmentSecret: false,
      jwksUrl: `http://127.0.0.1:${port}/jwks`,
      issuer: 'https://login.krakow.example',
      audience: 'splot',
      roleClaim: 'realm_access.roles',
      orgClaim: 'splot_org',
      roleMap: new Map([
        ['splot-admins', 'ADMIN'],
        ['mops-pracownicy', 'MOPS_WORKER'],
      ]),
    });
  };
  const signed = (claims: Record<string, unknown>) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'rsa-1' })
      .setSubject('u2')
      .setIssuer('https://login.krakow.example')
      .setAudience('splot')
      .setExpirationTime('5m')
      .sign(rsa.privateKey);

  it('reads the role from a nested claim through the map of groups to roles, and the organisation from its own claim', async () => {
    const principal = await keycloak()(`Bearer ${await signed({ realm_access: { roles: ['offline_access', 'mops-pracownicy'] }, splot_org: ORG })}`);
    expect(principal).toEqual({ role: 'MOPS_WORKER', userId: 'u2', organisationId: ORG });
  });

  it('refuses a token whose groups map to no role, or to two', async () => {
    await expect(keycloak()(`Bearer ${await signed({ realm_access: { roles: ['offline_access'] } })}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(keycloak()(`Bearer ${await signed({ realm_access: { roles: ['splot-admins', 'mops-pracownicy'] }, splot_org: ORG })}`)).rejects.toMatchObject({
      message: expect.stringContaining('several roles'),
    });
  });
});

describe('the instant a token is judged by', () => {
  const NOW = Date.parse('2026-11-30T12:00:00Z');
  const secret = 'a-secret-that-is-long-enough-for-hs256-signing';
  const resolveAt = createPrincipalResolver(
    { secret, usesDevelopmentSecret: false, jwksUrl: null, issuer: null, audience: null, roleClaim: 'role', orgClaim: 'org', roleMap: new Map() },
    () => NOW,
  );
  const issued = (iatSeconds: number) =>
    new SignJWT({ role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuedAt(iatSeconds)
      .setExpirationTime(iatSeconds + 2 * 86_400)
      .sign(new TextEncoder().encode(secret));

  it('refuses a token issued a day after it, and takes one issued within a minute\u2019s skew', async () => {
    await expect(resolveAt(`Bearer ${await issued(NOW / 1000 + 86_400)}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: expect.stringContaining('issued in the future'),
    });
    expect(await resolveAt(`Bearer ${await issued(NOW / 1000 + 30)}`)).toMatchObject({ role: 'ADMIN' });
  });
});
