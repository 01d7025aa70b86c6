import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { signDevelopmentToken } from '../../../src/core/auth/dev-tokens.js';
import type { Role } from '../../../src/core/auth/principal.js';
import { Facility, Organisation } from '../../../src/modules/registry/registry.entities.js';
import { peselFor } from '../../../seeds/synthetic-pesel.js';
import { validNip, validRegon } from '../../support/identifiers.js';
import { startTestHub, TEST_JWT_SECRET, testToday, type TestHub } from '../../support/test-hub.js';
import { headerOf } from '../../../src/core/export/labels.js';
import { hubFieldHeaders } from '../../../src/hub.js';

/**
 * A city loads the registers it keeps in spreadsheets: its organisations and the voivode's register
 * of facilities, as Polish Excel saves them (CSV with `;` in Windows-1250, or XLSX), each row
 * through the registry's own rules, all or nothing, by natural key.
 */
const today = testToday('2026-11-30');
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true, env: { HUB_IMPORT_MAX_BYTES: '300000' } });
});
afterAll(() => t?.close());

async function post(register: string, body: Buffer | string, options: { role?: Role; org?: string | null; query?: string; contentType?: string } = {}) {
  const role = options.role ?? 'ADMIN';
  const token = role === 'PUBLIC' ? null : await signDevelopmentToken(TEST_JWT_SECRET, { role, sub: `import-${role}`, org: options.org ?? null });
  const response = await fetch(t.url.replace(/\/graphql$/, `/import/${register}${options.query ? `?${options.query}` : ''}`), {
    method: 'POST',
    headers: { 'content-type': options.contentType ?? 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: new Uint8Array(typeof body === 'string' ? Buffer.from(body, 'utf8') : body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

/** Text as Polish Excel saves "CSV (rozdzielany średnikami)": Windows-1250, CRLF. */
function windows1250(text: string): Buffer {
  const map: Record<string, number> = {
    ą: 0xb9,
    ć: 0xe6,
    ę: 0xea,
    ł: 0xb3,
    ń: 0xf1,
    ó: 0xf3,
    ś: 0x9c,
    ź: 0x9f,
    ż: 0xbf,
    Ą: 0xa5,
    Ć: 0xc6,
    Ę: 0xca,
    Ł: 0xa3,
    Ń: 0xd1,
    Ó: 0xd3,
    Ś: 0x8c,
    Ź: 0x8f,
    Ż: 0xaf,
  };
  return Buffer.from([...text.replace(/\n/g, '\r\n')].map((c) => map[c] ?? c.charCodeAt(0)));
}

const ORGANISATIONS = [
  'Lp.;Nazwa;Forma prawna;NIP;REGON;KRS;Adres',
  `1;Fundacja Ciepły Kąt;fundacja;${validNip('521000111')};${validRegon('14000011')};0000123456;ul. Łąkowa 3, 30-001 Kraków`,
  `2;Stowarzyszenie Żółty Dom;Stowarzyszenie;${validNip('521000222')};${validRegon('14000022')};;ul. Śliska 8, 30-002 Kraków`,
  `3;Spółdzielnia Socjalna Nowy Start;spółdzielnia socjalna;${validNip('521000333')};${validRegon('14000033')};;`,
].join('\n');

const countOf = async (entity: typeof Organisation | typeof Facility) => t.em().count(entity as never, {});

describe('importing organisations', () => {
  it('reads a Windows-1250 CSV with `;` and Polish headers, reports a dry run without writing, then writes it, and writes nothing the second time', async () => {
    const before = await countOf(Organisation);
    const dry = await post('organisations', windows1250(ORGANISATIONS), { query: 'dryRun=true' });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, written: false, rows: 3, created: 3, updated: 0, unchanged: 0, rejected: 0, problems: [] });
    expect(await countOf(Organisation)).toBe(before);

    const applied = await post('organisations', windows1250(ORGANISATIONS));
    expect(applied.body).toMatchObject({ written: true, created: 3 });
    expect(await countOf(Organisation)).toBe(before + 3);
    const [kat] = await t.em().find(Organisation, { nip: validNip('521000111') });
    expect(kat).toMatchObject({
      name: 'Fundacja Ciepły Kąt',
      kind: 'FOUNDATION',
      krs: '0000123456',
      address: { street: 'ul. Łąkowa 3', postalCode: '30-001', city: 'Kraków' },
    });

    const again = await post('organisations', windows1250(ORGANISATIONS));
    expect(again.body).toMatchObject({ written: true, created: 0, updated: 0, unchanged: 3 });
    expect(await countOf(Organisation)).toBe(before + 3);
  });

  it('updates by REGON when a row changed, keeping the organisation\u2019s id', async () => {
    const [kat] = await t.em().find(Organisation, { nip: validNip('521000111') });
    const renamed = ORGANISATIONS.replace('Fundacja Ciepły Kąt', 'Fundacja Ciepły Kąt im. Brata Alberta');
    const report = await post('organisations', `\uFEFF${renamed}`);
    expect(report.body).toMatchObject({ written: true, created: 0, updated: 1, unchanged: 2 });
    const [after] = await t.em().find(Organisation, { id: kat!.id });
    expect(after!.name).toBe('Fundacja Ciepły Kąt im. Brata Alberta');
  });

  it('reports every bad line and column, and writes nothing of a file with one bad line', async () => {
    const before = await countOf(Organisation);
    const file = [
      'Nazwa;Forma prawna;NIP;REGON',
      `Fundacja Dobra;fundacja;${validNip('521000444')};${validRegon('14000044')}`,
      'Fundacja Zła;fundacja;123-456-78-90;',
      `Coś Innego;klub kibica;${validNip('521000555')};`,
      `Fundacja Dobra bis;fundacja;;${validRegon('14000044')}`,
    ].join('\n');
    const report = await post('organisations', file);
    expect(report.status).toBe(422);
    expect(report.body).toMatchObject({ written: false, rejected: 3 });
    const where = report.body.problems.map((p: { line: number; column: string | null; reason: string }) => [p.line, p.column, p.reason]);
    expect(where).toEqual([
      [3, 'NIP', 'NIP_CHECK_DIGIT'],
      [4, 'Forma prawna', 'CELL_NOT_ONE_OF'],
      [5, null, 'DUPLICATE_ROW'],
    ]);
    expect(report.body.problems.find((p: { reason: string }) => p.reason === 'DUPLICATE_ROW').messagePl).toBe('Ten sam rekord co w wierszu 2');
    expect(await countOf(Organisation)).toBe(before);
  });

  it('reports an unknown header and a missing column, unless a mapping names the city\u2019s own headers', async () => {
    const file = 'Nazwa podmiotu;Rodzaj działalności;Uwagi\nFundacja Mapowana;fundacja;cokolwiek\n';
    const refused = await post('organisations', file);
    expect(refused.status).toBe(422);
    expect(refused.body.problems.map((p: { reason: string; column: string }) => [p.reason, p.column])).toEqual([
      ['UNKNOWN_HEADER', 'Rodzaj działalności'],
      ['UNKNOWN_HEADER', 'Uwagi'],
      ['MISSING_COLUMN', 'Rodzaj'],
    ]);
    const mapping = encodeURIComponent(JSON.stringify({ 'Rodzaj działalności': 'kind', 'Uwagi': null }));
    const mapped = await post('organisations', file, { query: `mapping=${mapping}&dryRun=true` });
    expect(mapped.body).toMatchObject({ created: 1, problems: [] });
  });

  it('answers an empty file, a file in another format and a file over the limit with a report, never a server error', async () => {
    expect((await post('organisations', '')).body.problems[0].reason).toBe('FILE_EMPTY');
    expect((await post('organisations', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]))).body.problems[0].reason).toBe('FILE_NOT_TEXT');
    expect((await post('organisations', 'Nazwa;Rodzaj\n')).body.problems[0].reason).toBe('NO_ROWS');
    const large = await post('organisations', `Nazwa;Rodzaj\n${'Fundacja X;fundacja\n'.repeat(20_000)}`);
    expect(large.status).toBe(413);
    expect(large.body.problems[0]).toMatchObject({ reason: 'TOO_LARGE' });
    expect((await post('nothing', 'a;b\n1;2')).status).toBe(404);
  });

  it('says what each register takes: its columns, the headers recognised and who may import it', async () => {
    const listing = (await (await fetch(t.url.replace(/\/graphql$/, '/import'))).json()) as {
      registers: { name: string; roles: string[]; columns: { key: string; headers: string[]; required: boolean }[] }[];
    };
    expect(listing.registers.map((r) => r.name)).toEqual(
      expect.arrayContaining(['organisations', 'units', 'districts', 'facilities', 'carers', 'participants']),
    );
    const facilities = listing.registers.find((r) => r.name === 'facilities')!;
    expect(facilities.columns.find((c) => c.key === 'declaredCapacity')).toMatchObject({ headers: expect.arrayContaining(['Liczba miejsc']), required: false });
    expect(listing.registers.find((r) => r.name === 'participants')!.roles).toContain('NGO_STAFF');
  });

  it('is for ADMIN only; NGO staff, an analyst and the public are refused', async () => {
    for (const [role, org] of [
      ['NGO_STAFF', DEMO_ORGANISATIONS.ngo],
      ['ANALYST', null],
      ['MOPS_WORKER', DEMO_ORGANISATIONS.mops],
    ] as const) {
      expect((await post('organisations', ORGANISATIONS, { role, org })).status).toBe(403);
    }
    expect((await post('organisations', ORGANISATIONS, { role: 'PUBLIC' })).status).toBe(403);
  });
});

async function facilitiesWorkbook(rows: (string | number | Date)[][], moreHeaders: string[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Rejestr');
  sheet.addRow([
    'Nazwa placówki',
    'Typ placówki',
    'Podmiot prowadzący',
    'Adres',
    'Liczba miejsc',
    'Numer w rejestrze',
    'Data wpisu',
    'Dzielnica',
    'Nr umowy',
    'Umowa od',
    ...moreHeaders,
  ]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('importing the voivode\u2019s register of facilities', () => {
  const operator = () => validNip('521000111');
  const rows = () => [
    [
      'Noclegownia Ciepły Kąt',
      'noclegownia',
      operator(),
      'ul. Łąkowa 5, 30-001 Kraków',
      40,
      'MOPS-N/1/2026',
      new Date(Date.UTC(2024, 2, 1)),
      'Dębniki',
      'UM/12/2026',
      new Date(Date.UTC(2026, 0, 1)),
    ],
    [
      'Ogrzewalnia Ciepły Kąt',
      'ogrzewalnia',
      operator(),
      'ul. Łąkowa 7, 30-001 Kraków',
      20,
      'MOPS-O/2/2026',
      new Date(Date.UTC(2024, 2, 1)),
      'VIII',
      'UM/13/2026',
      new Date(Date.UTC(2026, 0, 1)),
    ],
  ];

  const asWelfareCentre = { role: 'MOPS_WORKER' as const, org: DEMO_ORGANISATIONS.mops };
  /** The two rows, posted by the welfare centre; with one more column under `header` holding `cells` (one a row) when given. */
  const postRows = async (header?: string, cells: readonly string[] = []) =>
    post('facilities', await facilitiesWorkbook(header ? rows().map((row, i) => [...row, cells[i]!]) : rows(), header ? [header] : []), asWelfareCentre);

  it('creates facilities from an XLSX, naming the operator by NIP and the district by name or code, with Excel dates', async () => {
    const report = await post('facilities', await facilitiesWorkbook(rows()), { role: 'MOPS_WORKER', org: DEMO_ORGANISATIONS.mops });
    expect(report.body).toMatchObject({ written: true, created: 2, problems: [] });
    const [shelter] = await t.em().find(Facility, { registerNumber: 'MOPS-N/1/2026' }, { populate: ['operator', 'district'] });
    expect(shelter).toMatchObject({
      name: 'Noclegownia Ciepły Kąt',
      type: 'NIGHT_SHELTER',
      declaredCapacity: 40,
      registerEntryDate: '2024-03-01',
      management: 'COMMISSIONED',
      address: { street: 'ul. Łąkowa 5', postalCode: '30-001' },
    });
    expect(shelter!.operator.getEntity().name).toContain('Ciepły Kąt');
    expect(shelter!.district.getEntity().name).toBe('Dębniki');
  });

  it('updates a facility by its register number, leaves the unchanged, and closes one the register no longer lists when asked', async () => {
    const changed = rows();
    changed[0]![4] = 45;
    const report = await post('facilities', await facilitiesWorkbook(changed), { role: 'MOPS_WORKER', org: DEMO_ORGANISATIONS.mops });
    expect(report.body).toMatchObject({ written: true, created: 0, updated: 1, unchanged: 1 });
    const onlyFirst = await post('facilities', await facilitiesWorkbook([changed[0]!]), { query: 'closeMissing=true&dryRun=true' });
    expect(onlyFirst.body.closed).toBeGreaterThanOrEqual(1);
    const [warming] = await t.em().find(Facility, { registerNumber: 'MOPS-O/2/2026' });
    expect(warming!.status).toBe('ACTIVE');
  });

  it('takes whom the places are for from a "Dla kogo" column, keeps it when a later file does not say, and refuses a word it does not know', async () => {
    const populationOf = async () => (await t.em().findOne(Facility, { registerNumber: 'MOPS-N/1/2026' }, { refresh: true }))!.targetPopulation;
    expect((await postRows('Dla kogo', ['mężczyźni', ''])).body).toMatchObject({ written: true, problems: [] });
    expect(await populationOf()).toBe('MEN');
    expect((await postRows()).body.problems).toEqual([]);
    expect(await populationOf()).toBe('MEN');
    const unknown = await postRows('Dla kogo', ['kosmici', 'kosmici']);
    expect(unknown.body.written).toBe(false);
    expect(unknown.body.problems[0]).toMatchObject({ column: 'Dla kogo' });
  });

  it('takes step-free access from a yes/no column under the export\u2019s header or the usual one, keeps it when a later file does not say, and refuses another word', async () => {
    const accessOf = async (number: string) => (await t.em().findOne(Facility, { registerNumber: number }, { refresh: true }))!.stepFreeAccess;
    const asExported = await postRows('Dostępna bez schodów (wózek)', ['tak', 'nie']);
    expect(asExported.body).toMatchObject({ written: true, problems: [] });
    expect([await accessOf('MOPS-N/1/2026'), await accessOf('MOPS-O/2/2026')]).toEqual([true, false]);
    expect((await postRows('Dostępność architektoniczna', ['', 'TAK'])).body.problems).toEqual([]);
    expect([await accessOf('MOPS-N/1/2026'), await accessOf('MOPS-O/2/2026')]).toEqual([true, true]);
    const unknown = await postRows('Dostępność architektoniczna', ['chyba', 'chyba']);
    expect(unknown.body.written).toBe(false);
    expect(unknown.body.problems[0]).toMatchObject({ column: 'Dostępność architektoniczna' });
  });

  it('reads each plain column under the header an export gives it, so that an exported register reads back', async () => {
    const headers = hubFieldHeaders();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Rejestr');
    sheet.addRow([
      'Nazwa placówki',
      'Typ placówki',
      'Podmiot prowadzący',
      'Adres',
      'Numer w rejestrze',
      'Dzielnica',
      'Nr umowy',
      'Umowa od',
      ...(['declaredCapacity', 'status', 'targetPopulation', 'openedOn', 'stepFreeAccess'] as const).map((name) => headerOf(name, headers)),
    ]);
    sheet.addRow([
      'Noclegownia Eksport',
      'noclegownia',
      operator(),
      'ul. Łąkowa 9, 30-001 Kraków',
      'MOPS-N/9/2026',
      'Dębniki',
      'UM/19/2026',
      new Date(Date.UTC(2026, 0, 1)),
      12,
      'czynna',
      'kobiety',
      new Date(Date.UTC(2025, 0, 2)),
      'tak',
    ]);
    const report = await post('facilities', Buffer.from(await workbook.xlsx.writeBuffer()), asWelfareCentre);
    expect(report.body).toMatchObject({ written: true, created: 1, problems: [] });
    expect(await t.em().findOne(Facility, { registerNumber: 'MOPS-N/9/2026' })).toMatchObject({
      declaredCapacity: 12,
      status: 'ACTIVE',
      targetPopulation: 'WOMEN',
      openedOn: '2025-01-02',
      stepFreeAccess: true,
    });
  });

  it('keeps a facility suspended or closed (and its closing day) when a later register does not say, and reopens it when the row says czynna', async () => {
    const stateOf = async () => {
      const f = (await t.em().findOne(Facility, { registerNumber: 'MOPS-N/1/2026' }, { refresh: true }))!;
      return { status: f.status, closedOn: f.closedOn };
    };
    const em = t.em();
    const shelter = (await em.findOne(Facility, { registerNumber: 'MOPS-N/1/2026' }))!;
    em.assign(shelter, { status: 'SUSPENDED' });
    await em.flush();
    expect((await postRows()).body).toMatchObject({ problems: [] });
    expect(await stateOf()).toEqual({ status: 'SUSPENDED', closedOn: null });
    em.assign(shelter, { status: 'CLOSED', closedOn: '2026-10-01' });
    await em.flush();
    const closedKept = await postRows();
    expect(closedKept.body).toMatchObject({ problems: [], updated: 0 });
    expect(await stateOf()).toEqual({ status: 'CLOSED', closedOn: '2026-10-01' });
    expect((await postRows('Status', ['zamknięta', 'zamknięta'])).body).toMatchObject({ problems: [], updated: 1 });
    expect(await stateOf()).toEqual({ status: 'CLOSED', closedOn: '2026-10-01' });
    expect((await postRows('Status', ['czynna', 'czynna'])).body).toMatchObject({ problems: [] });
    expect(await stateOf()).toEqual({ status: 'ACTIVE', closedOn: null });
  });

  it('refuses a row whose type, operator or date is not one the registry knows, at its line and column', async () => {
    const bad = rows();
    bad[0]![1] = 'hotel';
    bad[1]![2] = 'Fundacja Nieistniejąca';
    const report = await post('facilities', await facilitiesWorkbook(bad), { role: 'MOPS_WORKER', org: DEMO_ORGANISATIONS.mops });
    expect(report.status).toBe(422);
    expect(report.body.problems.map((p: { line: number; column: string }) => [p.line, p.column])).toEqual([
      [2, 'Typ placówki'],
      [3, 'Podmiot prowadzący'],
    ]);
  });
});

describe('importing a KIS’s or CIS’s list of participants', () => {
  const header = 'PESEL;Imię;Nazwisko;Placówka;Kategoria;Program;Data rozpoczęcia;Planowane zakończenie';
  const pesel = (serial: number) => peselFor('1981-03-0' + (1 + (serial % 9)), serial % 2 ? 'MALE' : 'FEMALE', 300 + serial);
  const row = (serial: number, facility: string, programme = 'kontrakt socjalny', end = '2027-04-30') =>
    `${pesel(serial)};Imię${serial};Nazwisko${serial};${facility};bezdomna;${programme};2026-11-02;${end}`;
  let operatorId: string;
  const participants = async (registerNumber: string) =>
    (
      await t
        .em()
        .execute<{ n: number }[]>('select count(*)::int as n from participation pa join facility f on f.id = pa.facility_id where f.register_number = ?', [
          registerNumber,
        ])
    )[0]!.n;

  beforeAll(async () => {
    const created = await t.as('ADMIN').query('mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }', {
      i: { name: 'Fundacja Listy Uczestników', kind: 'FOUNDATION', nip: validNip('521000999') },
    });
    operatorId = created.data.createOrganisation.id;
    const facilities = await post(
      'facilities',
      [
        'Nazwa placówki;Typ placówki;Podmiot prowadzący;Adres;Liczba miejsc;Numer w rejestrze;Dzielnica;Nr umowy;Umowa od',
        `KIS Dwa Miejsca;KIS;${validNip('521000999')};ul. Krótka 1, 30-001 Kraków;2;IMP-KIS/1;Dębniki;UM/90/2026;01.01.2026`,
        `CIS Pięć Miejsc;CIS;${validNip('521000999')};ul. Krótka 3, 30-001 Kraków;5;IMP-CIS/1;Dębniki;UM/91/2026;01.01.2026`,
      ].join('\n'),
    );
    expect(facilities.body).toMatchObject({ written: true, created: 2 });
  });

  it('fills a KIS’s places in the order of the list, refuses the rows beyond them at their lines, and writes nothing of such a file', async () => {
    const over = await post('participants', [header, row(1, 'IMP-KIS/1'), row(2, 'IMP-KIS/1'), row(3, 'IMP-KIS/1')].join('\n'), {
      role: 'NGO_STAFF',
      org: operatorId,
    });
    expect(over.status).toBe(422);
    expect(over.body.problems.map((p: { line: number; reason: string }) => [p.line, p.reason])).toEqual([[4, 'NO_FREE_PLACE']]);
    expect(over.body.problems[0].messagePl).toBe('Brak wolnego miejsca: wszystkie miejsca (2) w placówce KIS Dwa Miejsca są w tym okresie zajęte');
    expect(await participants('IMP-KIS/1')).toBe(0);

    const fits = await post('participants', [header, row(1, 'IMP-KIS/1'), row(2, 'IMP-KIS/1')].join('\n'), { role: 'NGO_STAFF', org: operatorId });
    expect(fits.body).toMatchObject({ written: true, created: 2, problems: [] });
    const again = await post('participants', [header, row(1, 'IMP-KIS/1'), row(2, 'IMP-KIS/1')].join('\n'), { role: 'NGO_STAFF', org: operatorId });
    expect(again.body).toMatchObject({ written: true, created: 0, unchanged: 2 });
    expect(await participants('IMP-KIS/1')).toBe(2);
  });

  it('refuses, each at its line, a person twice at once at the same CIS, a CIS participant a labour office reports entitled to benefit, and a PESEL that is not one', async () => {
    const entitled = pesel(7);
    const office = t.as('LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice);
    const reported = await office.query('mutation($e: [UnemploymentStatusInput!]!) { reportUnemploymentStatus(entries: $e) { received } }', {
      e: [{ pesel: entitled, registeredSince: '2026-01-01', benefitEntitled: true }],
    });
    expect(reported.data.reportUnemploymentStatus.received).toBe(1);
    const cis = (serial: number, start: string) => `${pesel(serial)};Imię${serial};Nazwisko${serial};IMP-CIS/1;bezdomna;IPZS;${start};2027-06-30`;
    const report = await post(
      'participants',
      [
        header,
        cis(5, '2026-11-02'),
        cis(5, '2026-11-16'),
        cis(7, '2026-11-02'),
        '12345678901;Jan;Błędny;IMP-CIS/1;bezdomna;IPZS;2026-11-02;2027-06-30',
        cis(8, '2026-11-02'),
      ].join('\n'),
      { role: 'MOPS_WORKER', org: DEMO_ORGANISATIONS.mops },
    );
    expect(report.status).toBe(422);
    expect(report.body.problems.map((p: { line: number; column: string | null; reason: string }) => [p.line, p.column, p.reason])).toEqual([
      [3, null, 'ALREADY_ENROLLED'],
      [4, 'PESEL', 'ENTITLED_TO_BENEFIT'],
      [5, 'PESEL', 'PESEL_CHECK_DIGIT'],
    ]);
    // The clerk reads each in Polish.
    expect(report.body.problems.map((p: { messagePl: string | null }) => p.messagePl)).toEqual([
      'Ta osoba już uczestniczy w zajęciach tej placówki',
      expect.stringContaining('prawo do zasiłku'),
      'Cyfra kontrolna PESEL się nie zgadza: sprawdź numer',
    ]);
    expect(report.body.created).toBe(2);
    expect(await participants('IMP-CIS/1')).toBe(0);
  });

  it('lets an NGO load the lists of its own facilities only', async () => {
    const report = await post('participants', [header, row(9, 'IMP-KIS/1')].join('\n'), { role: 'NGO_STAFF', org: DEMO_ORGANISATIONS.ngo });
    expect(report.status).toBe(422);
    expect(report.body.problems).toMatchObject([{ line: 2, reason: 'NOT_YOUR_FACILITY' }]);
    expect(await participants('IMP-KIS/1')).toBe(2);
  });
});
