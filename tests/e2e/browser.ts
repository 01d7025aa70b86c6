/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DEVELOPMENT_JWT_SECRET } from '../../src/config.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

const require = createRequire(import.meta.url);

/** Debian's Chromium (STACK.md): never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether the browser tests can run here. CI installs Chromium (.ci/run) and must run them; a
 * developer's machine without it skips them, and says so.
 */
export const BROWSER_AVAILABLE = existsSync(CHROMIUM);
if (!BROWSER_AVAILABLE && process.env.CI) throw new Error(`CI runs the browser tests: ${CHROMIUM} is missing (apt-get install chromium)`);

export const WEB_DIR = resolve('web/dist');

/** The real hub with the demo city, on the development secret (the sign-in page's tokens), serving the built web app. */
export function startWebHub(today: string, env: Record<string, string> = {}): Promise<TestHub> {
  return startTestHub({ today, seedDemo: true, env: { HUB_JWT_SECRET: DEVELOPMENT_JWT_SECRET, HUB_WEB_DIR: WEB_DIR, ...env } });
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A fresh page (its own context: no token survives from another test) in Polish. */
export async function newPage(browser: Browser): Promise<Page> {
  // bypassCSP lets the test inject axe-core; the app itself runs under the hub's policy.
  const context = await browser.newContext({ locale: 'pl-PL', bypassCSP: true, viewport: { width: 1400, height: 900 } });
  // Playwright's 30 s per action is too little on a busy machine; the tests' own limits bound them.
  context.setDefaultTimeout(120_000);
  return context.newPage();
}

/** Signs in through the sign-in page, as a user would: the role, then the organisation. */
export async function signIn(page: Page, hubUrl: string, role: string, organisationId?: string): Promise<void> {
  await page.goto(`${new URL(hubUrl).origin}/logowanie`);
  await page.getByLabel('Rola').selectOption(role);
  if (organisationId) await page.getByLabel('Organizacja').selectOption(organisationId);
  await page.getByRole('button', { name: 'Zaloguj' }).click();
  await page.getByTestId('who').filter({ hasText: 'Zalogowano jako' }).waitFor();
}

/** A token for API calls beside the browser, from the same development sign-in the page uses. */
export async function developmentToken(hubUrl: string, role: string, organisationId: string | null): Promise<string> {
  const response = await fetch(hubUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($r: Role!, $o: ID) { developmentSignIn(role: $r, organisationId: $o) }',
      variables: { r: role, o: organisationId },
    }),
  });
  return ((await response.json()) as { data: { developmentSignIn: string } }).data.developmentSignIn;
}

export async function api<T = any>(hubUrl: string, token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(hubUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.1 A and AA violations axe-core finds on the page as it stands. */
export async function accessibilityViolations(page: Page): Promise<{ id: string; help: string; nodes: string[] }[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run(options: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }
    ).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** Opens a page of the app as its links do (a reload would drop the token, which lives in memory). */
export async function openInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/**
 * The hub with the demo city and a browser for one test file, started before its tests and stopped
 * after them; read `t` and `browser` inside the tests.
 */
export function webHubForFile(today: string): { t: TestHub; browser: Browser } {
  const state = {} as { t: TestHub; browser: Browser };
  beforeAll(async () => {
    if (!BROWSER_AVAILABLE) return;
    state.t = await startWebHub(today);
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.t?.close();
  });
  return state;
}
