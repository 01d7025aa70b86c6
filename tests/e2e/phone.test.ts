/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../seeds/demo-ids.js';
import { testToday } from '../support/test-hub.js';
import { accessibilityViolations, BROWSER_AVAILABLE, openInApp, signIn, webHubForFile } from './browser.js';

const today = testToday('2026-11-30');
const file = webHubForFile(today);

/** Each page as the role that works in it opens it. */
const PAGES = [
  ['PUBLIC', '/pulpit', 'capacity-by-type', null],
  ['ANALYST', '/pulpit', 'capacity-by-type', DEMO_ORGANISATIONS.mops],
  ['NGO_STAFF', '/obecnosci', 'attendance-grid', DEMO_ORGANISATIONS.ngo],
  ['LABOUR_OFFICE', '/weryfikacja-pesel', 'cis-refund', DEMO_ORGANISATIONS.labourOffice],
  ['ADMIN', '/ustawienia-miasta', null, DEMO_ORGANISATIONS.mops],
  ['MOPS_WORKER', '/import-rejestrow', null, DEMO_ORGANISATIONS.mops],
] as const;

describe.skipIf(!BROWSER_AVAILABLE)('on a 390 px phone', () => {
  it.each(PAGES)('%s: %s fits the screen: no sideways scrolling, wide tables scroll in their own box', async (role, path, testId, organisationId) => {
    const context = await file.browser.newContext({ locale: 'pl-PL', bypassCSP: true, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    context.setDefaultTimeout(120_000);
    const page = await context.newPage();
    if (role === 'PUBLIC') await page.goto(`${new URL(file.t.url).origin}${path}`);
    else {
      await signIn(page, file.t.url, role, organisationId ?? undefined);
      await openInApp(page, path);
    }
    await page.locator('main h1').first().waitFor();
    if (testId) await page.getByTestId(testId).first().waitFor();
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('prints the dashboard with the date and the filters it shows', async () => {
    const context = await file.browser.newContext({ locale: 'pl-PL', bypassCSP: true, viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await signIn(page, file.t.url, 'ANALYST', DEMO_ORGANISATIONS.mops);
    await page.getByTestId('capacity-by-type').locator('tbody tr').first().waitFor();
    await page.getByLabel('Rodzaj placówek').selectOption('SHELTERS');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.getByTestId('print-filters').innerText();
    expect(printed).toContain(`Stan na dzień: ${today.split('-').reverse().join('.')}`);
    expect(printed).toContain('Rodzaj placówek: Schroniska, noclegownie, ogrzewalnie');
    expect(printed).toContain('Dzielnica: Wszystkie dzielnice');
    await context.close();
  });
});
