/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../seeds/demo-ids.js';
import { validNip } from '../support/identifiers.js';
import { testToday } from '../support/test-hub.js';
import { accessibilityViolations, api, BROWSER_AVAILABLE, developmentToken, newPage, openInApp, signIn, webHubForFile } from './browser.js';

const today = testToday('2026-11-30');
const file = webHubForFile(today);

const csv = (lines: string[]) => ({ name: 'rejestr.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n'), 'utf8') });

describe.skipIf(!BROWSER_AVAILABLE)('Import rejestrów', () => {
  it('checks a file line by line before anything is written, then loads it, for ADMIN', async () => {
    const page = await newPage(file.browser);
    await signIn(page, file.t.url, 'ADMIN');
    await page.getByRole('link', { name: 'Import rejestrów' }).click();
    await page.getByRole('heading', { name: 'Import rejestrów' }).waitFor();
    await page.getByLabel('Rejestr', { exact: true }).selectOption('organisations');

    // A file with a bad NIP: its line and column are shown, and nothing can be loaded.
    await page
      .getByLabel('Plik (CSV lub XLSX)')
      .setInputFiles(csv(['Nazwa;Forma prawna;NIP', `Fundacja Przeglądarkowa;fundacja;${validNip('731000111')}`, 'Fundacja Błędna;fundacja;1234567890']));
    await page.getByRole('button', { name: 'Sprawdź plik (bez zapisu)' }).click();
    const problems = page.getByTestId('import-problems');
    await problems.locator('tbody tr').first().waitFor();
    const rows = await problems
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')));
    expect(rows.map((r) => [r[0], r[1]])).toEqual([['3', 'NIP']]);
    expect(await page.getByRole('button', { name: 'Wczytaj do rejestru' }).isDisabled()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The corrected file checks clean, and only then loads.
    await page.getByLabel('Plik (CSV lub XLSX)').setInputFiles(csv(['Nazwa;Forma prawna;NIP', `Fundacja Przeglądarkowa;fundacja;${validNip('731000111')}`]));
    await page.getByRole('button', { name: 'Sprawdź plik (bez zapisu)' }).click();
    await page.getByText('Plik sprawdzony: można go wczytać do rejestru.').waitFor();
    const token = await developmentToken(file.t.url, 'ADMIN', null);
    const named = async () => (await api(file.t.url, token, '{ organisations(filter: { search: "Przeglądarkowa" }) { totalCount } }')).organisations.totalCount;
    expect(await named()).toBe(0);
    await page.getByRole('button', { name: 'Wczytaj do rejestru' }).click();
    await page.getByText('Plik wczytany do rejestru.').waitFor();
    expect(await page.getByTestId('import-created').textContent()).toBe('1');
    expect(await named()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('offers a case worker the registers MOPS may load, and an NGO its participants only', async () => {
    const mops = await newPage(file.browser);
    await signIn(mops, file.t.url, 'MOPS_WORKER', DEMO_ORGANISATIONS.mops);
    await openInApp(mops, '/import-rejestrow');
    await mops.getByRole('heading', { name: 'Import rejestrów' }).waitFor();
    await mops.getByLabel('Rejestr', { exact: true }).locator('option').nth(2).waitFor({ state: 'attached' });
    expect(
      await mops
        .getByLabel('Rejestr', { exact: true })
        .locator('option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).sort()),
    ).toEqual(['carers', 'facilities', 'participants']);
    const ngo = await newPage(file.browser);
    await signIn(ngo, file.t.url, 'NGO_STAFF', DEMO_ORGANISATIONS.ngo);
    await openInApp(ngo, '/import-rejestrow');
    await ngo.getByLabel('Rejestr', { exact: true }).locator('option').first().waitFor({ state: 'attached' });
    expect(
      await ngo
        .getByLabel('Rejestr', { exact: true })
        .locator('option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)),
    ).toEqual(['participants']);
    expect(await accessibilityViolations(ngo)).toEqual([]);
  });

  it('is not offered to an analyst', async () => {
    const page = await newPage(file.browser);
    await signIn(page, file.t.url, 'ANALYST');
    await openInApp(page, '/import-rejestrow');
    await page.getByTestId('forbidden').waitFor();
  });
});
