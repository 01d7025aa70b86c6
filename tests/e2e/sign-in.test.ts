/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testToday, type TestHub } from '../support/test-hub.js';
import { accessibilityViolations, BROWSER_AVAILABLE, launchBrowser, newPage } from './browser.js';
import { startTestHub } from '../support/test-hub.js';
import { WEB_DIR } from './browser.js';

const today = testToday('2026-11-30');
let t: TestHub;
let browser: Browser;
beforeAll(async () => {
  if (!BROWSER_AVAILABLE) return;
  // Tokens of another secret: the hub will not sign development tokens.
  t = await startTestHub({ today, env: { HUB_WEB_DIR: WEB_DIR } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe.skipIf(!BROWSER_AVAILABLE)('the app shell and sign-in', () => {
  it('serves the pages with no-cache and the hashed assets for a year, under a content-security policy', async () => {
    const origin = new URL(t.url).origin;
    const page = await fetch(`${origin}/pulpit`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await page.text())![1]!;
    const asset = await fetch(`${origin}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${origin}/assets/nothing-here.js`)).status).toBe(404);
  });

  it('lets a browser revalidate a page by its tag (304), while API answers carry none', async () => {
    const origin = new URL(t.url).origin;
    const tag = (await fetch(`${origin}/obecnosci`)).headers.get('etag');
    expect(tag).toMatch(/^"[\w-]{27}"$/);
    // As a browser revalidates; without a cache-control of its own, fetch would add `no-cache`.
    const again = await fetch(`${origin}/pulpit`, { headers: { 'if-none-match': tag!, 'cache-control': 'max-age=0' } });
    expect(again.status).toBe(304);
    const api = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ today }"}' });
    expect(api.status).toBe(200);
    expect(api.headers.get('etag')).toBeNull();
  });

  it('says that development sign-in is off when the hub runs on another secret', async () => {
    const page = await newPage(browser);
    await page.goto(`${new URL(t.url).origin}/logowanie`);
    await page.getByRole('button', { name: 'Zaloguj' }).click();
    await page.getByText('Logowanie deweloperskie jest wyłączone').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('reaches the page by keyboard from a skip link, and switches to English', async () => {
    const page = await newPage(browser);
    await page.goto(`${new URL(t.url).origin}/pulpit`);
    // The app renders after the page has loaded: the first Tab must come after it.
    await page.getByRole('heading', { name: 'Pulpit miasta' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Przejdź do treści');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'City dashboard' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
