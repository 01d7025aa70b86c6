import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../../src/core/calendar.js';
import { COUNT_PLACES, type CountPlace } from '../../../src/modules/homelesscount/count.rules.js';
import { seededRandom } from '../../../seeds/random.js';
import { makeFacility, makeOrganisation, makeWelfareCentre } from '../../support/registry-factories.js';
import { errorCodes, problemPaths, startTestHub, testToday, type TestHub } from '../../support/test-hub.js';
import type { Organisation } from '../../../src/modules/registry/registry.entities.js';

const today = testToday('2026-03-06');
// The night of 3/4 March, and the count two years before.
const night = addDays(today, -3);
const previousNight = addMonths(night, -24);

let t: TestHub;
let ngo: Organisation;
let city: Awaited<ReturnType<typeof makeWelfareCentre>>;

const mops = () => t.as('MOPS_WORKER', city.mops.id);
const OPEN = `mutation($input: OpenHomelessCountInput!) { openHomelessCount(input: $input) { id night status } }`;
const ENTER = `mutation($id: ID!, $entries: [HomelessCountEntryInput!]!) { recordHomelessCountEntries(countId: $id, entries: $entries) { id persons } }`;
const CLOSE = `mutation($id: ID!) { closeHomelessCount(id: $id) { id status } }`;
const REPORT = `mutation($f: ID!, $d: Date!, $n: Int!) { reportOccupancy(facilityId: $f, date: $d, occupiedPlaces: $n, overCapacityReason: "noc liczenia") { id } }`;
const TABLE = `query($id: ID!) { homelessCount(id: $id) { night status progress { facilities counted } missingFacilities { id name }
  table { night previousNight total { persons men women notBrokenDown facilities facilitiesCounted previousPersons change suppressed ageBands { band persons } }
    rows { place group persons men women notBrokenDown facilities facilitiesCounted previousPersons change suppressed ageBands { band persons } } } } }`;

type Row = { place: CountPlace | null; persons: number | null; men: number | null; women: number | null; notBrokenDown: number | null };

async function openCount(onNight: string) {
  const response = await mops().query(OPEN, { input: { night: onNight, gminaName: 'Gmina Miejska Kraków', gminaTeryt: '1261011' } });
  expect(response.errors).toBeUndefined();
  return response.data.openHomelessCount.id as string;
}

async function table(id: string, caller = mops(), query = TABLE) {
  const response = await caller.query(query, { id });
  expect(response.errors).toBeUndefined();
  return response.data.homelessCount;
}

beforeAll(async () => {
  t = await startTestHub({ today });
  ngo = await makeOrganisation(t.em(), { name: 'Towarzystwo Pomocy' });
  city = await makeWelfareCentre(t.em());
});
afterAll(() => t?.close());

describe('the table of a count night from a generated city', () => {
  it('equals the sum of its inputs: facilities\u2019 reports or own counts, and the teams\u2019 entries', async () => {
    const r = seededRandom(2026);
    const types = ['NIGHT_SHELTER', 'HOMELESS_SHELTER', 'WARMING_CENTRE', 'MOTHERS_AND_CHILDREN_HOME', 'CRISIS_INTERVENTION_CENTRE', 'TRAINING_FLAT'] as const;
    const id = await openCount(night);
    const expected = new Map<string, { persons: number; men: number; women: number; notBrokenDown: number }>();
    const add = (place: string, figure: 'persons' | 'men' | 'women' | 'notBrokenDown', n: number) => {
      const row = expected.get(place) ?? { persons: 0, men: 0, women: 0, notBrokenDown: 0 };
      row[figure] += n;
      expected.set(place, row);
    };
    const missing: string[] = [];
    for (let i = 0; i < 14; i++) {
      const type = r.pick(types);
      const facility = await makeFacility(t.em(), { operator: ngo, unit: city.branch, district: city.district, type, declaredCapacity: 30 });
      const reported = r.next() < 0.6;
      const ownCount = r.next() < 0.35;
      if (reported) {
        const occupied = r.int(0, 35);
        expect((await mops().query(REPORT, { f: facility.id, d: night, n: occupied })).errors).toBeUndefined();
        if (!ownCount) {
          add(type, 'persons', occupied);
          add(type, 'notBrokenDown', occupied);
        }
      }
      if (ownCount) {
        // A facility's own count by sex and age stands for its report.
        const entries = Array.from({ length: r.int(1, 3) }, () => ({
          place: type,
          facilityId: facility.id,
          sex: r.pick(['MALE', 'FEMALE'] as const),
          ageBand: r.pick(['AGE_0_17', 'AGE_18_40', 'AGE_41_60', 'AGE_61_PLUS'] as const),
          persons: r.int(1, 9),
        }));
        expect((await t.as('NGO_STAFF', ngo.id).query(ENTER, { id, entries })).errors).toBeUndefined();
        for (const e of entries) {
          add(type, 'persons', e.persons);
          add(type, e.sex === 'MALE' ? 'men' : 'women', e.persons);
        }
      }
      if (!reported && !ownCount) missing.push(facility.id);
    }
    const outside = (Object.keys(COUNT_PLACES) as CountPlace[]).filter((p) => !COUNT_PLACES[p].facilityType);
    const entries = Array.from({ length: 25 }, () => ({
      place: r.pick(outside),
      districtId: city.district.id,
      sex: r.pick(['MALE', 'FEMALE'] as const),
      ageBand: r.pick(['AGE_18_40', 'AGE_41_60', 'AGE_61_PLUS'] as const),
      persons: r.int(1, 12),
    }));
    expect((await t.as('NGO_STAFF', ngo.id).query(ENTER, { id, entries })).errors).toBeUndefined();
    for (const e of entries) {
      add(e.place, 'persons', e.persons);
      add(e.place, e.sex === 'MALE' ? 'men' : 'women', e.persons);
    }

    const count = await table(id);
    for (const row of count.table.rows as Row[]) {
      const want = expected.get(row.place!) ?? { persons: 0, men: 0, women: 0, notBrokenDown: 0 };
      expect({ place: row.place, persons: row.persons, men: row.men, women: row.women, notBrokenDown: row.notBrokenDown }).toEqual({
        place: row.place,
        ...want,
      });
    }
    const sum = (f: keyof Row) => (count.table.rows as Row[]).reduce((s, row) => s + (row[f] as number), 0);
    expect(count.table.total).toMatchObject({
      persons: sum('persons'),
      men: sum('men'),
      women: sum('women'),
      notBrokenDown: sum('notBrokenDown'),
      previousPersons: null,
    });
    expect(count.table.total.persons).toBe([...expected.values()].reduce((s, row) => s + row.persons, 0));
    expect(count.missingFacilities.map((f: { id: string }) => f.id).sort()).toEqual(missing.sort());
    expect(count.progress).toEqual({ facilities: 14, counted: 14 - missing.length });
  });
});

describe('the count night', () => {
  it('sets each place beside the previous count, with the change', async () => {
    const before = await openCount(previousNight);
    await mops().query(ENTER, { id: before, entries: [{ place: 'STATION', districtId: city.district.id, sex: 'MALE', ageBand: 'AGE_41_60', persons: 12 }] });
    expect((await mops().query(CLOSE, { id: before })).data.closeHomelessCount.status).toBe('CLOSED');
    const now = await table((await mops().query(`{ homelessCounts { id night } }`)).data.homelessCounts.find((c: { night: string }) => c.night === night).id);
    expect(now.table.previousNight).toBe(previousNight);
    const station = now.table.rows.find((row: Row) => row.place === 'STATION');
    expect(station.previousPersons).toBe(12);
    expect(station.change).toBe(station.persons - 12);
  });

  it('withholds small counts from those who see only aggregates, and shows them to MOPS', async () => {
    const id = await openCount(addDays(night, -7));
    await mops().query(ENTER, {
      id,
      entries: [
        { place: 'ALLOTMENT', districtId: city.district.id, sex: 'FEMALE', ageBand: 'AGE_61_PLUS', persons: 2 },
        { place: 'STREET', districtId: city.district.id, sex: 'MALE', ageBand: 'AGE_41_60', persons: 9 },
      ],
    });
    const analyst = await table(id, t.as('ANALYST'), TABLE.replace('missingFacilities { id name }', ''));
    const allotment = analyst.table.rows.find((row: Row) => row.place === 'ALLOTMENT');
    expect(allotment).toMatchObject({ persons: null, women: null, suppressed: true });
    // Beside a total of 11, the street's 9 would give the allotment's 2 back by subtraction: withheld too.
    expect(analyst.table.total.persons).toBe(11);
    expect(analyst.table.rows.find((row: Row) => row.place === 'STREET')).toMatchObject({ persons: null, suppressed: true });
    const full = await table(id);
    expect(full.table.rows.find((row: Row) => row.place === 'ALLOTMENT')).toMatchObject({ persons: 2, women: 2, suppressed: false });
    expect(errorCodes(await t.as('ANALYST').query(`query($id: ID!) { homelessCount(id: $id) { missingFacilities { id } } }`, { id }))).toEqual(['FORBIDDEN']);
    const labourOffice = await makeOrganisation(t.em(), { name: 'Grodzki Urząd Pracy', kind: 'LABOUR_OFFICE' });
    expect(errorCodes(await t.as('LABOUR_OFFICE', labourOffice.id).query(`{ homelessCounts { id } }`))).toEqual(['FORBIDDEN']);
  });

  it('takes no entry after it is closed nor before its night, and one count a night', async () => {
    const closed = await openCount(addDays(night, -14));
    await mops().query(CLOSE, { id: closed });
    const entry = { place: 'STREET', districtId: city.district.id, sex: 'MALE', ageBand: 'AGE_18_40', persons: 1 };
    const late = await mops().query(ENTER, { id: closed, entries: [entry] });
    expect(errorCodes(late)).toEqual(['CONFLICT']);
    expect(late.errors![0]!.extensions!.reason).toBe('COUNT_CLOSED');
    const ahead = await openCount(addDays(today, 30));
    expect(late.errors![0]!.extensions!.reason).toBe('COUNT_CLOSED');
    expect((await mops().query(ENTER, { id: ahead, entries: [entry] })).errors![0]!.extensions!.reason).toBe('COUNT_NOT_YET');
    const twice = await mops().query(OPEN, { input: { night: addDays(today, 30), gminaName: 'Kraków' } });
    expect(errorCodes(twice)).toEqual(['CONFLICT']);
    expect(twice.errors![0]!.extensions!.reason).toBe('DUPLICATE');
  });

  it('refuses a batch with any bad entry, with the path of each problem, and writes nothing', async () => {
    const id = await openCount(addDays(night, -21));
    const shelter = await makeFacility(t.em(), { operator: ngo, unit: city.branch, district: city.district, type: 'NIGHT_SHELTER' });
    const otherNgo = await makeOrganisation(t.em(), { name: 'Inna Fundacja' });
    const bad = await t.as('NGO_STAFF', otherNgo.id).query(ENTER, {
      id,
      entries: [
        { place: 'STREET', districtId: city.district.id, sex: 'MALE', ageBand: 'AGE_18_40', persons: 3 },
        { place: 'STREET', sex: 'MALE', ageBand: 'AGE_18_40', persons: 0 },
        { place: 'NIGHT_SHELTER', districtId: city.district.id, sex: 'FEMALE', ageBand: 'AGE_18_40', persons: 2 },
        { place: 'HOMELESS_SHELTER', facilityId: shelter.id, sex: 'FEMALE', ageBand: 'AGE_18_40', persons: 2 },
        { place: 'HOSPITAL', facilityId: shelter.id, districtId: city.district.id, sex: 'FEMALE', ageBand: 'AGE_61_PLUS', persons: 1 },
      ],
    });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(problemPaths(bad).sort()).toEqual([
      'entries.1.districtId',
      'entries.1.persons',
      'entries.2.facilityId',
      'entries.3.facilityId',
      'entries.3.facilityId',
      'entries.4.facilityId',
    ]);
    const written = await table(id);
    expect(written.table.total.persons).toBe(0);
    expect(errorCodes(await mops().query(ENTER, { id, entries: [] }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await t.as('ANALYST').query(ENTER, { id, entries: [] }))).toEqual(['FORBIDDEN']);
  });
});
