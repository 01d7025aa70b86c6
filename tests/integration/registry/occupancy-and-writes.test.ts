import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../../src/core/audit/audit.entities.js';
import { Facility, OccupancyReport, Organisation } from '../../../src/modules/registry/registry.entities.js';
import { makeFacility, makeOrganisation, makeWelfareCentre } from '../../support/registry-factories.js';
import { errorCodes, problemPaths, startTestHub, testToday, type TestHub } from '../../support/test-hub.js';
import { addDays } from '../../../src/core/calendar.js';
import { dateInWarsaw } from '../../../src/core/clock.js';

const today = testToday('2026-11-24');

let t: TestHub;
let city: Awaited<ReturnType<typeof makeWelfareCentre>>;
let ngo: Organisation;
let otherNgo: Organisation;
let labourOffice: Organisation;

const daysAgo = (n: number) => addDays(today, -n);

beforeAll(async () => {
  t = await startTestHub({ today });
  const em = t.em();
  city = await makeWelfareCentre(em);
  ngo = await makeOrganisation(em, { name: 'Fundacja Ciepły Kąt' });
  otherNgo = await makeOrganisation(em, { name: 'Stowarzyszenie Inne' });
  labourOffice = await makeOrganisation(em, { name: 'Powiatowy Urząd Pracy', kind: 'LABOUR_OFFICE' });
});
afterAll(() => t?.close());

const REPORT = `mutation($facilityId: ID!, $date: Date!, $occupiedPlaces: Int!, $reason: String) {
  reportOccupancy(facilityId: $facilityId, date: $date, occupiedPlaces: $occupiedPlaces, overCapacityReason: $reason) {
    id date occupiedPlaces overCapacityReason facility { id occupancy { occupiedPlaces freePlaces date } }
  }
}`;

describe('reportOccupancy', () => {
  it('lets NGO staff report for a facility their organisation operates, and makes it the current occupancy', async () => {
    const f = await makeFacility(t.em(), { operator: ngo, unit: city.branch, district: city.district, declaredCapacity: 30 });
    const response = await t.as('NGO_STAFF', ngo.id).query(REPORT, { facilityId: f.id, date: daysAgo(0), occupiedPlaces: 25 });
    expect(response.errors).toBeUndefined();
    expect(response.data.reportOccupancy.facility.occupancy).toEqual({ occupiedPlaces: 25, freePlaces: 5, date: daysAgo(0) });
  });

  it("refuses NGO staff reporting for another organisation's facility, and writes nothing", async () => {
    const f = await makeFacility(t.em(), { operator: otherNgo, unit: city.branch, district: city.district });
    const response = await t.as('NGO_STAFF', ngo.id).query(REPORT, { facilityId: f.id, date: daysAgo(0), occupiedPlaces: 5 });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(await t.em().count(OccupancyReport, { facility: f.id })).toBe(0);
  });

  it.each(['ANALYST', 'LABOUR_OFFICE', 'PUBLIC'] as const)('refuses %s', async (role) => {
    const f = await makeFacility(t.em(), { operator: ngo, unit: city.branch, district: city.district });
    const org = role === 'LABOUR_OFFICE' ? labourOffice.id : null;
    const response = await t.as(role, org).query(REPORT, { facilityId: f.id, date: daysAgo(0), occupiedPlaces: 5 });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  it('refuses more places than declared without a reason, and accepts them with one (a frost night)', async () => {
    const f = await makeFacility(t.em(), { type: 'WARMING_CENTRE', operator: ngo, unit: city.branch, district: city.district, declaredCapacity: 20 });
    const refused = await t.as('MOPS_WORKER', city.mops.id).query(REPORT, { facilityId: f.id, date: daysAgo(0), occupiedPlaces: 26 });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(problemPaths(refused)).toEqual(['occupiedPlaces']);
    expect(await t.em().count(OccupancyReport, { facility: f.id })).toBe(0);

    const accepted = await t
      .as('MOPS_WORKER', city.mops.id)
      .query(REPORT, { facilityId: f.id, date: daysAgo(0), occupiedPlaces: 26, reason: 'Mróz −18 °C, przyjęto wszystkich' });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.reportOccupancy.facility.occupancy).toEqual({ occupiedPlaces: 26, freePlaces: 0, date: daysAgo(0) });
  });

  it('lists every problem of a bad report with its path', async () => {
    const f = await makeFacility(t.em(), { operator: ngo, unit: city.branch, district: city.district });
    const tomorrow = daysAgo(-1);
    const response = await t.as('ADMIN').query(REPORT, { facilityId: f.id, date: tomorrow, occupiedPlaces: -1 });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(problemPaths(response).sort()).toEqual(['date', 'occupiedPlaces']);
  });

  it('answers NOT_FOUND for an unknown facility', async () => {
    const response = await t.as('ADMIN').query(REPORT, { facilityId: crypto.randomUUID(), date: daysAgo(0), occupiedPlaces: 1 });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });

  it('keeps the history, and a back-filled earlier day does not replace the current occupancy', async () => {
    const f = await makeFacility(t.em(), { operator: ngo, unit: city.branch, district: city.district, declaredCapacity: 40 });
    const admin = t.as('ADMIN');
    await admin.query(REPORT, { facilityId: f.id, date: daysAgo(1), occupiedPlaces: 31 });
    await admin.query(REPORT, { facilityId: f.id, date: daysAgo(5), occupiedPlaces: 12 });
    const response = await admin.query(`query($id: ID!) { facility(id: $id) { occupancy { occupiedPlaces date } occupancyHistory { date occupiedPlaces } } }`, {
      id: f.id,
    });
    expect(response.data.facility.occupancy).toEqual({ occupiedPlaces: 31, date: daysAgo(1) });
    expect(response.data.facility.occupancyHistory).toEqual([
      { date: daysAgo(1), occupiedPlaces: 31 },
      { date: daysAgo(5), occupiedPlaces: 12 },
    ]);
  });

  it('records each report in the audit trail', async () => {
    const f = await makeFacility(t.em(), { operator: ngo, unit: city.branch, district: city.district });
    await t.as('NGO_STAFF', ngo.id, 'ewa').query(REPORT, { facilityId: f.id, date: daysAgo(0), occupiedPlaces: 3 });
    const events = await t.em().find(AuditEvent, { subjectId: f.id, operation: 'reportOccupancy' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'WRITE', actorId: 'ewa', actorRole: 'NGO_STAFF', actorOrganisationId: ngo.id, subjectType: 'Facility' });
  });
});

const CREATE = `mutation($input: CreateFacilityInput!) { createFacility(input: $input) { id name type declaredCapacity legalCapacityLimit { maxPlaces } operator { id } agreement { number } } }`;

function facilityInput(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Dom dla Dzieci Słoneczny',
    type: 'CARE_EDUCATION_FACILITY',
    subtype: 'SOCIALISATION',
    operatorId: ngo.id,
    unitId: city.branch.id,
    districtId: city.district.id,
    address: { street: 'ul. Długa 5', postalCode: '31-147', city: 'Kraków' },
    management: 'COMMISSIONED',
    agreement: { number: 'WSS-7/2026', validFrom: '2026-01-01', validTo: '2028-12-31' },
    declaredCapacity: 14,
    ...overrides,
  };
}

describe('createFacility', () => {
  it('adds a facility for MOPS_WORKER, with its legal limit, and audits the write', async () => {
    const response = await t.as('MOPS_WORKER', city.mops.id).query(CREATE, { input: facilityInput() });
    expect(response.errors).toBeUndefined();
    expect(response.data.createFacility).toMatchObject({
      name: 'Dom dla Dzieci Słoneczny',
      declaredCapacity: 14,
      legalCapacityLimit: { maxPlaces: 14 },
      operator: { id: ngo.id },
      agreement: { number: 'WSS-7/2026' },
    });
    expect(await t.em().count(AuditEvent, { subjectId: response.data.createFacility.id, operation: 'createFacility' })).toBe(1);
  });

  it('dates the new record and its later change by the hub’s clock, not the machine’s', async () => {
    // A day no machine running this suite is on: the record times must follow the hub's clock there.
    const day = '2031-06-16';
    t.clock.setToday(day);
    try {
      const response = await t.as('MOPS_WORKER', city.mops.id).query(CREATE, { input: facilityInput({ name: 'Dom dla Dzieci Przyszły' }) });
      expect(response.errors).toBeUndefined();
      const created = await t.em().findOneOrFail(Facility, { id: response.data.createFacility.id });
      expect([dateInWarsaw(created.createdAt), dateInWarsaw(created.updatedAt)]).toEqual([day, day]);
      t.clock.setToday(addDays(day, 1));
      const UPDATE = `mutation($id: ID!, $input: UpdateFacilityInput!) { updateFacility(id: $id, input: $input) { id } }`;
      expect(
        (await t.as('MOPS_WORKER', city.mops.id).query(UPDATE, { id: created.id, input: { declaredCapacity: 12, expectedVersion: created.version } })).errors,
      ).toBeUndefined();
      const changed = await t.em().findOneOrFail(Facility, { id: created.id });
      expect([dateInWarsaw(changed.createdAt), dateInWarsaw(changed.updatedAt)]).toEqual([day, addDays(day, 1)]);
    } finally {
      t.clock.setToday(today);
    }
  });

  it.each(['NGO_STAFF', 'ANALYST', 'LABOUR_OFFICE', 'PUBLIC'] as const)('refuses %s', async (role) => {
    const org = { PUBLIC: null, ANALYST: null, NGO_STAFF: ngo.id, LABOUR_OFFICE: labourOffice.id }[role];
    const response = await t.as(role, org).query(CREATE, { input: facilityInput() });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  it.each([
    ['a bad postal code', { address: { street: 'ul. Długa 5', postalCode: '31147', city: 'Kraków' } }, ['address.postalCode']],
    ['a capacity over the legal limit', { declaredCapacity: 15 }, ['declaredCapacity']],
    ['a negative capacity', { declaredCapacity: -3 }, ['declaredCapacity']],
    ['an unknown operator', { operatorId: '00000000-0000-4000-8000-000000000000' }, ['operatorId']],
    [
      'an unknown district and unit',
      { districtId: '00000000-0000-4000-8000-000000000001', unitId: '00000000-0000-4000-8000-000000000002' },
      ['unitId', 'districtId'],
    ],
    ['a commissioned service without its agreement', { agreement: null }, ['agreement']],
    ['a missing subtype', { subtype: null }, ['subtype']],
  ])('refuses %s with BAD_USER_INPUT naming the path, and writes nothing', async (_label, overrides, paths) => {
    const before = await t.em().count(Facility, {});
    const response = await t.as('ADMIN').query(CREATE, { input: facilityInput(overrides) });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(problemPaths(response)).toEqual(paths);
    expect(await t.em().count(Facility, {})).toBe(before);
  });
});

describe('updateFacility', () => {
  const UPDATE = `mutation($id: ID!, $input: UpdateFacilityInput!) { updateFacility(id: $id, input: $input) { id name declaredCapacity status closedOn version } }`;

  it('changes the given fields and bumps the version', async () => {
    const f = await makeFacility(t.em(), { operator: ngo, unit: city.branch, district: city.district, declaredCapacity: 20 });
    const response = await t.as('MOPS_WORKER', city.mops.id).query(UPDATE, { id: f.id, input: { declaredCapacity: 25, expectedVersion: f.version } });
    expect(response.errors).toBeUndefined();
    expect(response.data.updateFacility).toMatchObject({ declaredCapacity: 25, name: f.name, version: f.version + 1 });
  });

  it('refuses a stale version with CONFLICT', async () => {
    const f = await makeFacility(t.em(), { operator: ngo, unit: city.branch, district: city.district });
    const response = await t.as('ADMIN').query(UPDATE, { id: f.id, input: { name: 'Nowa nazwa', expectedVersion: f.version + 7 } });
    expect(errorCodes(response)).toEqual(['CONFLICT']);
  });

  it('answers CONFLICT to every one of twenty concurrent updates with the same stale version but one', async () => {
    const f = await makeFacility(t.em(), { operator: ngo, unit: city.branch, district: city.district });
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => t.as('ADMIN').query(UPDATE, { id: f.id, input: { name: `Nazwa ${i}`, expectedVersion: f.version } })),
    );
    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    expect(responses.filter((r) => r.errors).map((r) => errorCodes(r)[0])).toEqual(Array(19).fill('CONFLICT'));
  });

  it('needs a closing date to close a facility', async () => {
    const f = await makeFacility(t.em(), { operator: ngo, unit: city.branch, district: city.district });
    const refused = await t.as('ADMIN').query(UPDATE, { id: f.id, input: { status: 'CLOSED' } });
    expect(problemPaths(refused)).toEqual(['closedOn']);
    const closed = await t.as('ADMIN').query(UPDATE, { id: f.id, input: { status: 'CLOSED', closedOn: daysAgo(0) } });
    expect(closed.data.updateFacility).toMatchObject({ status: 'CLOSED', closedOn: daysAgo(0) });
  });

  it('answers NOT_FOUND for an unknown facility', async () => {
    const response = await t.as('ADMIN').query(UPDATE, { id: crypto.randomUUID(), input: { name: 'x' } });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });
});

describe('createOrganisation', () => {
  const CREATE_ORG = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name nip regon } }`;

  it('stores a NIP given with dashes as digits', async () => {
    const response = await t.as('ADMIN').query(CREATE_ORG, { input: { name: 'Fundacja Nowa', kind: 'FOUNDATION', nip: '526-104-08-28', regon: '123456785' } });
    expect(response.errors).toBeUndefined();
    expect(response.data.createOrganisation).toMatchObject({ nip: '5261040828', regon: '123456785' });
  });

  it('refuses a bad NIP, REGON and KRS together, each with its path', async () => {
    const response = await t
      .as('ADMIN')
      .query(CREATE_ORG, { input: { name: 'Fundacja Zła', kind: 'FOUNDATION', nip: '5261040829', regon: '123456786', krs: '123' } });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(problemPaths(response)).toEqual(['nip', 'regon', 'krs']);
  });

  it('refuses a NIP that is already registered with CONFLICT', async () => {
    await t.as('ADMIN').query(CREATE_ORG, { input: { name: 'Pierwsza', kind: 'ASSOCIATION', nip: '7010002139' } });
    const response = await t.as('ADMIN').query(CREATE_ORG, { input: { name: 'Druga', kind: 'ASSOCIATION', nip: '701-000-21-39' } });
    expect(errorCodes(response)).toEqual(['CONFLICT']);
  });
});

describe('auditLog', () => {
  const LOG = `{ auditLog(first: 5, filter: { action: WRITE }) { totalCount edges { node { operation actorRole subjectType } } } }`;

  it('shows the trail to ADMIN, newest first', async () => {
    const response = await t.as('ADMIN').query(LOG);
    expect(response.errors).toBeUndefined();
    expect(response.data.auditLog.totalCount).toBeGreaterThan(3);
    expect(response.data.auditLog.edges[0].node.actorRole).toBeDefined();
  });

  it.each(['MOPS_WORKER', 'ANALYST', 'PUBLIC'] as const)('hides it from %s', async (role) => {
    const response = await t.as(role, role === 'MOPS_WORKER' ? city.mops.id : null).query(LOG);
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });
});

describe('concurrent occupancy reports', () => {
  it('keep the latest day as the current occupancy whatever order they commit in', async () => {
    const f = await makeFacility(t.em(), { operator: ngo, unit: city.branch, district: city.district, declaredCapacity: 50 });
    const admin = t.as('ADMIN');
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => admin.query(REPORT, { facilityId: f.id, date: daysAgo(11 - i), occupiedPlaces: 10 + i })),
    );
    expect(responses.flatMap((r) => r.errors ?? [])).toEqual([]);
    const [facility] = await t.em().find(Facility, { id: f.id });
    expect({ date: facility!.occupancyDate, occupied: facility!.occupiedPlaces }).toEqual({ date: daysAgo(0), occupied: 21 });
    expect(await t.em().count(OccupancyReport, { facility: f.id })).toBe(12);
  });
});
