import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../../../src/core/auth/dev-tokens.js';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { errorCodes, startTestHub, TEST_JWT_SECRET, testToday, type TestHub } from '../../support/test-hub.js';

const today = testToday('2026-11-30');
const year = Number(today.slice(0, 4));
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true });
});
afterAll(() => t?.close());

const ASSESSMENT = `query($y: Int!) { resourcesAssessment(year: $y) {
  year asOf previousAsOf figures { section key label value previous change suppressed } toBeEntered { section title } } }`;
type Figure = { section: string; key: string; label: string; value: number | null; previous: number | null; change: number | null; suppressed: boolean };
const assessment = async (y = year) =>
  (await t.as('ANALYST').query(ASSESSMENT, { y })).data.resourcesAssessment as {
    asOf: string;
    previousAsOf: string;
    figures: Figure[];
    toBeEntered: { section: string; title: string }[];
  };
const CAPACITY = 'query($d: Date) { capacityOverview(asOf: $d, groupBy: [TYPE]) { type facilities declaredCapacity } }';

describe('the assessment of social-assistance resources (art. 16a)', () => {
  it('stands on 31 December of a past year and on today for this one, the year before beside it', async () => {
    const past = await assessment(year - 1);
    expect([past.asOf, past.previousAsOf]).toEqual([`${year - 1}-12-31`, `${year - 2}-12-31`]);
    const current = await assessment();
    expect([current.asOf, current.previousAsOf]).toEqual([today, `${year - 1}-12-31`]);
  });

  it('counts facilities and places by type as the capacity overview does on the same day, the previous year and the change beside', async () => {
    const { figures } = await assessment();
    for (const [day, column] of [
      [today, 'value'],
      [`${year - 1}-12-31`, 'previous'],
    ] as const) {
      const overview = (await t.as('ANALYST').query(CAPACITY, { d: day })).data.capacityOverview as {
        type: string;
        facilities: number;
        declaredCapacity: number;
      }[];
      for (const row of overview.filter((r) => r.facilities > 0)) {
        expect(figures.find((f) => f.key === `${row.type}:FACILITIES`)?.[column], `${row.type} on ${day}`).toBe(row.facilities);
        expect(figures.find((f) => f.key === `${row.type}:PLACES`)?.[column], `${row.type} places on ${day}`).toBe(row.declaredCapacity);
      }
    }
    for (const f of figures.filter((f) => !f.suppressed)) expect(f.change).toBe(f.value! - f.previous!);
    // Labels are Polish, from the registry's legal names: no code left in them.
    expect(figures.find((f) => f.key === 'NIGHT_SHELTER:PLACES')!.label).toBe('Noclegownia (art. 48a): miejsca');
    expect(figures.every((f) => !/[A-Z]{2,}_[A-Z]/.test(f.label))).toBe(true);
  });

  it('sees a facility opened this year in this year\u2019s figures and not in last year\u2019s', async () => {
    const before = (await assessment()).figures.find((f) => f.key === 'WARMING_CENTRE:FACILITIES');
    const admin = t.as('ADMIN');
    const { welfareUnits, districts } = (await admin.query('{ welfareUnits { id } districts { id } }')).data;
    const created = await admin.query('mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id } }', {
      i: {
        name: 'Ogrzewalnia przy Dworcu',
        type: 'WARMING_CENTRE',
        operatorId: DEMO_ORGANISATIONS.ngo,
        unitId: welfareUnits[0].id,
        districtId: districts[0].id,
        address: { street: 'ul. Dworcowa 3', postalCode: '30-001', city: 'Kraków' },
        management: 'COMMISSIONED',
        agreement: { number: 'OZ/1/2026', validFrom: `${year}-01-01` },
        declaredCapacity: 20,
        openedOn: today,
      },
    });
    expect(created.errors).toBeUndefined();
    const after = (await assessment()).figures;
    const facilities = after.find((f) => f.key === 'WARMING_CENTRE:FACILITIES')!;
    expect(facilities.value).toBe((before?.value ?? 0) + 1);
    expect(facilities.previous).toBe(before?.previous ?? 0);
    const places = after.find((f) => f.key === 'WARMING_CENTRE:PLACES')!;
    expect(places.value! - places.previous!).toBe(places.change);
    expect(places.value).toBeGreaterThanOrEqual(20);
    expect((await assessment(year - 1)).figures.find((f) => f.key === 'WARMING_CENTRE:FACILITIES')?.value ?? 0).toBe(before?.previous ?? 0);
  });

  it('lists what the hub cannot know as to be entered, and the sections it can fill', async () => {
    const { figures, toBeEntered } = await assessment();
    expect(new Set(figures.map((f) => f.section))).toEqual(new Set(['INFRASTRUCTURE', 'OPERATORS', 'STAFF', 'POPULATION', 'SOCIAL_EMPLOYMENT', 'FOSTER_CARE']));
    expect(toBeEntered.map((g) => g.section)).toEqual(['BENEFICIARIES', 'STAFF', 'EXPENDITURE', 'RECOMMENDATIONS']);
    const residents = figures.find((f) => f.key === 'RESIDENTS')!;
    const districts = (await t.as('ANALYST').query('query($y: Int) { districts { population(year: $y) } }', { y: year })).data.districts as {
      population: number | null;
    }[];
    const sum = districts.reduce((s, d) => s + (d.population ?? 0), 0);
    expect(sum).toBeGreaterThan(0);
    expect(residents.value).toBe(sum);
  });

  it('withholds a count of persons under 5 and its change', async () => {
    const persons = (await assessment()).figures.filter((f) => f.section === 'SOCIAL_EMPLOYMENT' || f.section === 'FOSTER_CARE');
    expect(persons.length).toBeGreaterThan(0);
    for (const f of persons) {
      if (f.suppressed) expect([f.value, f.previous, f.change]).toEqual([null, null, null]);
      else for (const n of [f.value, f.previous]) expect(n === 0 || n! >= 5).toBe(true);
    }
  });

  it('exports with numbers that sum', async () => {
    const token = await signDevelopmentToken(TEST_JWT_SECRET, { role: 'ANALYST', sub: 'analyst' });
    const response = await fetch(t.url.replace('/graphql', '/export?format=xlsx'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'authorization': `Bearer ${token}` },
      body: JSON.stringify({ query: ASSESSMENT, variables: { y: year } }),
    });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.worksheets.find((w) => w.name.includes('Wskaźniki'))!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['Dział', 'Kategoria', 'Opis', 'Wartość', 'Rok poprzedni', 'Zmiana', 'Utajniono (tajemnica statystyczna)']);
    const { figures } = await assessment();
    const column = (name: string) =>
      sheet
        .getColumn(header.indexOf(name) + 1)
        .values.slice(2)
        .map((v) => (typeof v === 'number' ? v : 0));
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(sum(column('Wartość'))).toBe(sum(figures.map((f) => f.value ?? 0)));
    expect(sum(column('Zmiana'))).toBe(sum(figures.map((f) => f.change ?? 0)));
  });

  it('answers ANALYST, MOPS_WORKER and ADMIN only, for a year from 2005 to this one', async () => {
    expect(errorCodes(await t.as('NGO_STAFF', DEMO_ORGANISATIONS.ngo).query(ASSESSMENT, { y: year }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.publicCaller.query(ASSESSMENT, { y: year }))).toEqual(['FORBIDDEN']);
    expect((await t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops).query(ASSESSMENT, { y: year })).errors).toBeUndefined();
    expect(errorCodes(await t.as('ANALYST').query(ASSESSMENT, { y: year + 1 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await t.as('ANALYST').query(ASSESSMENT, { y: 2004 }))).toEqual(['BAD_USER_INPUT']);
  });
});
