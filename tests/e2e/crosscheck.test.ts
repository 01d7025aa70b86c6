/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../seeds/demo-ids.js';
import { peselFor } from '../../seeds/synthetic-pesel.js';
import ExcelJS from 'exceljs';
import { testToday } from '../support/test-hub.js';
import { accessibilityViolations, api, BROWSER_AVAILABLE, developmentToken, newPage, openInApp, signIn, webHubForFile } from './browser.js';

const today = testToday('2026-11-30');
const file = webHubForFile(today);
/** Money as a Polish page writes it: a decimal comma, thousands apart by a space. */
const plMoney = (amount: string) => new Intl.NumberFormat('pl-PL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(amount));

describe.skipIf(!BROWSER_AVAILABLE)('Weryfikacja PESEL', () => {
  it('answers 1,000 pasted PESELs in input order, as the API does', async () => {
    const pesels = Array.from({ length: 1000 }, (_, i) =>
      i % 97 === 5 ? `1234567890${i % 10}` : peselFor(`19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 9}`, i % 2 ? 'MALE' : 'FEMALE', 5000 + i),
    );
    const page = await newPage(file.browser);
    await signIn(page, file.t.url, 'LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice);
    await page.getByRole('heading', { name: 'Weryfikacja PESEL' }).waitFor();
    await page.getByLabel('Numery PESEL (jeden w wierszu)').fill(pesels.join('\n'));
    await page.getByLabel('Cel weryfikacji').selectOption('ALLOWANCE_REFUND');
    await page.getByRole('button', { name: 'Sprawdź' }).click();
    await page.getByTestId('checked-count').filter({ hasText: '1000' }).waitFor();
    const rows = await page
      .getByTestId('crosscheck-results')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')));
    expect(rows).toHaveLength(1000);
    expect(rows.map((r) => r[1])).toEqual(pesels);
    const token = await developmentToken(file.t.url, 'LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice);
    const { crossCheckPersons } = await api(
      file.t.url,
      token,
      'query($p: [String!]!) { crossCheckPersons(pesels: $p, purpose: ALLOWANCE_REFUND) { index status } }',
      { p: pesels },
    );
    const names: Record<string, string> = {
      ACTIVE: 'Uczestniczy',
      ENDED: 'Zakończył udział',
      NOT_FOUND: 'Brak w rejestrze',
      INVALID_PESEL: 'Nieprawidłowy PESEL',
    };
    expect(rows.map((r) => r[2])).toEqual(crossCheckPersons.map((c: { status: string }) => names[c.status]));
    expect(rows.filter((r) => r[2] === 'Nieprawidłowy PESEL').length).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('reads the PESELs of a spreadsheet’s first column, leading zeros that Excel dropped included', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Lista');
    const born2004 = peselFor('2004-05-06', 'FEMALE', 42);
    sheet.addRows([['PESEL'], [born2004.startsWith('0') ? Number(born2004) : born2004], ['12345678901']]);
    const page = await newPage(file.browser);
    await signIn(page, file.t.url, 'LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice);
    await page.getByLabel('Lub wczytaj plik CSV albo XLSX').setInputFiles({
      name: 'lista.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    await page.waitForFunction(() => (document.querySelector('#pesels') as HTMLTextAreaElement).value.length > 0);
    await page.getByRole('button', { name: 'Sprawdź' }).click();
    await page.getByTestId('checked-count').filter({ hasText: '2' }).waitFor();
    const rows = await page
      .getByTestId('crosscheck-results')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')));
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      [born2004, 'Brak w rejestrze'],
      ['12345678901', 'Nieprawidłowy PESEL'],
    ]);
  });

  it('counts the answers by status, filters them, and gives them as XLSX and CSV that keep a PESEL\u2019s leading zero', async () => {
    const born2004 = peselFor('2004-05-06', 'FEMALE', 77);
    const pesels = [born2004, '12345678901', peselFor('1970-01-02', 'MALE', 78)];
    const page = await newPage(file.browser);
    await signIn(page, file.t.url, 'LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice);
    await page.getByLabel('Numery PESEL (jeden w wierszu)').fill(pesels.join('\n'));
    await page.getByRole('button', { name: 'Sprawdź' }).click();
    await page.getByTestId('checked-count').filter({ hasText: '3' }).waitFor();
    const counts = await page
      .getByTestId('status-counts')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim())));
    expect(Object.fromEntries(counts)).toEqual({ 'Brak w rejestrze': '2', 'Nieprawidłowy PESEL': '1' });
    await page.getByLabel('Pokaż').selectOption('INVALID_PESEL');
    const shown = await page
      .getByTestId('crosscheck-results')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.children[1]?.textContent?.trim()));
    expect(shown).toEqual(['12345678901']);
    await page.getByLabel('Pokaż').selectOption('');

    const read = async (download: import('playwright-core').Download) => Buffer.concat((await (await download.createReadStream()).toArray()) as Buffer[]);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Pobierz XLSX\s*: Wyniki$/ }).click()]);
    expect(xlsx.suggestedFilename()).toBe('weryfikacja-pesel.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await read(xlsx)) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Poz.', 'PESEL', 'Status', 'Program', 'Placówka', 'Od', 'Do']);
    expect(sheet.getCell('B2').value).toBe(born2004);
    expect(sheet.getCell('A2').value).toBe(1);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Pobierz CSV\s*: Wyniki$/ }).click()]);
    const text = (await read(csv)).toString('utf8');
    // Excel reads ="0…" as the text 0…, its leading zero kept.
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[1]).toBe(`1;"=""${born2004}""";Brak w rejestrze;;;;`);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows the CIS allowances and the socially useful work to refund for last month, as the API sums them', async () => {
    const page = await newPage(file.browser);
    await signIn(page, file.t.url, 'LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice);
    await page.getByTestId('cis-refund').locator('tbody tr').first().waitFor();
    await page.getByTestId('psu-refund').locator('tbody tr').first().waitFor();
    const token = await developmentToken(file.t.url, 'LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice);
    const month = await page.getByLabel('Miesiąc', { exact: true }).inputValue();
    const facilityId = await page.getByLabel('Centrum integracji społecznej').inputValue();
    const { attendanceSummary } = await api(
      file.t.url,
      token,
      'query($f: ID!, $m: String!) { attendanceSummary(facilityId: $f, month: $m) { allowance { grosze } } }',
      { f: facilityId, m: month },
    );
    const total = attendanceSummary.reduce((s: number, r: { allowance: { grosze: number } | null }) => s + (r.allowance?.grosze ?? 0), 0);
    expect(await page.getByTestId('cis-refund').locator('caption').textContent()).toContain(`${plMoney((total / 100).toFixed(2))} zł`);
    expect(await page.getByTestId('cis-refund').locator('tbody tr').count()).toBe(attendanceSummary.length);
    const agreementId = await page.getByLabel('Porozumienie PSU').inputValue();
    const { sociallyUsefulWork } = await api(
      file.t.url,
      token,
      'query($a: ID!, $m: String!) { sociallyUsefulWork(agreementId: $a, month: $m) { labourOfficeRefund participants { hours } } }',
      { a: agreementId, m: month },
    );
    expect(await page.getByTestId('psu-refund').locator('caption').textContent()).toContain(`${plMoney(sociallyUsefulWork.labourOfficeRefund)} zł`);
    expect(await page.getByTestId('psu-refund').locator('tbody tr').count()).toBe(sociallyUsefulWork.participants.length);
  });

  it('is not for a welfare-centre worker', async () => {
    const page = await newPage(file.browser);
    await signIn(page, file.t.url, 'MOPS_WORKER', DEMO_ORGANISATIONS.mops);
    await openInApp(page, '/weryfikacja-pesel');
    await page.getByTestId('forbidden').waitFor();
  });
});
