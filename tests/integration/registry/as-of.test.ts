import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../../src/core/calendar.js';
import { makeFacility, makeOrganisation, makeWelfareCentre } from '../../support/registry-factories.js';
import { startTestHub, testToday, type TestHub } from '../../support/test-hub.js';
import type { Organisation } from '../../../src/modules/registry/registry.entities.js';

const today = testToday('2026-11-30');
const lastWinter = addMonths(today, -11);

let t: TestHub;
let ngo: Organisation;

const admin = () => t.as('ADMIN');
const analyst = () => t.as('ANALYST');
const OVERVIEW = `query($d: [ID!], $asOf: Date, $fresh: Int, $g: [CapacityDimension!]!) {
  capacityOverview(groupBy: $g, filter: { districtIds: $d }, asOf: $asOf, freshWithinDays: $fresh) {
    type facilities suspendedFacilities declaredCapacity reportingFacilities occupiedPlaces freePlaces freshlyReportingFacilities oldestReportDate } }`;
const REPORT = `mutation($f: ID!, $d: Date!, $n: Int!) { reportOccupancy(facilityId: $f, date: $d, occupiedPlaces: $n) { id } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateFacilityInput!) { updateFacility(id: $id, input: $input) { id declaredCapacity status type } }`;

/** A district of its own, so that each test reads only its own facilities. */
async function newDistrict() {
  return makeWelfareCentre(t.em());
}

async function overview(districtId: string, asOf: string | null, extra: { fresh?: number; groupBy?: string[] } = {}) {
  const response = await analyst().query(OVERVIEW, { d: [districtId], asOf, fresh: extra.fresh ?? 7, g: extra.groupBy ?? [] });
  expect(response.errors).toBeUndefined();
  return response.data.capacityOverview;
}

beforeAll(async () => {
  t = await startTestHub({ today });
  ngo = await makeOrganisation(t.em(), { name: 'Fundacja Zima' });
});
afterAll(() => t?.close());

describe('a question about a past date, answered with what was in force then', () => {
  it('gives the same answer about last winter before and after a facility\u2019s places change today', async () => {
    const city = await newDistrict();
    const shelter = await makeFacility(t.em(), { operator: ngo, unit: city.branch, district: city.district, declaredCapacity: 40, openedOn: '2020-01-01' });
    expect((await admin().query(REPORT, { f: shelter.id, d: lastWinter, n: 35 })).errors).toBeUndefined();
    const before = await overview(city.district.id, lastWinter);
    expect(before).toEqual([expect.objectContaining({ facilities: 1, declaredCapacity: 40, occupiedPlaces: 35, freePlaces: 5 })]);

    expect((await admin().query(UPDATE, { id: shelter.id, input: { declaredCapacity: 60 } })).errors).toBeUndefined();
    expect(await overview(city.district.id, lastWinter)).toEqual(before);
    expect(await overview(city.district.id, null)).toEqual([expect.objectContaining({ declaredCapacity: 60, occupiedPlaces: 35, freePlaces: 25 })]);
  });

  it('groups a past date by the type the facility had then', async () => {
    const city = await newDistrict();
    const f = await makeFacility(t.em(), { operator: ngo, unit: city.branch, district: city.district, type: 'WARMING_CENTRE', declaredCapacity: 10 });
    expect((await admin().query(UPDATE, { id: f.id, input: { type: 'NIGHT_SHELTER' } })).errors).toBeUndefined();
    expect((await overview(city.district.id, lastWinter, { groupBy: ['TYPE'] })).map((r: { type: string }) => r.type)).toEqual(['WARMING_CENTRE']);
    expect((await overview(city.district.id, null, { groupBy: ['TYPE'] })).map((r: { type: string }) => r.type)).toEqual(['NIGHT_SHELTER']);
  });

  it('counts a suspended facility apart, with neither places nor free places, and as active before its suspension', async () => {
    const city = await newDistrict();
    const open = await makeFacility(t.em(), { operator: ngo, unit: city.branch, district: city.district, declaredCapacity: 20 });
    const paused = await makeFacility(t.em(), { operator: ngo, unit: city.branch, district: city.district, declaredCapacity: 30 });
    for (const f of [open, paused]) await admin().query(REPORT, { f: f.id, d: addDays(today, -1), n: 10 });
    await admin().query(REPORT, { f: paused.id, d: lastWinter, n: 12 });
    expect((await admin().query(UPDATE, { id: paused.id, input: { status: 'SUSPENDED' } })).errors).toBeUndefined();
    expect(await overview(city.district.id, null)).toEqual([
      expect.objectContaining({ facilities: 1, suspendedFacilities: 1, declaredCapacity: 20, reportingFacilities: 1, occupiedPlaces: 10, freePlaces: 10 }),
    ]);
    expect(await overview(city.district.id, lastWinter)).toEqual([
      expect.objectContaining({ facilities: 2, suspendedFacilities: 0, declaredCapacity: 50, reportingFacilities: 1, occupiedPlaces: 12, freePlaces: 18 }),
    ]);
  });

  it('leaves out a facility closed since, only from the day of its closing', async () => {
    const city = await newDistrict();
    const f = await makeFacility(t.em(), { operator: ngo, unit: city.branch, district: city.district, declaredCapacity: 15 });
    expect((await admin().query(UPDATE, { id: f.id, input: { status: 'CLOSED', closedOn: today } })).errors).toBeUndefined();
    expect(await overview(city.district.id, null)).toEqual([expect.objectContaining({ facilities: 0, declaredCapacity: 0 })]);
    expect(await overview(city.district.id, addDays(today, -1))).toEqual([expect.objectContaining({ facilities: 1, declaredCapacity: 15 })]);
  });
});

describe('how fresh a figure is', () => {
  it('does not know the free places where no facility has reported: null, never zero, and counts only the reporting ones', async () => {
    const city = await newDistrict();
    const reporting = await makeFacility(t.em(), { operator: ngo, unit: city.branch, district: city.district, declaredCapacity: 10 });
    await makeFacility(t.em(), { operator: ngo, unit: city.branch, district: city.district, declaredCapacity: 30 }); // never reported
    expect(await overview(city.district.id, null)).toEqual([
      expect.objectContaining({ declaredCapacity: 40, reportingFacilities: 0, occupiedPlaces: null, freePlaces: null }),
    ]);
    expect((await admin().query(REPORT, { f: reporting.id, d: today, n: 4 })).errors).toBeUndefined();
    expect(await overview(city.district.id, null)).toEqual([expect.objectContaining({ reportingFacilities: 1, occupiedPlaces: 4, freePlaces: 6 })]);
    // Before the report, on a past date, it is not known either.
    expect(await overview(city.district.id, addDays(today, -1))).toEqual([
      expect.objectContaining({ reportingFacilities: 0, occupiedPlaces: null, freePlaces: null }),
    ]);
  });

  it('says how many facilities reported within the last N days and the oldest report used', async () => {
    const city = await newDistrict();
    const ages = [0, 3, 10, 40];
    for (const age of ages) {
      const f = await makeFacility(t.em(), { operator: ngo, unit: city.branch, district: city.district, declaredCapacity: 10 });
      expect((await admin().query(REPORT, { f: f.id, d: addDays(today, -age), n: 5 })).errors).toBeUndefined();
    }
    await makeFacility(t.em(), { operator: ngo, unit: city.branch, district: city.district, declaredCapacity: 10 }); // never reported
    expect(await overview(city.district.id, null)).toEqual([
      expect.objectContaining({ facilities: 5, reportingFacilities: 4, freshlyReportingFacilities: 2, oldestReportDate: addDays(today, -40) }),
    ]);
    expect(await overview(city.district.id, null, { fresh: 30 })).toEqual([expect.objectContaining({ freshlyReportingFacilities: 3 })]);
    // On a past date the ages count from that date.
    expect(await overview(city.district.id, addDays(today, -10), { fresh: 0 })).toEqual([
      expect.objectContaining({ reportingFacilities: 2, freshlyReportingFacilities: 1, oldestReportDate: addDays(today, -40) }),
    ]);
  });

  it('refuses a window of days outside 0 to 366, and hides freshness from PUBLIC with the occupancy', async () => {
    const city = await newDistrict();
    const bad = await analyst().query(OVERVIEW, { d: [city.district.id], asOf: null, fresh: -1, g: [] });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await t.publicCaller.query(`{ capacityOverview(groupBy: []) { facilities freshlyReportingFacilities } }`);
    expect(anonymous.data.capacityOverview[0]).toMatchObject({ freshlyReportingFacilities: null });
    expect(anonymous.errors?.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
  });
});
