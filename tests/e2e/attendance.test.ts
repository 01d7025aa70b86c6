/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../seeds/demo-ids.js';
import { testToday, type TestHub } from '../support/test-hub.js';
import { accessibilityViolations, BROWSER_AVAILABLE, launchBrowser, newPage, openInApp, signIn, startWebHub } from './browser.js';

const today = testToday('2026-11-30');
const month = today.slice(0, 7);
let t: TestHub;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  if (!BROWSER_AVAILABLE) return;
  t = await startWebHub(today);
  browser = await launchBrowser();
  page = await newPage(browser);
  await signIn(page, t.url, 'NGO_STAFF', DEMO_ORGANISATIONS.ngo);
  await page.getByRole('heading', { name: 'Obecności w KIS/CIS' }).waitFor();
  await page.getByLabel('Miesiąc', { exact: true }).fill(month);
  await page.getByTestId('attendance-grid').waitFor();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** The grid's editable cells of this month, in reading order. */
const cells = () => page.locator('[data-testid="attendance-grid"] input');
const stored = async () => (await t.em().execute<{ n: number }[]>(`select count(*)::int as n from attendance_entry where date >= ?`, [`${month}-01`]))[0]!.n;
const reports = async () => (await t.em().execute<{ n: number }[]>('select count(*)::int as n from attendance_report'))[0]!.n;

describe.skipIf(!BROWSER_AVAILABLE)('Obecności', () => {
  it('saves the month typed with the usual codes, and a second save of the same grid writes nothing', async () => {
    const first = cells().first();
    await first.fill('O:6');
    await first.press('ArrowRight');
    await page.keyboard.type('NN');
    await page.getByRole('button', { name: 'Zapisz miesiąc' }).click();
    await page.getByRole('status').filter({ hasText: 'Zapisano' }).waitFor();
    const afterFirst = { entries: await stored(), reports: await reports() };
    const key = await first.getAttribute('data-testid');
    const [, participantId, date] = /^cell-(.+)-(\d{4}-\d{2}-\d{2})$/.exec(key!)!;
    const [day] = await t.em().execute<{ status: string; hours: number }[]>('select status, hours from attendance_entry where participation_id = ? and date = ?', [participantId, date]);
    expect(day).toEqual({ status: 'PRESENT', hours: 6 });
    await page.getByRole('button', { name: 'Zapisz miesiąc' }).click();
    await page.getByRole('status').filter({ hasText: 'nic nie zmieniono' }).waitFor();
    expect({ entries: await stored(), reports: await reports() }).toEqual(afterFirst);
  });

  it('shows the API\u2019s problem in the cell it belongs to, and a code it does not know before sending', async () => {
    const cell = cells().nth(2);
    await cell.fill('O');
    await page.getByRole('button', { name: 'Zapisz miesiąc' }).click();
    await page.locator('[data-testid="attendance-grid"] input[aria-invalid="true"]').first().waitFor();
    expect(await cell.getAttribute('aria-invalid')).toBe('true');
    expect(await cell.getAttribute('title')).toMatch(/hours/);
    expect(await page.getByTestId('cell-errors').textContent()).toMatch(/hours/);
    await cell.fill('XX');
    await page.getByRole('button', { name: 'Zapisz miesiąc' }).click();
    await page.getByTestId('cell-errors').filter({ hasText: 'nie jest kodem' }).waitFor();
    await cell.fill('L4');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('is not for a labour-office clerk', async () => {
    const other = await newPage(browser);
    await signIn(other, t.url, 'LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice);
    await openInApp(other, '/obecnosci');
    await other.getByTestId('forbidden').waitFor();
  });
});
