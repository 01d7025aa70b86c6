/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../seeds/demo-ids.js';
import { validNip } from '../support/identifiers.js';
import { testToday } from '../support/test-hub.js';
import { accessibilityViolations, api, BROWSER_AVAILABLE, developmentToken, newPage, openInApp, signIn, webHubForFile } from './browser.js';

const today = testToday('2026-11-30');
const file = webHubForFile(today);

/** The first cells of a table's rows. */
const firstCells = (page: Page, testId: string) => page.getByTestId(testId).locator('tbody tr th').allTextContents();

describe.skipIf(!BROWSER_AVAILABLE)('Ustawienia miasta', () => {
  it('lets ADMIN add a team and a district it covers, record its residents, and refuses in Polish to delete the team while it covers one', async () => {
    const page = await newPage(file.browser);
    await signIn(page, file.t.url, 'ADMIN');
    await page.getByRole('link', { name: 'Ustawienia miasta' }).click();
    await page.getByRole('heading', { name: 'Ustawienia miasta', level: 1 }).waitFor();
    await page.getByTestId('settings-units').locator('tbody tr').first().waitFor();

    // A team of the centre, typed by keyboard from its code field.
    await page.getByLabel('Kod', { exact: true }).nth(1).focus();
    await page.keyboard.type('ZT9');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Zespół Testowy Osiedla');
    await page.getByLabel('Rodzaj jednostki').selectOption('TEAM');
    await page.getByRole('button', { name: 'Dodaj', exact: true }).nth(1).click();
    await page.getByTestId('units-outcome').getByText('Zapisano.').waitFor();
    expect(await firstCells(page, 'settings-units')).toContain('ZT9');

    // A district covered by it, with a TERYT code, then its residents.
    await page.getByLabel('Kod', { exact: true }).first().fill('XIX');
    await page.getByLabel('Nazwa', { exact: true }).first().fill('Osiedle Testowe');
    await page.getByLabel('Kod TERYT').fill('1261059');
    await page.getByLabel('Jednostka obejmująca dzielnicę').selectOption({ label: 'ZT9: Zespół Testowy Osiedla' });
    await page.getByRole('button', { name: 'Dodaj', exact: true }).first().click();
    await page.getByTestId('districts-outcome').getByText('Zapisano.').waitFor();
    expect(await firstCells(page, 'settings-districts')).toContain('XIX');
    await page.getByLabel('Dzielnica', { exact: true }).selectOption({ label: 'Osiedle Testowe' });
    await page.getByLabel('Rok', { exact: true }).fill('2025');
    await page.getByLabel('Liczba mieszkańców', { exact: true }).fill('12345');
    await page.getByRole('button', { name: 'Zapisz liczbę mieszkańców' }).click();
    await page.getByTestId('settings-districts').getByText('12345 (2025)').waitFor();

    const token = await developmentToken(file.t.url, 'ADMIN', null);
    const { districts } = await api(file.t.url, token, '{ districts { code name teryt branch { code } population(year: 2025) } }');
    expect(districts.find((d: { code: string }) => d.code === 'XIX')).toEqual({
      code: 'XIX',
      name: 'Osiedle Testowe',
      teryt: '1261059',
      branch: { code: 'ZT9' },
      population: 12345,
    });

    // The team covers a district: deleting it is refused, in Polish, and nothing changes.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Usuń Zespół Testowy Osiedla' }).click();
    await page
      .getByTestId('units-outcome')
      .getByRole('alert')
      .getByText(/Do jednostki ZT9 odwołują się .*najpierw je przenieś/)
      .waitFor();
    expect(await firstCells(page, 'settings-units')).toContain('ZT9');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The district goes first, then the team.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Usuń Osiedle Testowe' }).click();
    await page.getByTestId('districts-outcome').getByText('Usunięto.').waitFor();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Usuń Zespół Testowy Osiedla' }).click();
    await page.getByTestId('units-outcome').getByText('Usunięto.').waitFor();
    expect(await firstCells(page, 'settings-units')).not.toContain('ZT9');
  });

  it('lets ADMIN correct an organisation and close it on a day with its reason', async () => {
    const token = await developmentToken(file.t.url, 'ADMIN', null);
    await api(file.t.url, token, 'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }', {
      i: { name: 'Fundacja Do Zamknięcia', kind: 'FOUNDATION', nip: validNip('731000222') },
    });
    const page = await newPage(file.browser);
    await signIn(page, file.t.url, 'ADMIN');
    await openInApp(page, '/ustawienia-miasta');
    await page.getByRole('rowheader', { name: 'Fundacja Do Zamknięcia', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Edytuj Fundacja Do Zamknięcia' }).click();
    await page.getByLabel('Nazwa', { exact: true }).nth(2).fill('Fundacja Do Zamknięcia im. Testowa');
    await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await page.getByRole('rowheader', { name: 'Fundacja Do Zamknięcia im. Testowa' }).waitFor();

    await page.getByLabel('Organizacja', { exact: true }).selectOption({ label: 'Fundacja Do Zamknięcia im. Testowa' });
    await page.getByLabel('Zamknięta dnia').fill('2026-10-31');
    await page.getByLabel('Powód zamknięcia').fill('likwidacja fundacji');
    await page.getByRole('button', { name: 'Zamknij organizację' }).click();
    await page.getByTestId('settings-organisations').getByText('zamknięta 2026-10-31: likwidacja fundacji').waitFor();
    const { organisations } = await api(file.t.url, token, '{ organisations(filter: { search: "Do Zamknięcia" }) { nodes { name closedOn closedReason } } }');
    expect(organisations.nodes).toEqual([{ name: 'Fundacja Do Zamknięcia im. Testowa', closedOn: '2026-10-31', closedReason: 'likwidacja fundacji' }]);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows a case worker the structure to read, lets them register an organisation, and names a refused field in Polish', async () => {
    const page = await newPage(file.browser);
    await signIn(page, file.t.url, 'MOPS_WORKER', DEMO_ORGANISATIONS.mops);
    await openInApp(page, '/ustawienia-miasta');
    await page.getByTestId('settings-districts').locator('tbody tr').first().waitFor();
    await page.getByText('Twoja rola może przeglądać te dane; zmienia je administrator.').waitFor();
    expect(await page.getByRole('button', { name: /^Usuń/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Zapisz liczbę mieszkańców' }).count()).toBe(0);
    await page.getByTestId('settings-facilities').locator('tbody tr').first().waitFor();

    await page.getByLabel('Nazwa', { exact: true }).fill('Stowarzyszenie Z Błędnym NIP');
    await page.getByLabel('Forma prawna').selectOption('ASSOCIATION');
    await page.getByLabel('NIP', { exact: true }).fill('1234567890');
    await page.getByRole('button', { name: 'Dodaj', exact: true }).click();
    await page.getByTestId('organisations-outcome').getByText('NIP: Cyfra kontrolna NIP się nie zgadza: sprawdź numer').waitFor();

    await page.getByLabel('NIP', { exact: true }).fill(validNip('731000333'));
    await page.getByRole('button', { name: 'Dodaj', exact: true }).click();
    await page.getByTestId('organisations-outcome').getByText('Zapisano.').waitFor();
    expect(await firstCells(page, 'settings-organisations')).toContain('Stowarzyszenie Z Błędnym NIP');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('is not offered to an NGO or an analyst', async () => {
    for (const [role, org] of [
      ['NGO_STAFF', DEMO_ORGANISATIONS.ngo],
      ['ANALYST', DEMO_ORGANISATIONS.mops],
    ] as const) {
      const page = await newPage(file.browser);
      await signIn(page, file.t.url, role, org);
      await page.getByRole('link', { name: 'Logowanie' }).waitFor();
      expect(await page.getByRole('link', { name: 'Ustawienia miasta' }).count()).toBe(0);
      await openInApp(page, '/ustawienia-miasta');
      await page.getByTestId('forbidden').waitFor();
      await page.context().close();
    }
  });
});
