import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peselFor } from '../../../seeds/synthetic-pesel.js';
import { signDevelopmentToken } from '../../../src/core/auth/dev-tokens.js';
import { addDays, firstDayOf, monthOf } from '../../../src/core/calendar.js';
import { errorCodes, problemPaths, startTestHub, TEST_JWT_SECRET, testToday, type TestHub } from '../../support/test-hub.js';

/**
 * A city that has never used the hub sets itself up: an empty database, an ADMIN token, its
 * registers as files and its structure through the API; then the hub answers for it. Nothing here
 * touches the database directly.
 */
const today = testToday('2026-11-30');
const lastYear = Number(today.slice(0, 4)) - 1;
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: false });
});
afterAll(() => t?.close());

const admin = () => t.as('ADMIN');

async function upload(register: string, csv: string, query = '') {
  const token = await signDevelopmentToken(TEST_JWT_SECRET, { role: 'ADMIN', sub: 'city-admin', org: null });
  const response = await fetch(t.url.replace(/\/graphql$/, `/import/${register}${query}`), {
    method: 'POST',
    headers: { 'content-type': 'text/csv', 'authorization': `Bearer ${token}` },
    body: csv,
  });
  return { status: response.status, body: (await response.json()) as any };
}

// Checksum-valid identifiers of the test city.
const NIP = { mops: '8951000015', pup: '8951000021', fundacja: '8951000044', caritas: '8951000073' };

describe('an empty hub set up as a city with teams instead of branches (as Wrocław\u2019s MOPS is)', () => {
  it('starts empty', async () => {
    expect((await t.publicCaller.query('{ districts { id } welfareUnits { id } facilities { totalCount } }')).data).toEqual({
      districts: [],
      welfareUnits: [],
      facilities: { totalCount: 0 },
    });
  });

  it('loads its organisations, units, districts with their population and its facilities from files, in that order', async () => {
    const organisations = await upload(
      'organisations',
      [
        'Nazwa;Forma prawna;NIP;Adres',
        `Miejski Ośrodek Pomocy Społecznej we Wrocławiu;MOPS;${NIP.mops};ul. Strzegomska 6, 53-611 Wrocław`,
        `Powiatowy Urząd Pracy we Wrocławiu;urząd pracy;${NIP.pup};ul. Höfflera 9, 53-611 Wrocław`,
        `Fundacja Pomocy Bezdomnym;fundacja;${NIP.fundacja};`,
        `Caritas Archidiecezji Wrocławskiej;kościelna osoba prawna;${NIP.caritas};`,
      ].join('\n'),
    );
    expect(organisations.body).toMatchObject({ written: true, created: 4, problems: [] });

    const units = await upload(
      'units',
      [
        'Kod;Nazwa;Rodzaj;Jednostka nadrzędna',
        'MOPS;Miejski Ośrodek Pomocy Społecznej;ośrodek;',
        'Z1;Zespół Terenowy nr 1 (Stare Miasto);zespół;MOPS',
        'Z2;Zespół Terenowy nr 2 (Krzyki);zespół;MOPS',
        'ZB;Zespół ds. Bezdomności i Uchodźców;zespół;MOPS',
      ].join('\n'),
    );
    expect(units.body).toMatchObject({ written: true, created: 4, problems: [] });

    const districts = await upload(
      'districts',
      ['Numer;Nazwa;Zespół;Ludność;Rok;Źródło', `1;Stare Miasto;Z1;55000;${lastYear};GUS BDL`, `2;Krzyki;Z2;165000;${lastYear};GUS BDL`].join('\n'),
    );
    expect(districts.body).toMatchObject({ written: true, created: 2, problems: [] });

    const facilities = await upload(
      'facilities',
      [
        'Nazwa placówki;Typ placówki;Podmiot prowadzący;Adres;Liczba miejsc;Numer w rejestrze;Data wpisu;Dzielnica;Filia;Nr umowy;Umowa od',
        `Noclegownia przy Dworcu;noclegownia;${NIP.fundacja};ul. Kolejowa 1, 50-001 Wrocław;40;WR-1/2020;01.02.2020;Stare Miasto;ZB;WSS/1/2026;01.01.2026`,
        `Schronisko św. Alberta;schronisko dla osób bezdomnych;${NIP.caritas};ul. Bierutowska 2, 51-317 Wrocław;80;WR-2/2019;15.05.2019;Krzyki;ZB;WSS/2/2026;01.01.2026`,
        `Dom Pomocy Społecznej Krzyki;DPS;${NIP.mops};ul. Kamienna 3, 53-307 Wrocław;90;WR-3/2010;01.09.2010;Krzyki;Z2;;`,
      ].join('\n'),
    );
    expect(facilities.body).toMatchObject({ written: true, created: 3, problems: [] });
  });

  it('then answers for the city: its units and teams, districts with their population, and tonight\u2019s shelter beds', async () => {
    const structure = await t.publicCaller.query(
      `query($y: Int) { welfareUnits { code kind parent { code } districts { name } }
      districts { number name branch { code } population(year: $y) populations { year population source } } }`,
      { y: lastYear },
    );
    expect(structure.data.welfareUnits).toEqual([
      { code: 'MOPS', kind: 'CENTRE', parent: null, districts: [] },
      { code: 'Z1', kind: 'TEAM', parent: { code: 'MOPS' }, districts: [{ name: 'Stare Miasto' }] },
      { code: 'Z2', kind: 'TEAM', parent: { code: 'MOPS' }, districts: [{ name: 'Krzyki' }] },
      { code: 'ZB', kind: 'TEAM', parent: { code: 'MOPS' }, districts: [] },
    ]);
    expect(structure.data.districts[1]).toEqual({
      number: 2,
      name: 'Krzyki',
      branch: { code: 'Z2' },
      population: 165000,
      populations: [{ year: lastYear, population: 165000, source: 'GUS BDL' }],
    });
    const beds = await t
      .as('ANALYST')
      .query(
        '{ capacityOverview(groupBy: [DISTRICT], filter: { types: [NIGHT_SHELTER, HOMELESS_SHELTER] }) { district { name } facilities declaredCapacity } }',
      );
    expect(beds.data.capacityOverview).toHaveLength(2);
    expect(beds.data.capacityOverview).toEqual(
      expect.arrayContaining([
        { district: { name: 'Stare Miasto' }, facilities: 1, declaredCapacity: 40 },
        { district: { name: 'Krzyki' }, facilities: 1, declaredCapacity: 80 },
      ]),
    );
  });

  it('changes its structure through the API: a district\u2019s TERYT code and population, a new team', async () => {
    const units = (await t.publicCaller.query('{ welfareUnits { id code organisation { id } } districts { id name } }')).data;
    const mopsId = units.welfareUnits[0].organisation.id;
    const centre = units.welfareUnits.find((u: { code: string }) => u.code === 'MOPS').id;
    const team = await admin().query('mutation($i: WelfareUnitInput!) { createWelfareUnit(input: $i) { code kind parent { code } } }', {
      i: { code: 'Z3', name: 'Zespół Terenowy nr 3', kind: 'TEAM', organisationId: mopsId, parentId: centre },
    });
    expect(team.data.createWelfareUnit).toEqual({ code: 'Z3', kind: 'TEAM', parent: { code: 'MOPS' } });
    const krzyki = units.districts.find((d: { name: string }) => d.name === 'Krzyki').id;
    const population = await admin().query(
      'mutation($d: ID!, $y: Int!) { setDistrictPopulation(districtId: $d, year: $y, population: 166000, source: "GUS") { population populations { year population } } }',
      { d: krzyki, y: lastYear },
    );
    expect(population.data.setDistrictPopulation.population).toBe(166000);
    const z3 = (await t.publicCaller.query('{ welfareUnits { id code } }')).data.welfareUnits.find((u: { code: string }) => u.code === 'Z3').id;
    const added = await admin().query('mutation($i: DistrictInput!) { createDistrict(input: $i) { id code number teryt branch { code } } }', {
      i: { code: 'Fabryczna', name: 'Fabryczna', unitId: z3, teryt: '0264039' },
    });
    expect(added.data.createDistrict).toMatchObject({ code: 'Fabryczna', number: 3, teryt: '0264039', branch: { code: 'Z3' } });
    expect(
      problemPaths(
        await admin().query('mutation($i: DistrictInput!) { createDistrict(input: $i) { id } }', { i: { code: 'X', name: 'krzyki', unitId: z3, teryt: '12' } }),
      ),
    ).toEqual(['teryt', 'name']);
    // A code is one whatever its case, as a clerk reads it ("z3" is the team Z3).
    const sameCode = await admin().query('mutation($i: WelfareUnitInput!) { createWelfareUnit(input: $i) { code } }', {
      i: { code: 'z3', name: 'Inny zespół', kind: 'TEAM', organisationId: mopsId, parentId: centre },
    });
    expect(sameCode.errors![0]!.extensions!.details).toMatchObject([{ path: 'code', reason: 'UNIT_CODE_TAKEN', params: { code: 'Z3' } }]);
  });

  it('refuses to delete what others refer to, and deletes a mistake nothing refers to', async () => {
    const { districts, welfareUnits } = (await t.publicCaller.query('{ districts { id name } welfareUnits { id code } }')).data;
    const krzyki = districts.find((d: { name: string }) => d.name === 'Krzyki').id;
    const inUse = await admin().query('mutation($id: ID!) { deleteDistrict(id: $id) }', { id: krzyki });
    expect(errorCodes(inUse)).toEqual(['CONFLICT']);
    expect(inUse.errors![0]!.extensions!.reason).toBe('IN_USE');
    const teamInUse = await admin().query('mutation($id: ID!) { deleteWelfareUnit(id: $id) }', {
      id: welfareUnits.find((u: { code: string }) => u.code === 'ZB').id,
    });
    expect(teamInUse.errors![0]!.extensions!.reason).toBe('IN_USE');
    const fabryczna = districts.find((d: { name: string }) => d.name === 'Fabryczna').id;
    expect((await admin().query('mutation($id: ID!) { deleteDistrict(id: $id) }', { id: fabryczna })).data.deleteDistrict).toBe(true);
  });

  it('is set up by ADMIN only: a case worker reads the structure, and may not change it', async () => {
    const { welfareUnits } = (await t.publicCaller.query('{ welfareUnits { id organisation { id } } }')).data;
    const mops = t.as('MOPS_WORKER', welfareUnits[0].organisation.id);
    expect((await mops.query('{ districts { name } }')).data.districts.length).toBeGreaterThan(0);
    expect(
      errorCodes(
        await mops.query('mutation($i: WelfareUnitInput!) { createWelfareUnit(input: $i) { id } }', {
          i: { code: 'Q', name: 'Q', kind: 'TEAM', organisationId: welfareUnits[0].organisation.id },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('merges an organisation entered twice into the one that stays, moving its facilities, and closes one that runs none', async () => {
    const CREATE = 'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }';
    const duplicate = (await admin().query(CREATE, { i: { name: 'Fundacja Pomocy Bezdomnym (duplikat)', kind: 'FOUNDATION' } })).data.createOrganisation.id;
    const { organisations } = (await admin().query(`{ organisations(filter: { nip: "${NIP.fundacja}" }) { nodes { id } } }`)).data;
    const stays = organisations.nodes[0].id;
    const { welfareUnits, districts } = (await t.publicCaller.query('{ welfareUnits { id code } districts { id name } }')).data;
    const facility = await t
      .as('MOPS_WORKER', (await t.publicCaller.query('{ welfareUnits { organisation { id } } }')).data.welfareUnits[0].organisation.id)
      .query('mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id } }', {
        i: {
          name: 'Ogrzewalnia duplikatu',
          type: 'WARMING_CENTRE',
          operatorId: duplicate,
          unitId: welfareUnits.find((u: { code: string }) => u.code === 'ZB').id,
          districtId: districts[0].id,
          address: { street: 'ul. Zimowa 1', postalCode: '50-001', city: 'Wrocław' },
          management: 'COMMISSIONED',
          agreement: { number: 'WSS/9/2026', validFrom: '2026-01-01' },
          declaredCapacity: 15,
        },
      });
    expect(facility.errors).toBeUndefined();
    const merged = await admin().query('mutation($d: ID!, $i: ID!) { mergeOrganisation(duplicateId: $d, intoId: $i) { id name } }', { d: duplicate, i: stays });
    expect(merged.data.mergeOrganisation.id).toBe(stays);
    const moved = await t.publicCaller.query('query($id: ID!) { facility(id: $id) { operator { id } } }', { id: facility.data.createFacility.id });
    expect(moved.data.facility.operator.id).toBe(stays);
    const gone = await admin().query('query($id: ID!) { organisation(id: $id) { closedOn closedReason mergedInto { id } } }', { id: duplicate });
    expect(gone.data.organisation).toEqual({ closedOn: today, closedReason: 'Merged into Fundacja Pomocy Bezdomnym', mergedInto: { id: stays } });
    const active = await admin().query('query($d: Date) { organisations(filter: { activeOn: $d }, first: 100) { nodes { id } } }', { d: today });
    expect(active.data.organisations.nodes.map((o: { id: string }) => o.id)).not.toContain(duplicate);

    const closing = await admin().query('mutation($id: ID!, $d: Date!) { closeOrganisation(id: $id, closedOn: $d, reason: "Likwidacja") { closedOn } }', {
      id: stays,
      d: today,
    });
    expect(closing.errors![0]!.extensions!.reason).toBe('IN_USE');
    const pup = (await admin().query(`{ organisations(filter: { nip: "${NIP.pup}" }) { nodes { id } } }`)).data.organisations.nodes[0].id;
    expect(
      (
        await admin().query(
          'mutation($id: ID!, $d: Date!) { closeOrganisation(id: $id, closedOn: $d, reason: "Połączenie urzędów") { closedOn closedReason } }',
          { id: pup, d: today },
        )
      ).data.closeOrganisation,
    ).toEqual({ closedOn: today, closedReason: 'Połączenie urzędów' });
  });

  it('loads its foster families and a KIS’s participants, and then answers foster-care capacity and a month of attendance', async () => {
    const kis = await upload(
      'facilities',
      [
        'Nazwa placówki;Typ placówki;Podmiot prowadzący;Adres;Liczba miejsc;Numer w rejestrze;Dzielnica;Nr umowy;Umowa od',
        `KIS Nadodrze;KIS;${NIP.fundacja};ul. Łokietka 5, 50-243 Wrocław;20;WR-KIS/1;Stare Miasto;WSS/3/2026;01.01.2026`,
      ].join('\n'),
    );
    expect(kis.body).toMatchObject({ written: true, created: 1 });

    const carers = await upload(
      'carers',
      [
        'Oznaczenie;Forma pieczy;Dzielnica;Liczba miejsc;Data utworzenia;Zgoda na rodzeństwo',
        `RZ-Z/1;zawodowa;Krzyki;3;${addDays(today, -400)};tak`,
        `RZ-N/7;niezawodowa;Stare Miasto;2;${addDays(today, -30)};nie`,
        `RS/12;rodzina spokrewniona;Krzyki;4;${addDays(today, -3)};`,
      ].join('\n'),
    );
    expect(carers.body).toMatchObject({ written: true, created: 3, problems: [] });
    const capacity = await t
      .as('ANALYST')
      .query('query($d: Date) { fosterCareCapacity(groupBy: [], asOf: $d) { carers capacity } }', { d: addDays(today, -10) });
    // The kinship family registered three days ago is not counted ten days back.
    expect(capacity.data.fosterCareCapacity[0]).toMatchObject({ carers: 2 });

    const start = firstDayOf(monthOf(addDays(today, -40)));
    const pesels = [peselFor('1980-04-12', 'MALE', 101), peselFor('1975-11-02', 'FEMALE', 102)];
    const participants = await upload(
      'participants',
      [
        'PESEL;Imię;Nazwisko;Placówka;Kategoria;Skierowanie;Program;Data rozpoczęcia;Planowane zakończenie',
        `${pesels[0]};Jan;Wiśniewski;WR-KIS/1;bezdomna;MOPS;kontrakt socjalny;${start};${addDays(start, 180)}`,
        `${pesels[1]};Anna;Zielińska;KIS Nadodrze;niepełnosprawna;PUP;kontrakt socjalny;${start};${addDays(start, 180)}`,
      ].join('\n'),
    );
    expect(participants.body).toMatchObject({ written: true, created: 2, problems: [] });
    const again = await upload(
      'participants',
      [
        'PESEL;Imię;Nazwisko;Placówka;Kategoria;Skierowanie;Program;Data rozpoczęcia;Planowane zakończenie',
        `${pesels[0]};Jan;Wiśniewski;WR-KIS/1;bezdomna;MOPS;kontrakt socjalny;${start};${addDays(start, 180)}`,
      ].join('\n'),
    );
    expect(again.body).toMatchObject({ written: true, created: 0, unchanged: 1 });

    const facility = (await t.publicCaller.query('{ facilities(filter: { search: "KIS Nadodrze" }) { nodes { id operator { id } } } }')).data.facilities
      .nodes[0];
    const staff = t.as('NGO_STAFF', facility.operator.id);
    const { nodes } = (await staff.query('query($f: ID!) { participants(filter: { facilityId: $f }) { nodes { id } } }', { f: facility.id })).data.participants;
    expect(nodes).toHaveLength(2);
    const month = monthOf(start);
    const report = await staff.query('mutation($i: AttendanceReportInput!) { reportAttendance(input: $i) { created } }', {
      i: {
        facilityId: facility.id,
        idempotencyKey: 'city-setup-1',
        entries: [
          { participantId: nodes[0].id, date: start, status: 'PRESENT', hours: 6 },
          { participantId: nodes[0].id, date: addDays(start, 1), status: 'UNEXCUSED_ABSENCE' },
        ],
      },
    });
    expect(report.data.reportAttendance.created).toBe(2);
    const summary = await staff.query(
      'query($f: ID!, $m: String!) { attendanceSummary(facilityId: $f, month: $m) { participant { id } daysPresent unexcusedAbsences } }',
      { f: facility.id, m: month },
    );
    expect(summary.data.attendanceSummary.find((r: { participant: { id: string } }) => r.participant.id === nodes[0].id)).toMatchObject({
      daysPresent: 1,
      unexcusedAbsences: 1,
    });
  });

  it('re-imports the same files without writing anything', async () => {
    const again = await upload('districts', ['Numer;Nazwa;Zespół;Ludność;Rok;Źródło', `1;Stare Miasto;Z1;55000;${lastYear};GUS BDL`].join('\n'));
    expect(again.body).toMatchObject({ written: true, created: 0, updated: 0, unchanged: 1 });
  });
});
