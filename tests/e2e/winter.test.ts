/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../seeds/demo-ids.js';
import { testToday } from '../support/test-hub.js';
import { accessibilityViolations, api, BROWSER_AVAILABLE, developmentToken, newPage, openInApp, signIn, webHubForFile } from './browser.js';

// A night in January: the demo city's warming centres are in their season, and a frost night's overflow beds were two nights ago.
const today = testToday('2027-01-20');
const file = webHubForFile(today);

const tableRows = (testId: string) => async (page: import('playwright-core').Page) =>
  page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')));

const plain = (v: string) => v.replace(/(\d)\s(?=\d)/g, '$1');

describe.skipIf(!BROWSER_AVAILABLE)('winter on the dashboard', () => {
  it('shows tonight\u2019s places by whom they are for, and the seasonal places with their dates, as the API gives them', async () => {
    const page = await newPage(file.browser);
    await signIn(page, file.t.url, 'MOPS_WORKER', DEMO_ORGANISATIONS.mops);
    await page.getByTestId('capacity-by-population').locator('tbody tr').first().waitFor();
    await page.getByTestId('capacity-periods').locator('tbody tr').first().waitFor();
    const token = await developmentToken(file.t.url, 'MOPS_WORKER', DEMO_ORGANISATIONS.mops);
    const { capacityOverview } = await api(
      file.t.url,
      token,
      `{ capacityOverview(groupBy: [TARGET_POPULATION], filter: { types: [NIGHT_SHELTER, HOMELESS_SHELTER, HOMELESS_SHELTER_WITH_CARE, WARMING_CENTRE] }) { targetPopulation places seasonalPlaces } }`,
    );
    const shown = await tableRows('capacity-by-population')(page);
    expect(shown.map((r) => [r[0], plain(r[5]!)])).toEqual(
      capacityOverview.map((r: { targetPopulation: string; places: number }) => [
        { ANY: 'Dla wszystkich', MEN: 'Dla mężczyzn', WOMEN: 'Dla kobiet' }[r.targetPopulation],
        String(r.places),
      ]),
    );
    // Both warming centres are in their December–March season tonight.
    const periods = await tableRows('capacity-periods')(page);
    expect(
      periods
        .filter((r) => r[1] === 'Sezonowe')
        .map((r) => r[0])
        .sort(),
    ).toEqual(['Ogrzewalnia Na Dąbiu', 'Ogrzewalnia Przy Rondzie']);
    expect(periods.find((r) => r[0] === 'Ogrzewalnia Na Dąbiu')!.slice(3, 5)).toEqual(['01.12.2026', '31.03.2027']);
    // On the frost night, the shelter by the station had its overflow beds too.
    await page.getByLabel('Stan na dzień').fill('2027-01-18');
    await page.getByTestId('capacity-periods').getByText('Interwencyjne (na jedną noc)').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('fits a 390 px phone, the winter tables scrolling in their own box', async () => {
    const context = await file.browser.newContext({ locale: 'pl-PL', bypassCSP: true, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    context.setDefaultTimeout(120_000);
    const page = await context.newPage();
    await signIn(page, file.t.url, 'MOPS_WORKER', DEMO_ORGANISATIONS.mops);
    await page.getByTestId('capacity-periods').locator('tbody tr').first().waitFor();
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('narrows the places to those a man may use: for men and for anyone', async () => {
    const page = await newPage(file.browser);
    await signIn(page, file.t.url, 'ANALYST', DEMO_ORGANISATIONS.mops);
    await page.getByTestId('capacity-by-population').locator('tbody tr').first().waitFor();
    await page.getByTestId('for-whom').selectOption('MEN');
    await page.waitForFunction(() => {
      const rows = [
        ...document.querySelectorAll('[data-testid="capacity-by-population"] tbody tr th, [data-testid="capacity-by-population"] tbody tr td:first-child'),
      ];
      return rows.length > 0 && rows.every((c) => ['Dla mężczyzn', 'Dla wszystkich'].includes(c.textContent?.trim() ?? ''));
    });
    expect((await tableRows('capacity-by-population')(page)).map((r) => r[0]).sort()).toEqual(['Dla mężczyzn', 'Dla wszystkich']);
  });
});

describe.skipIf(!BROWSER_AVAILABLE)('the night of the homeless count, on a phone', () => {
  it('lets the coordinator open tonight\u2019s count, a street team enter what it found, and shows the table with the last count beside it', async () => {
    const context = await file.browser.newContext({ locale: 'pl-PL', bypassCSP: true, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    context.setDefaultTimeout(120_000);
    const page = await context.newPage();
    await signIn(page, file.t.url, 'MOPS_WORKER', DEMO_ORGANISATIONS.mops);
    await openInApp(page, '/liczenie-bezdomnych');
    await page.getByRole('heading', { name: 'Badanie liczby osób bezdomnych' }).waitFor();
    // The demo city's last count (3/4 March 2026) is closed; tonight's is opened here.
    await page.getByText('Otwórz badanie').first().click();
    await page.locator('input[type="date"]').fill(today);
    await page.getByRole('textbox', { name: 'Gmina' }).fill('Gmina Miejska Kraków');
    await page.getByRole('button', { name: 'Otwórz badanie' }).click();
    await page.getByTestId('count-said').getByText('Badanie otwarte.').waitFor();
    // The facilities of the count's types, and how many have reported tonight, as the API counts them.
    const token = await developmentToken(file.t.url, 'MOPS_WORKER', DEMO_ORGANISATIONS.mops);
    const { homelessCounts } = await api(file.t.url, token, '{ homelessCounts { night progress { facilities counted } } }');
    const tonight = homelessCounts.find((c: { night: string }) => c.night === today).progress;
    await page.getByTestId('count-progress').getByText(`Policzone placówki: ${tonight.counted} z ${tonight.facilities}.`).waitFor();

    const { districts } = await api(file.t.url, null, '{ districts { id name } }');
    await page.getByRole('combobox', { name: 'Miejsce przebywania' }).selectOption('STATION');
    await page.getByRole('combobox', { name: /^Dzielnica/ }).selectOption(districts[0].id);
    await page.getByLabel('Mężczyzna').check();
    await page.getByLabel('61 lat i więcej').check();
    await page.getByRole('button', { name: 'Jedna osoba więcej' }).click();
    await page.getByRole('button', { name: 'Jedna osoba więcej' }).click();
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await page.getByTestId('count-said').getByText('Zapisano: 3 osoby (Dworzec).').waitFor();

    const station = async () => (await tableRows('count-table')(page)).find((r) => r[0] === 'Dworzec')!;
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="count-table"] tbody tr')].some(
        (r) => r.textContent?.startsWith('Dworzec') && r.children[1]?.textContent?.trim() === '3',
      ),
    );
    const row = await station();
    expect(row.slice(1, 3)).toEqual(['3', '3']);
    expect(await page.getByTestId('count-table').locator('caption').innerText()).toContain('03.03.2026');

    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets a shelter count its own residents by sex and age on the night, for its own facilities only', async () => {
    const context = await file.browser.newContext({ locale: 'pl-PL', bypassCSP: true, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    context.setDefaultTimeout(120_000);
    const page = await context.newPage();
    // Tonight's count, opened by the coordinator (here, or by the test above).
    const mops = await developmentToken(file.t.url, 'MOPS_WORKER', DEMO_ORGANISATIONS.mops);
    const { homelessCounts } = await api(file.t.url, mops, '{ homelessCounts { night } }');
    if (!homelessCounts.some((c: { night: string }) => c.night === today)) {
      await api(file.t.url, mops, 'mutation($n: Date!) { openHomelessCount(input: { night: $n, gminaName: "Kraków" }) { id } }', { n: today });
    }
    await signIn(page, file.t.url, 'NGO_STAFF', DEMO_ORGANISATIONS.ngo);
    await openInApp(page, '/liczenie-bezdomnych');
    await page.getByRole('heading', { name: 'Wpisz policzone osoby' }).waitFor();
    await page.getByRole('combobox', { name: 'Miejsce przebywania' }).selectOption('NIGHT_SHELTER');
    const facility = page.getByRole('combobox', { name: /^Placówka/ });
    // The organisation's own night shelter is offered, no one else's.
    const offered = (await facility.locator('option').allTextContents()).slice(1);
    const token = await developmentToken(file.t.url, 'NGO_STAFF', DEMO_ORGANISATIONS.ngo);
    const own = await api(
      file.t.url,
      token,
      `query($o: [ID!]) { facilities(first: 50, filter: { types: [NIGHT_SHELTER], operatorIds: $o }) { nodes { name } } }`,
      {
        o: [DEMO_ORGANISATIONS.ngo],
      },
    );
    expect(offered).toEqual(own.facilities.nodes.map((f: { name: string }) => f.name));
    await facility.selectOption({ index: 1 });
    await page.getByLabel('Mężczyzna').check();
    await page.getByLabel('41–60 lat').check();
    await page.getByRole('spinbutton', { name: 'Liczba osób' }).fill('5');
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await page.getByTestId('count-said').getByText('Zapisano: 5 osób (Noclegownia).').waitFor();
    // Whom to phone is for the coordinator.
    expect(await page.getByTestId('missing-facilities').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
