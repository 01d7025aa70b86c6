import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { signDevelopmentToken } from '../../../src/core/auth/dev-tokens.js';
import { SYMBOLS } from '../../../src/core/export/formats.js';
import { startTestHub, TEST_JWT_SECRET, testToday, type TestHub } from '../../support/test-hub.js';

const today = testToday('2026-11-30');
let t: TestHub;
let analyst: string;
beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true });
  analyst = await signDevelopmentToken(TEST_JWT_SECRET, { role: 'ANALYST', sub: 'analyst' });
});
afterAll(() => t?.close());

const exportUrl = (format: string) => t.url.replace('/graphql', `/export?format=${format}`);
const post = (format: string, query: string, token: string | null = analyst, variables?: unknown) =>
  fetch(exportUrl(format), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });

describe('exports of reports and statistics', () => {
  it('heads every plain column of a facility in Polish', async () => {
    const response = await post(
      'csv',
      '{ facilities(first: 3) { nodes { name subtype declaredCapacity targetPopulation status openedOn closedOn stepFreeAccess } } }',
    );
    expect(response.status).toBe(200);
    const [header] = Buffer.from(await response.arrayBuffer())
      .subarray(3)
      .toString('utf8')
      .split(/\r?\n/);
    expect(header).toBe('Nazwa;Podtyp;Miejsca deklarowane;Dla kogo;Status;Data otwarcia;Data zamknięcia;Dostępna bez schodów (wózek)');
  });

  it('gives a statistics query as CSV with Polish headers, a BOM, and # where a small count is withheld', async () => {
    const response = await post(
      'csv',
      '{ participationStatistics(groupBy: [PROGRAMME, ELIGIBILITY_CATEGORY, MONTH]) { programme eligibilityCategory month participants suppressed } }',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain(`participationStatistics-${today}.csv`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a BOM, so that a spreadsheet reads UTF-8
    const [header, ...rows] = bytes.subarray(3).toString('utf8').trim().split(/\r?\n/);
    // Polish Excel's dialect: `;` between fields.
    expect(header).toBe('Program;Kategoria uczestnika (art. 1 ust. 2);Miesiąc;Uczestnicy;Utajniono (tajemnica statystyczna)');
    expect(rows.some((r) => r.split(';')[3] === SYMBOLS.withheld)).toBe(true);
  });

  it('tells no data (.) from zero (–) as public statistics do', async () => {
    const text = await (await post('csv', '{ programmeBudgets(fromYear: 2013, toYear: 2013) { year plannedBudget usedBudget socialWorkers } }')).text();
    const row2013 = text.split(/\r?\n/).find((r) => r.startsWith('2013;'))!;
    expect(row2013.split(';')[2]).toBe(SYMBOLS.noData);
    // No kinship family's stay can be overdue (they have no statutory length): zero, not unknown.
    const zero = await (await post('csv', '{ fosterCareCapacity(groupBy: [KIND]) { kind overduePlacements } }')).text();
    expect(zero.split(/\r?\n/)).toContain(`Rodzina zastępcza spokrewniona;${SYMBOLS.zero}`);
  });

  it('gives a report as an XLSX workbook, one sheet per section, the header row first', async () => {
    const response = await post(
      'xlsx',
      '{ flowReport { from to personsReached { count } childrenCaredFor { key count suppressed } placementsEnded { key count suppressed } } }',
    );
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names).toEqual(['Przepływy w okresie', 'Dzieci w pieczy w okresie', 'Umieszczenia zakończone', 'Objaśnienia znaków']);
    const children = workbook.worksheets[1]!;
    expect(children.getRow(1).values).toEqual([undefined, 'Kategoria', 'Liczba', 'Utajniono (tajemnica statystyczna)']);
    expect(children.rowCount).toBeGreaterThan(2);
  });

  it('exports only what the caller may read, only queries, and says why not', async () => {
    const forbidden = await post('csv', '{ participationStatistics(groupBy: []) { participants } }', null);
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('FORBIDDEN');
    expect((await post('csv', 'mutation { closeMonth(facilityId: "00000000-0000-4000-8000-000000000000", month: "2026-10") { month } }')).status).toBe(400);
    expect((await post('pdf', '{ labourMarketCounts { registeredUnemployed } }')).status).toBe(400);
    expect((await post('csv', '{ labourMarketCounts { registeredUnemployed } }', 'not-a-token')).status).toBe(401);
  });

  it('gives money as numbers a spreadsheet sums to the report\u2019s totals, with two decimals, and explains the symbols', async () => {
    const query = '{ programmeBudgets(fromYear: 2010, toYear: 2016) { year plannedBudget usedBudget } }';
    const token = await signDevelopmentToken(TEST_JWT_SECRET, { role: 'ANALYST', sub: 'analyst' });
    const answer = (await (
      await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'authorization': `Bearer ${token}` },
        body: JSON.stringify({ query }),
      })
    ).json()) as { data: { programmeBudgets: { plannedBudget: string | null }[] } };
    const total = answer.data.programmeBudgets.reduce((s, r) => s + Math.round(Number(r.plannedBudget ?? 0) * 100), 0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await (await post('xlsx', query)).arrayBuffer()) as never);
    const sheet = workbook.worksheets[0]!;
    const planned = (sheet.getRow(1).values as unknown[]).indexOf('Budżet planowany (zł)');
    let sum = 0;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const value = row.getCell(planned).value;
      if (typeof value === 'number') {
        sum += Math.round(value * 100);
        expect(row.getCell(planned).numFmt).toBe('#,##0.00');
      } else expect([SYMBOLS.zero, SYMBOLS.noData]).toContain(value);
    });
    expect(sum).toBe(total);
    expect(total).toBeGreaterThan(0);
    const legend = workbook.getWorksheet('Objaśnienia znaków')!;
    expect(legend.getColumn(1).values).toEqual(expect.arrayContaining([SYMBOLS.zero, SYMBOLS.noData, SYMBOLS.withheld]));

    // The same in CSV: a decimal comma in Polish Excel's dialect, a point in the plain one; both read back by a CSV parser.
    const polish = parse((await (await post('csv', query)).text()).replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][];
    const plain = parse(
      (
        await (
          await fetch(`${exportUrl('csv')}&dialect=plain`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'authorization': `Bearer ${analyst}` },
            body: JSON.stringify({ query }),
          })
        ).text()
      ).replace(/^\uFEFF/, ''),
      { delimiter: ',' },
    ) as string[][];
    const cents = (rows: string[][], comma: boolean) =>
      rows.slice(1).reduce((s, r) => s + (/^\d/.test(r[1]!) ? Math.round(Number(comma ? r[1]!.replace(',', '.') : r[1]) * 100) : 0), 0);
    expect(cents(polish, true)).toBe(total);
    expect(cents(plain, false)).toBe(total);
    expect(polish[1]![1]).not.toContain('.');
  });

  it('neutralises every text that a spreadsheet would run as a formula, in CSV and in XLSX (OWASP CSV injection)', async () => {
    const admin = await signDevelopmentToken(TEST_JWT_SECRET, { role: 'ADMIN', sub: 'admin' });
    const names = ['=HYPERLINK("http://x","y")', "+1+cmd|' /C calc'!A0", '-2+3', '@SUM(A1)', 'Fundacja Zwykła'];
    for (const name of names) {
      const created = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'authorization': `Bearer ${admin}` },
        body: JSON.stringify({
          query: 'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
          variables: { i: { name, kind: 'FOUNDATION' } },
        }),
      });
      expect(((await created.json()) as { errors?: unknown }).errors).toBeUndefined();
    }
    const query = '{ organisations(first: 500) { nodes { name kind nip } } }';
    const csv = parse((await (await post('csv', query, admin)).text()).replace(/^\uFEFF/, ''), { delimiter: ';', relax_column_count: true }) as string[][];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await (await post('xlsx', query, admin)).arrayBuffer()) as never);
    const xlsx = workbook.worksheets[0]!.getSheetValues()
      .slice(2)
      .map((row) => (row as unknown[]).slice(1).map(String));
    for (const rows of [csv.slice(1), xlsx]) {
      const cells = rows.flat();
      for (const name of names.slice(0, 4)) expect(cells).toContain(`'${name}`);
      expect(cells).toContain('Fundacja Zwykła');
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    }
  });

  it('prints every enum value as its Polish label and names beside ids, however the query is written', async () => {
    const query = `{ flowReport { participationsByFacility { ...ByFacility } } rows: referralStatistics(groupBy: [RECEIVER_TYPE]) { receiverType sent } }
      fragment ByFacility on FacilityFlow { facilityName operatorName persons }`;
    const text = await (
      await post('csv', query, await signDevelopmentToken(TEST_JWT_SECRET, { role: 'MOPS_WORKER', sub: 'worker', org: DEMO_ORGANISATIONS.mops }))
    ).text();
    const rows = parse(text.slice(1), { delimiter: ';', relax_column_count: true }) as string[][];
    const types = rows.slice(rows.findIndex((r) => r[0] === 'Statystyka skierowań') + 2).map((r) => r[0]!);
    expect(types.length).toBeGreaterThan(0);
    for (const type of types) expect(type).not.toMatch(/^[A-Z_]+$/);
    expect(rows.some((r) => r[0]?.startsWith('CIS') || r[0]?.includes('Centrum'))).toBe(true);
    // No field of any export holds a code in capitals where a label belongs.
    expect(text).not.toMatch(/;[A-Z]+_[A-Z_]+(;|\r)/);
  });

  it('gives a report\u2019s headline figures one to a row with their Polish names, never as JSON', async () => {
    const text = await (await post('csv', '{ flowReport { from to personsReached { count suppressed } personsByService { label count } } }')).text();
    expect(text).not.toContain('{');
    const rows = parse(text.slice(1), { delimiter: ';', relax_column_count: true }) as string[][];
    const reached = rows.find((r) => r[0] === 'Osoby objęte wsparciem — Liczba')!;
    expect(Number(reached[1])).toBeGreaterThan(4);
    expect(rows.find((r) => r[0] === 'Od')![1]).toBe(`${today.slice(0, 4)}-01-01`);
    expect(rows.map((r) => r[0])).toContain('Piecza zastępcza');
  });
});
