import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../../src/core/calendar.js';
import { makeFacility, makeOrganisation, makeWelfareCentre } from '../../support/registry-factories.js';
import { errorCodes, problemPaths, startTestHub, testToday, type TestHub } from '../../support/test-hub.js';
import type { Organisation } from '../../../src/modules/registry/registry.entities.js';

// A day in May: last winter's season is over, and January is a past date the overview answers.
const today = testToday('2027-05-20');
const seasonStart = addMonths(today, -6);
const seasonEnd = addMonths(today, -2);
const january = addMonths(today, -4);
const frostNight = addDays(january, 3);

let t: TestHub;
let ngo: Organisation;
let otherNgo: Organisation;

const admin = () => t.as('ADMIN');
const OVERVIEW = `query($d: [ID!], $asOf: Date, $g: [CapacityDimension!]!, $p: [TargetPopulation!]) {
  capacityOverview(groupBy: $g, filter: { districtIds: $d, targetPopulations: $p }, asOf: $asOf) {
    targetPopulation facilities declaredCapacity seasonalPlaces overflowPlaces places occupiedPlaces freePlaces } }`;
const ADD = `mutation($input: CapacityPeriodInput!) { addCapacityPeriod(input: $input) { id kind places validFrom validTo note } }`;
const END = `mutation($id: ID!, $last: Date!) { endCapacityPeriod(id: $id, lastNight: $last) { id validTo } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawCapacityPeriod(id: $id) }`;
const REPORT = `mutation($f: ID!, $d: Date!, $n: Int!, $s: Int, $o: Int, $why: String) {
  reportOccupancy(facilityId: $f, date: $d, occupiedPlaces: $n, inSeasonalPlaces: $s, inOverflowPlaces: $o, overCapacityReason: $why) {
    id inSeasonalPlaces inOverflowPlaces } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateFacilityInput!) { updateFacility(id: $id, input: $input) { id declaredCapacity targetPopulation } }`;
const PLACES = `query($id: ID!, $night: Date) { facility(id: $id) { places(night: $night) { night yearRound seasonal overflow total }
  capacityPeriods { kind places validFrom validTo } } }`;

async function overview(districtId: string, asOf: string | null, extra: { groupBy?: string[]; populations?: string[] } = {}) {
  const response = await t.as('ANALYST').query(OVERVIEW, { d: [districtId], asOf, g: extra.groupBy ?? [], p: extra.populations ?? null });
  expect(response.errors).toBeUndefined();
  return response.data.capacityOverview;
}

async function add(input: Record<string, unknown>, caller = admin()) {
  return caller.query(ADD, { input });
}

async function shelterIn(city: Awaited<ReturnType<typeof makeWelfareCentre>>, declaredCapacity: number, type = 'NIGHT_SHELTER' as const) {
  return makeFacility(t.em(), { operator: ngo, unit: city.branch, district: city.district, declaredCapacity, type, openedOn: '2020-01-01' });
}

beforeAll(async () => {
  t = await startTestHub({ today });
  ngo = await makeOrganisation(t.em(), { name: 'Fundacja Ciepły Kąt' });
  otherNgo = await makeOrganisation(t.em(), { name: 'Stowarzyszenie Inne' });
});
afterAll(() => t?.close());

describe('seasonal and overflow places in the capacity overview', () => {
  it('counts a warming centre\u2019s season on a night in January and not on a night in May', async () => {
    const city = await makeWelfareCentre(t.em());
    const warming = await shelterIn(city, 0, 'WARMING_CENTRE' as never);
    const season = await add({ facilityId: warming.id, kind: 'SEASONAL', places: 40, from: seasonStart, to: seasonEnd, note: 'namiot ogrzewany' });
    expect(season.errors).toBeUndefined();
    expect(season.data.addCapacityPeriod).toMatchObject({ kind: 'SEASONAL', places: 40, validFrom: seasonStart, validTo: seasonEnd });

    expect(await overview(city.district.id, january)).toEqual([
      expect.objectContaining({ declaredCapacity: 0, seasonalPlaces: 40, overflowPlaces: 0, places: 40 }),
    ]);
    expect(await overview(city.district.id, seasonEnd)).toEqual([expect.objectContaining({ seasonalPlaces: 40, places: 40 })]);
    expect(await overview(city.district.id, addDays(seasonEnd, 1))).toEqual([expect.objectContaining({ seasonalPlaces: 0, places: 0 })]);
    expect(await overview(city.district.id, null)).toEqual([expect.objectContaining({ seasonalPlaces: 0, places: 0 })]);
  });

  it('adds overflow places on their night only, and free places count them', async () => {
    const city = await makeWelfareCentre(t.em());
    const shelter = await shelterIn(city, 30);
    expect((await add({ facilityId: shelter.id, kind: 'OVERFLOW', places: 8, from: frostNight })).errors).toBeUndefined();
    expect((await admin().query(REPORT, { f: shelter.id, d: frostNight, n: 36, o: 6 })).errors).toBeUndefined();

    expect(await overview(city.district.id, frostNight)).toEqual([
      expect.objectContaining({ declaredCapacity: 30, overflowPlaces: 8, places: 38, occupiedPlaces: 36, freePlaces: 2 }),
    ]);
    expect(await overview(city.district.id, addDays(frostNight, -1))).toEqual([expect.objectContaining({ overflowPlaces: 0, places: 30 })]);
    // The next night the overflow beds are gone, and the last report's 36 people fill the 30 places.
    expect(await overview(city.district.id, addDays(frostNight, 1))).toEqual([expect.objectContaining({ overflowPlaces: 0, places: 30, freePlaces: 0 })]);
  });

  it('filters and groups by target population, as it stood on the date', async () => {
    const city = await makeWelfareCentre(t.em());
    const forMen = await shelterIn(city, 20);
    const forWomen = await shelterIn(city, 12);
    expect((await admin().query(UPDATE, { id: forMen.id, input: { targetPopulation: 'MEN' } })).data.updateFacility.targetPopulation).toBe('MEN');
    expect((await admin().query(UPDATE, { id: forWomen.id, input: { targetPopulation: 'WOMEN' } })).errors).toBeUndefined();
    expect((await add({ facilityId: forWomen.id, kind: 'SEASONAL', places: 5, from: today, to: addDays(today, 30) })).errors).toBeUndefined();

    expect(await overview(city.district.id, null, { populations: ['WOMEN'] })).toEqual([
      expect.objectContaining({ facilities: 1, declaredCapacity: 12, seasonalPlaces: 5, places: 17 }),
    ]);
    expect(await overview(city.district.id, null, { populations: ['MEN', 'ANY'] })).toEqual([expect.objectContaining({ facilities: 1, places: 20 })]);
    expect(await overview(city.district.id, null, { groupBy: ['TARGET_POPULATION'] })).toEqual([
      expect.objectContaining({ targetPopulation: 'MEN', places: 20 }),
      expect.objectContaining({ targetPopulation: 'WOMEN', places: 17 }),
    ]);
    // Before today both were for anyone: the change is dated, not rewritten backwards.
    expect(await overview(city.district.id, january, { groupBy: ['TARGET_POPULATION'] })).toEqual([
      expect.objectContaining({ targetPopulation: 'ANY', facilities: 2, places: 32 }),
    ]);
  });

  it('answers a facility\u2019s places on a night by kind, and lists its periods', async () => {
    const city = await makeWelfareCentre(t.em());
    const shelter = await shelterIn(city, 25);
    await add({ facilityId: shelter.id, kind: 'SEASONAL', places: 10, from: seasonStart, to: seasonEnd });
    await add({ facilityId: shelter.id, kind: 'OVERFLOW', places: 4, from: frostNight });
    const response = await t.publicCaller.query(PLACES, { id: shelter.id, night: frostNight });
    expect(response.errors).toBeUndefined();
    expect(response.data.facility.places).toEqual({ night: frostNight, yearRound: 25, seasonal: 10, overflow: 4, total: 39 });
    expect(response.data.facility.capacityPeriods.map((p: { kind: string }) => p.kind)).toEqual(['SEASONAL', 'OVERFLOW']);
    expect((await t.publicCaller.query(PLACES, { id: shelter.id })).data.facility.places).toEqual({
      night: today,
      yearRound: 25,
      seasonal: 0,
      overflow: 0,
      total: 25,
    });
  });

  it('finds a facility with a free place tonight thanks to its seasonal places', async () => {
    const city = await makeWelfareCentre(t.em());
    const shelter = await shelterIn(city, 10);
    expect((await admin().query(REPORT, { f: shelter.id, d: today, n: 10 })).errors).toBeUndefined();
    const free = `query($d: [ID!]) { facilities(first: 5, filter: { districtIds: $d, hasFreePlaces: true }) { nodes { id occupancy { freePlaces } } } }`;
    const none = await t.as('MOPS_WORKER', city.mops.id).query(free, { d: [city.district.id] });
    expect(none.errors).toBeUndefined();
    expect(none.data.facilities.nodes).toEqual([]);
    expect((await add({ facilityId: shelter.id, kind: 'SEASONAL', places: 6, from: today, to: addDays(today, 10) })).errors).toBeUndefined();
    expect((await t.as('MOPS_WORKER', city.mops.id).query(free, { d: [city.district.id] })).data.facilities.nodes).toEqual([
      { id: shelter.id, occupancy: { freePlaces: 6 } },
    ]);
  });
});

describe('the rules of seasonal and overflow places', () => {
  it('keeps the declared and added places within the legal limit on every night', async () => {
    const city = await makeWelfareCentre(t.em());
    const home = await makeFacility(t.em(), {
      operator: ngo,
      unit: city.branch,
      district: city.district,
      type: 'CARE_EDUCATION_FACILITY',
      subtype: 'SOCIALISATION',
      declaredCapacity: 12,
    });
    expect((await add({ facilityId: home.id, kind: 'SEASONAL', places: 2, from: today, to: addDays(today, 20) })).errors).toBeUndefined();
    const over = await add({ facilityId: home.id, kind: 'OVERFLOW', places: 1, from: addDays(today, 5) });
    expect(errorCodes(over)).toEqual(['BAD_USER_INPUT']);
    expect(over.errors![0]!.extensions!.reason).toBe('PLACES_OVER_LEGAL_LIMIT_ON_NIGHT');
    expect(over.errors![0]!.extensions!.params).toMatchObject({ night: addDays(today, 5), total: 15, max: 14 });
    // After the season, the same night's overflow fits.
    expect((await add({ facilityId: home.id, kind: 'OVERFLOW', places: 2, from: addDays(today, 21) })).errors).toBeUndefined();
    // Nor may the declared places grow past the limit under the planned season.
    const grown = await admin().query(UPDATE, { id: home.id, input: { declaredCapacity: 13 } });
    expect(grown.errors![0]!.extensions!.reason).toBe('DECLARED_WITH_PERIODS_OVER_LIMIT');
  });

  it('lists every problem of a bad period with its path, and writes nothing', async () => {
    const city = await makeWelfareCentre(t.em());
    const shelter = await shelterIn(city, 20);
    const bad = await add({ facilityId: shelter.id, kind: 'SEASONAL', places: 0, from: today, note: 'x'.repeat(501) });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(problemPaths(bad).sort()).toEqual(['note', 'places', 'to']);
    expect(problemPaths(await add({ facilityId: shelter.id, kind: 'OVERFLOW', places: 3, from: today, to: addDays(today, 1) }))).toEqual(['to']);
    expect(problemPaths(await add({ facilityId: shelter.id, kind: 'SEASONAL', places: 3, from: today, to: addDays(today, -1) }))).toEqual(['to']);
    expect(problemPaths(await add({ facilityId: shelter.id, kind: 'SEASONAL', places: 3, from: addDays(today, -100), to: addDays(today, 300) }))).toEqual([
      'to',
    ]);
    expect(problemPaths(await add({ facilityId: shelter.id, kind: 'SEASONAL', places: 3, from: addDays(today, 370), to: addDays(today, 380) }))).toEqual([
      'to',
    ]);
    expect(problemPaths(await add({ facilityId: shelter.id, kind: 'SEASONAL', places: 3, from: '2019-01-01', to: '2019-02-01' }))).toEqual(['from']);
    expect((await t.publicCaller.query(PLACES, { id: shelter.id })).data.facility.capacityPeriods).toEqual([]);
  });

  it('lets an NGO open places only in the facilities it runs', async () => {
    const city = await makeWelfareCentre(t.em());
    const shelter = await shelterIn(city, 20);
    const input = { facilityId: shelter.id, kind: 'OVERFLOW', places: 3, from: today };
    expect(errorCodes(await add(input, t.as('NGO_STAFF', otherNgo.id)))).toEqual(['FORBIDDEN']);
    expect((await add(input, t.as('NGO_STAFF', ngo.id))).errors).toBeUndefined();
    expect(errorCodes(await add(input, t.as('ANALYST')))).toEqual(['FORBIDDEN']);
  });

  it('ends a season early from yesterday on, and withdraws only places not yet open', async () => {
    const city = await makeWelfareCentre(t.em());
    const shelter = await shelterIn(city, 20);
    const started = (await add({ facilityId: shelter.id, kind: 'SEASONAL', places: 6, from: addDays(today, -10), to: addDays(today, 30) })).data
      .addCapacityPeriod;
    expect(problemPaths(await admin().query(END, { id: started.id, last: addDays(today, -5) }))).toEqual(['lastNight']);
    expect(problemPaths(await admin().query(END, { id: started.id, last: addDays(today, 30) }))).toEqual(['lastNight']);
    expect((await admin().query(END, { id: started.id, last: today })).data.endCapacityPeriod.validTo).toBe(today);
    const refused = await admin().query(WITHDRAW, { id: started.id });
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors![0]!.extensions!.reason).toBe('PERIOD_ALREADY_STARTED');

    const planned = (await add({ facilityId: shelter.id, kind: 'SEASONAL', places: 6, from: addDays(today, 150), to: addDays(today, 240) })).data
      .addCapacityPeriod;
    expect((await admin().query(WITHDRAW, { id: planned.id })).data.withdrawCapacityPeriod).toBe(true);
    expect(errorCodes(await admin().query(WITHDRAW, { id: planned.id }))).toEqual(['NOT_FOUND']);
  });

  it('takes the kind of place people are in on an occupancy report, never more than are open', async () => {
    const city = await makeWelfareCentre(t.em());
    const shelter = await shelterIn(city, 20);
    await add({ facilityId: shelter.id, kind: 'SEASONAL', places: 5, from: addDays(today, -3), to: addDays(today, 3) });
    const ok = await admin().query(REPORT, { f: shelter.id, d: today, n: 24, s: 4 });
    expect(ok.data.reportOccupancy).toMatchObject({ inSeasonalPlaces: 4, inOverflowPlaces: null });
    expect(problemPaths(await admin().query(REPORT, { f: shelter.id, d: today, n: 24, s: 6 }))).toEqual(['inSeasonalPlaces']);
    expect(problemPaths(await admin().query(REPORT, { f: shelter.id, d: today, n: 24, o: 1 }))).toEqual(['inOverflowPlaces']);
    expect(problemPaths(await admin().query(REPORT, { f: shelter.id, d: today, n: 3, s: 4 }))).toEqual(['occupiedPlaces']);
    // 25 places are open tonight: 26 people need a reason, 25 do not.
    expect(problemPaths(await admin().query(REPORT, { f: shelter.id, d: today, n: 26 }))).toEqual(['occupiedPlaces']);
    expect((await admin().query(REPORT, { f: shelter.id, d: today, n: 25 })).errors).toBeUndefined();
  });
});
