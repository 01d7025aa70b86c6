/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../seeds/demo-ids.js';
import { testToday, type TestHub } from '../support/test-hub.js';
import { peselFor } from '../../seeds/synthetic-pesel.js';
import { cisEnrolment } from '../support/integration-factories.js';
import { accessibilityViolations, api, BROWSER_AVAILABLE, developmentToken, launchBrowser, newPage, openInApp, signIn, startWebHub } from './browser.js';

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
    const [day] = await t
      .em()
      .execute<{ status: string; hours: number }[]>('select status, hours from attendance_entry where participation_id = ? and date = ?', [
        participantId,
        date,
      ]);
    expect(day).toEqual({ status: 'PRESENT', hours: 6 });
    await page.getByRole('button', { name: 'Zapisz miesiąc' }).click();
    await page.getByRole('status').filter({ hasText: 'nic nie zmieniono' }).waitFor();
    expect({ entries: await stored(), reports: await reports() }).toEqual(afterFirst);
  });

  it('shows the API\u2019s problem in Polish in the cell it belongs to, and a code it does not know before sending', async () => {
    const cell = cells().nth(2);
    await cell.fill('O');
    await page.getByRole('button', { name: 'Zapisz miesiąc' }).click();
    await page.locator('[data-testid="attendance-grid"] input[aria-invalid="true"]').first().waitFor();
    expect(await cell.getAttribute('aria-invalid')).toBe('true');
    // The hub words its refusal in the page's language (the app sends Accept-Language: pl).
    expect(await cell.getAttribute('title')).toMatch(/Podaj liczbę godzin/);
    expect(await page.getByTestId('cell-errors').textContent()).toMatch(/Podaj liczbę godzin/);
    await cell.fill('XX');
    await page.getByRole('button', { name: 'Zapisz miesiąc' }).click();
    await page.getByTestId('cell-errors').filter({ hasText: 'nie jest kodem' }).waitFor();
    await cell.fill('L4');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('loads a spreadsheet’s CSV into the grid, reports the lines it cannot place by number, then saves them', async () => {
    const first = cells().first();
    const [, participantId, date] = /^cell-(.+)-(\d{4}-\d{2}-\d{2})$/.exec((await first.getAttribute('data-testid'))!)!;
    const name = (await page.locator('[data-testid="attendance-grid"] tbody th').first().textContent())!.trim();
    const csv = ['uczestnik;data;kod;godziny', `${name};${date!.split('-').reverse().join('.')};O;5,5`, `Nieznany Ktoś;${date};NN;`].join('\r\n');
    await page.getByTestId('attendance-csv').setInputFiles({ name: 'obecnosci.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`, 'utf8') });
    await page.getByTestId('csv-problems').filter({ hasText: 'wiersz 3' }).waitFor();
    expect(await first.inputValue()).toBe('O:5.5');
    await page.getByRole('button', { name: 'Zapisz miesiąc' }).click();
    await page.getByRole('status').filter({ hasText: 'Zapisano' }).waitFor();
    const [day] = await t
      .em()
      .execute<{ hours: number }[]>('select hours from attendance_entry where participation_id = ? and date = ?', [participantId, date]);
    expect(day!.hours).toBe(5.5);
  });

  it('reports tonight’s occupancy of the organisation’s shelter', async () => {
    const row = page.getByTestId('tonight').locator('tbody tr').first();
    const shelter = (await row.locator('th').textContent())!.trim();
    await row.locator('input').fill('7');
    await row.getByRole('button').click();
    await row.getByRole('status').filter({ hasText: 'Zapisano' }).waitFor();
    const [report] = await t
      .em()
      .execute<{ occupied_places: number }[]>(
        "select r.occupied_places from occupancy_report r join facility f on f.id = r.facility_id where f.name = ? and r.date = ? and r.reported_by = 'dev-ngo_staff'",
        [shelter, today],
      );
    expect(report!.occupied_places).toBe(7);
  });

  it('pastes a block copied from a spreadsheet from the focused cell, fills a row, and undoes', async () => {
    const first = cells().first();
    const [, participantId, date] = /^cell-(.+)-(\d{4}-\d{2}-\d{2})$/.exec((await first.getAttribute('data-testid'))!)!;
    await first.fill('');
    await first.focus();
    await first.evaluate((input, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, 'o:4\tNN\r\nL4\tDW\r\n');
    await page.getByRole('status').filter({ hasText: 'Wklejono' }).waitFor();
    expect(await first.inputValue()).toBe('O:4');
    const next = page.getByTestId(`cell-${participantId}-${date}`).locator('xpath=ancestor::td/following-sibling::td[1]//input');
    expect(await next.inputValue()).toBe('NN');
    // The second row of the block went into the second participant's row, same days.
    const secondRowFirst = page
      .locator('[data-testid="attendance-grid"] tbody tr')
      .nth(1)
      .locator(`input[data-d="${await first.getAttribute('data-d')}"]`);
    if (await secondRowFirst.count()) expect(await secondRowFirst.inputValue()).toBe('L4');
    await page.getByRole('button', { name: 'Cofnij' }).click();
    expect(await first.inputValue()).toBe('');
    await next.fill('');
    await first.fill('O:6');
    await first.focus();
    await page.getByRole('button', { name: 'Wypełnij wiersz (dni robocze)' }).click();
    expect(await next.inputValue()).toBe(await next.evaluate((el) => (el.closest('td')!.classList.contains('weekend') ? '' : 'O:6')));
    await first.press('Control+z');
    expect(await next.inputValue()).toBe('');
  });

  it('asks before closing the last month, says what it closes, and then shows it to the organisation as final and read-only', async () => {
    const last = (await t.em().execute<{ m: string }[]>(`select to_char((date_trunc('month', ?::date) - interval '1 month'), 'YYYY-MM') as m`, [today]))[0]!.m;
    const closures = async () =>
      (await t.em().execute<{ n: number }[]>('select count(*)::int as n from attendance_month_closure where month = ?', [last]))[0]!.n;
    await page.getByLabel('Miesiąc', { exact: true }).fill(last);
    await page.getByTestId('attendance-grid').waitFor();
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('button', { name: 'Zamknij miesiąc' }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toMatch(new RegExp(`Zamknąć miesiąc ${last}\\? Zamknięcie obejmuje obecności \\d+ uczestników`));
    expect(await closures()).toBe(0);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Zamknij miesiąc' }).click();
    await page.getByTestId('month-closed').filter({ hasText: 'organizacja nie może ich zmienić' }).waitFor();
    expect(await closures()).toBeGreaterThan(0);
    expect(await cells().first().getAttribute('readonly')).not.toBeNull();
    expect(await page.getByRole('button', { name: 'Zapisz miesiąc' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('tells two participants of the same name apart in the grid, and refuses a CSV line that could be either', async () => {
    const mops = await developmentToken(t.url, 'MOPS_WORKER', DEMO_ORGANISATIONS.mops);
    const ngo = await developmentToken(t.url, 'NGO_STAFF', DEMO_ORGANISATIONS.ngo);
    const { facilities } = await api(
      t.url,
      ngo,
      `{ facilities(first: 200, filter: { types: [SOCIAL_INTEGRATION_CENTRE, SOCIAL_INTEGRATION_CLUB], operatorIds: ["${DEMO_ORGANISATIONS.ngo}"] }) { nodes { id type } } }`,
    );
    const facility = facilities.nodes[0];
    const start = `${month}-02`;
    const kis = facility.type === 'SOCIAL_INTEGRATION_CLUB';
    for (const [birthDate, serial] of [
      ['1985-03-14', 1],
      ['1992-07-21', 2],
    ] as const) {
      const person = { pesel: peselFor(birthDate, 'MALE', 900 + serial), firstName: 'Michał', lastName: 'Woźniak' };
      const input = {
        ...cisEnrolment(facility.id, start, { person }),
        ...(kis ? { programmeDocument: { kind: 'SOCIAL_CONTRACT', number: `KS/${serial}`, signedOn: start } } : {}),
      };
      const answer = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'authorization': `Bearer ${mops}` },
        body: JSON.stringify({ query: 'mutation($i: EnrolmentInput!) { enrolParticipant(input: $i) { id } }', variables: { i: input } }),
      });
      expect(((await answer.json()) as { errors?: unknown }).errors).toBeUndefined();
    }
    await page.getByLabel('Miesiąc', { exact: true }).fill(month);
    const twins = page.locator('[data-testid="attendance-grid"] tbody th', { hasText: 'Woźniak Michał' });
    await twins.nth(1).waitFor();
    expect((await twins.allTextContents()).sort()).toEqual(['Woźniak Michałur. 1985', 'Woźniak Michałur. 1992']);
    const csv = ['uczestnik;data;kod', `Woźniak Michał;${start};NN`, `Woźniak Michał 1992;${start};L4`].join('\r\n');
    await page.getByTestId('attendance-csv').setInputFiles({ name: 'obecnosci.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByTestId('csv-problems').filter({ hasText: 'dopisz rok urodzenia' }).waitFor();
    expect(await page.getByTestId('csv-problems').locator('li').count()).toBe(1);
    expect(await page.getByLabel(`Woźniak Michał (ur. 1992), ${start}`).inputValue()).toBe('L4');
    expect(await page.getByLabel(`Woźniak Michał (ur. 1985), ${start}`).inputValue()).toBe('');
  });

  it('is not for a labour-office clerk', async () => {
    const other = await newPage(browser);
    await signIn(other, t.url, 'LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice);
    await openInApp(other, '/obecnosci');
    await other.getByTestId('forbidden').waitFor();
  });
});
