/// <reference lib="dom" />
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../seeds/demo-ids.js';
import { startTestHub, testToday, type TestHub } from '../support/test-hub.js';
import { BROWSER_AVAILABLE, launchBrowser, newPage, WEB_DIR } from './browser.js';

/**
 * Sign-in by OpenID Connect, as the city's identity provider would run it: a local oidc-provider
 * issues JWT access tokens for the hub (resource indicator urn:splot:hub) with the `role` and `org`
 * claims of the account; the web app runs the authorization code flow with PKCE, and the hub
 * verifies the token by the provider's JWKS.
 */
const today = testToday('2026-11-30');
const RESOURCE = 'urn:splot:hub';
const ACCOUNTS: Record<string, { role: string; org: string }> = {
  'klub.koordynator': { role: 'NGO_STAFF', org: DEMO_ORGANISATIONS.ngo },
  'urzednik.gup': { role: 'LABOUR_OFFICE', org: DEMO_ORGANISATIONS.labourOffice },
};
/** Accounts as Keycloak issues them: realm roles (the city's groups) and the organisation in a claim of the city's naming. */
const KEYCLOAK_ACCOUNTS: Record<string, { realm_access: { roles: string[] }; splot_org: string }> = {
  'pracownik.mops': { realm_access: { roles: ['offline_access', 'splot-mops'] }, splot_org: DEMO_ORGANISATIONS.mops },
  'dwie.role': { realm_access: { roles: ['splot-mops', 'splot-admins'] }, splot_org: DEMO_ORGANISATIONS.mops },
};
let idp: Server;
let t: TestHub;
/** A hub that reads the role from Keycloak's realm roles through a map, and the organisation from `splot_org`. */
let mapped: TestHub;
let browser: Browser;

beforeAll(async () => {
  if (!BROWSER_AVAILABLE) return;
  // The provider's port is taken first: the hub needs its issuer, the provider the hub's redirect URI.
  idp = createServer();
  await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
  const env = {
    HUB_JWT_SECRET: '',
    HUB_JWKS_URL: `${issuer}/jwks`,
    HUB_JWT_ISSUER: issuer,
    HUB_JWT_AUDIENCE: RESOURCE,
    HUB_WEB_DIR: WEB_DIR,
    HUB_OIDC_ISSUER: issuer,
    HUB_OIDC_CLIENT_ID: 'splot-web',
    HUB_OIDC_SCOPE: 'openid splot',
    HUB_OIDC_RESOURCE: RESOURCE,
  };
  t = await startTestHub({ today, seedDemo: true, env });
  mapped = await startTestHub({
    today,
    seedDemo: true,
    env: { ...env, HUB_JWT_ROLE_CLAIM: 'realm_access.roles', HUB_JWT_ORG_CLAIM: 'splot_org', HUB_JWT_ROLE_MAP: 'splot-mops=MOPS_WORKER,splot-admins=ADMIN' },
  });
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'splot-web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: [`${new URL(t.url).origin}/logowanie`, `${new URL(mapped.url).origin}/logowanie`],
      },
    ],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'test' }] },
    cookies: { keys: ['splot-test-cookie-key'] },
    scopes: ['openid', 'splot'],
    findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => ({ sub: id }) }),
    extraTokenClaims: async (_ctx, token) => {
      const id = (token as { accountId?: string }).accountId ?? '';
      const account = ACCOUNTS[id];
      return account ? { role: account.role, org: account.org } : KEYCLOAK_ACCOUNTS[id];
    },
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => RESOURCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async () => ({
          scope: 'splot',
          audience: RESOURCE,
          accessTokenFormat: 'jwt',
          accessTokenTTL: 600,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
  });
  idp.on('request', provider.callback());
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
  await mapped?.close();
  idp?.close();
});

async function signInAtProvider(login: string, hub: TestHub = t) {
  const page = await newPage(browser);
  await page.goto(`${new URL(hub.url).origin}/logowanie`);
  await page.getByRole('button', { name: 'Zaloguj przez konto miejskie' }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  // The provider asks once for consent to the app's scopes.
  const consent = page.getByRole('button', { name: 'Continue' });
  await Promise.race([consent.waitFor().then(() => consent.click()), page.waitForURL(/\/(obecnosci|weryfikacja-pesel|pulpit|logowanie)/)]).catch(
    () => undefined,
  );
  return page;
}

describe.skipIf(!BROWSER_AVAILABLE)('signing in by OpenID Connect', () => {
  it('brings an NGO coordinator back from the city\u2019s provider to her attendance page, with her role and organisation', async () => {
    const page = await signInAtProvider('klub.koordynator');
    await page.getByRole('heading', { name: 'Obecności w KIS/CIS' }).waitFor();
    expect(await page.getByTestId('who').textContent()).toContain('Pracownik organizacji');
    expect(new URL(page.url()).search).toBe('');
    // Never a token in localStorage; the tab's sessionStorage keeps the sign-in across a reload.
    const jwt = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toMatch(jwt);
    await page.reload();
    await page.getByRole('heading', { name: 'Obecności w KIS/CIS' }).waitFor();
    expect(await page.getByTestId('who').textContent()).toContain('Pracownik organizacji');
    // Signing out forgets it: a reload then finds nobody signed in.
    await page.getByRole('button', { name: 'Wyloguj' }).click();
    await page.waitForFunction(() => !/eyJ/.test(JSON.stringify({ ...sessionStorage })));
    await page.reload();
    await page.getByTestId('who').filter({ hasText: 'Niezalogowany' }).waitFor();
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toMatch(jwt);
  });

  it('signs a labour-office clerk in to the PESEL check, and an account without a role in to nothing', async () => {
    const clerk = await signInAtProvider('urzednik.gup');
    await clerk.getByRole('heading', { name: 'Weryfikacja PESEL' }).waitFor();
    const stranger = await signInAtProvider('nieznany');
    await stranger.getByTestId('sign-in-error').waitFor();
    expect(await stranger.getByTestId('who').textContent()).toContain('Niezalogowany');
  });

  it('puts the provider in the page\u2019s content-security policy and its settings in the page, not in an endpoint of its own', async () => {
    const response = await fetch(`${new URL(t.url).origin}/logowanie`);
    expect(response.headers.get('content-security-policy')).toContain(`connect-src 'self' ${new URL(t.config.oidc!.authority).origin}`);
    expect(await response.text()).toContain('name="splot-oidc"');
  });
});

describe.skipIf(!BROWSER_AVAILABLE)('an identity provider with its own claims (Keycloak\u2019s realm roles)', () => {
  it('signs a case worker in by her group mapped to MOPS_WORKER, with the organisation of the city\u2019s claim', async () => {
    const page = await signInAtProvider('pracownik.mops', mapped);
    await page.getByRole('heading', { name: 'Pulpit miasta' }).waitFor();
    expect(await page.getByTestId('who').textContent()).toContain('Pracownik MOPS');
    await page.getByRole('link', { name: 'Ustawienia miasta' }).waitFor();
  });

  it('signs in to nothing a user whose groups map to two roles: a user acts in one', async () => {
    const page = await signInAtProvider('dwie.role', mapped);
    await page.getByTestId('sign-in-error').waitFor();
    expect(await page.getByTestId('who').textContent()).toContain('Niezalogowany');
  });
});
