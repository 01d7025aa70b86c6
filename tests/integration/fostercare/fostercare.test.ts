import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { addDays, addMonths, periodEnd } from '../../../src/core/calendar.js';
import { AuditEvent } from '../../../src/core/audit/audit.entities.js';
import { District, Facility, Organisation, WelfareUnit } from '../../../src/modules/registry/index.js';
import { personInput } from '../../support/integration-factories.js';
import { makeFacility, makeOrganisation } from '../../support/registry-factories.js';
import { errorCodes, problemPaths, startTestHub, testToday, type TestHub } from '../../support/test-hub.js';

let t: TestHub;
let ngo: Organisation;
let home: Facility; // a socialisation facility of `ngo`
let unit: WelfareUnit;
let district: District;
let otherDistrict: District;
const today = testToday('2026-10-31');

const mops = () => t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops);
const REGISTER = `mutation($input: RegisterCarerInput!) { registerCarer(input: $input) { id kind capacity status legalLimit } }`;
const PLACE = `mutation($input: PlacementInput!) { placeChild(input: $input) { id startDate siblingGroupId overdue stayLimit carer { id } child { id firstName } } }`;

async function family(kind: string, places: number, extra: Record<string, unknown> = {}, where = district) {
  const response = await mops().query(REGISTER, { input: { kind, name: `Rodzina ${kind} ${Math.random().toString(36).slice(2, 7)}`, districtId: where.id, declaredCapacity: places, ...extra } });
  expect(response.errors).toBeUndefined();
  return response.data.registerCarer.id as string;
}

const child = (birthDate = '2012-03-04') => personInput({ birthDate });
const court = { name: 'Sąd Rejonowy dla Krakowa-Śródmieścia, III Wydział Rodzinny i Nieletnich', reference: 'III Nsm 123/26', decisionDate: addDays(today, -2) };
const placement = (carerId: string, extra: Record<string, unknown> = {}) => ({ child: child(), carerId, startDate: today, basis: 'COURT_DECISION', court, ...extra });
async function place(carerId: string, extra: Record<string, unknown> = {}) {
  return mops().query(PLACE, { input: placement(carerId, extra) });
}

beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true });
  const em = t.em();
  [unit] = (await em.find(WelfareUnit, { code: 'F1' })) as [WelfareUnit];
  [district] = (await em.find(District, { code: 'III' })) as [District];
  [otherDistrict] = (await em.find(District, { code: 'XVIII' })) as [District];
  ngo = await makeOrganisation(em, { name: 'Fundacja Dom' });
  home = await makeFacility(em, { name: 'Placówka Socjalizacyjna Testowa', type: 'CARE_EDUCATION_FACILITY', subtype: 'SOCIALISATION', declaredCapacity: 14, operator: ngo, unit, district });
});
afterAll(() => t?.close());

describe('registering carers', () => {
  it('registers a family within its legal limit and refuses one above it', async () => {
    const response = await mops().query(REGISTER, { input: { kind: 'PROFESSIONAL_FAMILY', name: 'Rodzina zawodowa nr 1', districtId: district.id, declaredCapacity: 3 } });
    expect(response.data.registerCarer).toMatchObject({ kind: 'PROFESSIONAL_FAMILY', capacity: 3, status: 'ACTIVE', legalLimit: 3 });
    const above = await mops().query(REGISTER, { input: { kind: 'KINSHIP_FAMILY', name: 'Rodzina spokrewniona', districtId: district.id, declaredCapacity: 4 } });
    expect(problemPaths(above)).toEqual(['declaredCapacity']);
  });

  it('registers an institution by its facility, with the facility\u2019s places, and refuses a facility that is not foster care', async () => {
    const response = await mops().query(REGISTER, { input: { facilityId: home.id } });
    expect(response.data.registerCarer).toMatchObject({ kind: 'SOCIALISATION_FACILITY', capacity: 14, legalLimit: 14 });
    expect(errorCodes(await mops().query(REGISTER, { input: { facilityId: home.id } }))).toEqual(['CONFLICT']);
    const [shelter] = await t.em().find(Facility, { type: 'NIGHT_SHELTER' }, { limit: 1 });
    expect(problemPaths(await mops().query(REGISTER, { input: { facilityId: shelter!.id } }))).toEqual(['facilityId']);
  });
});

describe('placeChild', () => {
  it('places a child on a court decision, and refuses a placement without the court\u2019s reference', async () => {
    const carer = await family('NON_PROFESSIONAL_FAMILY', 3);
    const response = await place(carer);
    expect(response.errors).toBeUndefined();
    expect(response.data.placeChild).toMatchObject({ startDate: today, overdue: false, stayLimit: null, carer: { id: carer } });
    expect(problemPaths(await place(carer, { court: { ...court, reference: ' ' } }))).toEqual(['court']);
  });

  it('refuses a second active placement of the same child with CONFLICT', async () => {
    const carer = await family('NON_PROFESSIONAL_FAMILY', 3);
    const kid = child();
    await place(carer, { child: kid });
    const again = await place(await family('KINSHIP_FAMILY', 3), { child: kid });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors![0]!.extensions!.reason).toBe('CHILD_ALREADY_PLACED');
  });

  it('refuses a family on a break or closed', async () => {
    const carer = await family('PROFESSIONAL_FAMILY', 3);
    await mops().query(`mutation($id: ID!) { setCarerStatus(id: $id, status: ON_BREAK) { status } }`, { id: carer });
    const response = await place(carer);
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect(response.errors![0]!.extensions!.reason).toBe('CARER_NOT_ACCEPTING');
  });

  it('refuses a fourth child in a family of three places, unless it keeps siblings together with consent and a reason', async () => {
    const carer = await family('PROFESSIONAL_FAMILY', 3, { siblingsConsent: true });
    const first = await place(carer);
    const group = first.data.placeChild.siblingGroupId;
    await place(carer);
    await place(carer);
    expect(errorCodes(await place(carer))).toEqual(['CONFLICT']);
    const sibling = await place(carer, { siblingGroupId: group });
    expect(errorCodes(sibling)).toEqual(['CONFLICT']);
    expect(sibling.errors![0]!.extensions!.exceptionAvailable).toBe('SIBLINGS');
    const withReason = await place(carer, { siblingGroupId: group, capacityExceptionReason: 'Rodzeństwo razem (art. 52 ust. 2)' });
    expect(withReason.errors).toBeUndefined();
  });

  it('does not let siblings exceed the limit of a family that has not consented', async () => {
    const carer = await family('KINSHIP_FAMILY', 1);
    const first = await place(carer);
    const response = await place(carer, { siblingGroupId: first.data.placeChild.siblingGroupId, capacityExceptionReason: 'Rodzeństwo' });
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect(response.errors![0]!.message).toMatch(/consent/);
  });

  it('lets an emergency family take up to six children in justified cases, and no seventh', async () => {
    const carer = await family('EMERGENCY_FAMILY', 3);
    for (let i = 0; i < 3; i++) expect((await place(carer, { basis: 'EMERGENCY_PENDING_DECISION', court: null })).errors).toBeUndefined();
    expect(errorCodes(await place(carer, { basis: 'EMERGENCY_PENDING_DECISION', court: null }))).toEqual(['CONFLICT']);
    for (let i = 0; i < 3; i++) {
      expect((await place(carer, { basis: 'EMERGENCY_PENDING_DECISION', court: null, capacityExceptionReason: 'Interwencja policji w nocy, brak innych miejsc' })).errors).toBeUndefined();
    }
    expect(errorCodes(await place(carer, { basis: 'EMERGENCY_PENDING_DECISION', court: null, capacityExceptionReason: 'x' }))).toEqual(['CONFLICT']);
  });

  it('needs a reason to place a child under 10 in a care-and-education facility', async () => {
    const facility = await makeFacility(t.em(), { name: 'Placówka Interwencyjna Testowa', type: 'CARE_EDUCATION_FACILITY', subtype: 'INTERVENTION', declaredCapacity: 14, operator: ngo, unit, district });
    const carer = (await mops().query(REGISTER, { input: { facilityId: facility.id } })).data.registerCarer.id;
    const young = await place(carer, { child: child('2019-06-01') });
    expect(problemPaths(young)).toEqual(['ageExceptionReason']);
    expect((await place(carer, { child: child('2019-06-01'), ageExceptionReason: 'Razem z rodzeństwem w wieku 12 i 14 lat' })).errors).toBeUndefined();
    expect((await place(carer, { child: child('2012-06-01') })).errors).toBeUndefined();
  });

  it('lets exactly one of twenty concurrent placements take the last place', async () => {
    const carer = await family('PROFESSIONAL_FAMILY', 1);
    const responses = await Promise.all(Array.from({ length: 20 }, () => place(carer)));
    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    expect(responses.filter((r) => r.errors).every((r) => r.errors![0]!.extensions!.code === 'CONFLICT')).toBe(true);
  });
});

describe('stays and their limits', () => {
  it('flags an emergency-family stay past four months as overdue, until it is extended', async () => {
    const carer = await family('EMERGENCY_FAMILY', 3);
    const placed = await place(carer, { startDate: addMonths(today, -5), basis: 'EMERGENCY_PENDING_DECISION', court: null });
    expect(placed.data.placeChild).toMatchObject({ overdue: true, stayLimit: periodEnd(addMonths(today, -5), 4) });
    const overdue = await mops().query(`query($c: ID!) { placements(first: 10, filter: { carerId: $c, overdue: true }) { nodes { id } } }`, { c: carer });
    expect(overdue.data.placements.nodes).toEqual([{ id: placed.data.placeChild.id }]);
    const extended = await mops().query(`mutation($id: ID!) { extendPlacement(id: $id, reason: "Sąd nie wydał jeszcze postanowienia") { overdue extensionReason } }`, { id: placed.data.placeChild.id });
    expect(extended.data.extendPlacement).toEqual({ overdue: false, extensionReason: 'Sąd nie wydał jeszcze postanowienia' });
  });

  it('ends a placement with its date and reason, freeing the place from the next day', async () => {
    const carer = await family('PROFESSIONAL_FAMILY', 1);
    const placed = await place(carer, { startDate: addDays(today, -30) });
    const ended = await mops().query(`mutation($id: ID!, $d: Date!) { endPlacement(id: $id, input: { endDate: $d, reason: ADOPTION }) { endDate endReason } }`, { id: placed.data.placeChild.id, d: addDays(today, -10) });
    expect(ended.data.endPlacement).toEqual({ endDate: addDays(today, -10), endReason: 'ADOPTION' });
    expect(errorCodes(await place(carer, { startDate: addDays(today, -10) }))).toEqual(['CONFLICT']);
    expect((await place(carer, { startDate: addDays(today, -9) })).errors).toBeUndefined();
  });
});

describe('fosterCareVacancies', () => {
  it('offers carers that can take the whole sibling group, nearest district first, in at most 3 statements', async () => {
    const near = await family('FAMILY_CHILDRENS_HOME', 8, {}, district);
    const far = await family('FAMILY_CHILDRENS_HOME', 8, {}, otherDistrict);
    let response: any;
    const { count } = await t.countStatements(async () => {
      response = await mops().query(`query($d: ID!) { fosterCareVacancies(filter: { districtId: $d, siblings: 3, childAge: 12, carerKinds: [FAMILY_CHILDRENS_HOME] }) { carer { id } freePlaces proximity exceptionNeeded } }`, { d: district.id });
    });
    expect(response.errors).toBeUndefined();
    const ids = response.data.fosterCareVacancies.map((v: { carer: { id: string } }) => v.carer.id);
    expect(ids.indexOf(near)).toBeLessThan(ids.indexOf(far));
    expect(response.data.fosterCareVacancies[ids.indexOf(near)]).toMatchObject({ freePlaces: 8, proximity: 'SAME_DISTRICT', exceptionNeeded: null });
    expect(count).toBeLessThanOrEqual(3);
  });

  it('offers no care-and-education facility for a child under 10, and a family only through the siblings exception it consented to', async () => {
    const young = await mops().query(`{ fosterCareVacancies(first: 500, filter: { childAge: 6 }) { carer { kind } } }`);
    const kinds = new Set(young.data.fosterCareVacancies.map((v: { carer: { kind: string } }) => v.carer.kind));
    for (const kind of ['SOCIALISATION_FACILITY', 'INTERVENTION_FACILITY', 'SPECIALIST_THERAPEUTIC_FACILITY', 'FAMILY_TYPE_FACILITY']) expect(kinds.has(kind)).toBe(false);
    const consenting = await family('KINSHIP_FAMILY', 2, { siblingsConsent: true });
    const refusing = await family('KINSHIP_FAMILY', 2);
    const four = await mops().query(`{ fosterCareVacancies(first: 500, filter: { siblings: 4, carerKinds: [KINSHIP_FAMILY] }) { carer { id } exceptionNeeded } }`);
    const offered = four.data.fosterCareVacancies;
    expect(offered.find((v: { carer: { id: string } }) => v.carer.id === consenting)).toMatchObject({ exceptionNeeded: 'SIBLINGS' });
    expect(offered.find((v: { carer: { id: string } }) => v.carer.id === refusing)).toBeUndefined();
  });
});

describe('the capacity picture at any date', () => {
  it('counts children from placement dates, so a past date shows who was placed then', async () => {
    const carer = await family('PROFESSIONAL_SPECIALIST_FAMILY', 3, {}, otherDistrict);
    const placed = await place(carer, { startDate: addDays(today, -40) });
    await mops().query(`mutation($id: ID!, $d: Date!) { endPlacement(id: $id, input: { endDate: $d, reason: RETURN_TO_FAMILY }) { id } }`, { id: placed.data.placeChild.id, d: addDays(today, -20) });
    const query = `query($d: Date) { fosterCareCapacity(groupBy: [KIND, DISTRICT], asOf: $d) { kind district { code } carers capacity occupied free } }`;
    const row = (r: any) => r.data.fosterCareCapacity.find((x: any) => x.kind === 'PROFESSIONAL_SPECIALIST_FAMILY' && x.district.code === 'XVIII');
    const past = await t.as('ANALYST').query(query, { d: addDays(today, -30) });
    const now = await t.as('ANALYST').query(query, { d: null });
    expect(row(past).occupied - row(now).occupied).toBe(1);
    expect(row(now).free).toBe(row(now).capacity - row(now).occupied);
  });
});

describe('who sees foster care', () => {
  it('shows NGO staff the children of their own facility by name and dates, never the PESEL or the court', async () => {
    const facility = await makeFacility(t.em(), { name: 'Placówka Specjalistyczna Fundacji', type: 'CARE_EDUCATION_FACILITY', subtype: 'SPECIALIST_THERAPEUTIC', declaredCapacity: 14, operator: ngo, unit, district });
    const ownCarer = (await mops().query(REGISTER, { input: { facilityId: facility.id } })).data.registerCarer.id;
    expect((await place(ownCarer)).errors).toBeUndefined();
    await place(await family('KINSHIP_FAMILY', 3));
    const response = await t.as('NGO_STAFF', ngo.id).query(`{ placements(first: 50) { nodes { startDate carer { name } child { firstName birthYear pesel } court { reference } } } }`);
    const nodes = response.data.placements.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n: { carer: { name: string } }) => n.carer.name.startsWith('Placówka'))).toBe(true);
    expect(nodes.every((n: any) => n.child.pesel === null && n.court === null && n.child.firstName)).toBe(true);
    expect(new Set(errorCodes(response))).toEqual(new Set(['FORBIDDEN']));
  });

  it('lists the children placed in a facility on a day to its operator\u2019s staff and MOPS, and to nobody else', async () => {
    const facility = await makeFacility(t.em(), { name: 'Placówka Rodzinna Fundacji', type: 'CARE_EDUCATION_FACILITY', subtype: 'FAMILY_TYPE', declaredCapacity: 8, operator: ngo, unit, district });
    const carer = (await mops().query(REGISTER, { input: { facilityId: facility.id } })).data.registerCarer.id;
    const first = (await place(carer, { startDate: addDays(today, -30) })).data.placeChild.id;
    const second = (await place(carer)).data.placeChild.id;
    const OF_FACILITY = `query($id: ID!, $on: Date) { facility(id: $id) { placements(activeOn: $on) { id child { firstName } } } }`;
    const own = await t.as('NGO_STAFF', ngo.id).query(OF_FACILITY, { id: facility.id });
    expect(own.errors).toBeUndefined();
    expect(own.data.facility.placements.map((p: { id: string }) => p.id)).toEqual([second, first]);
    const earlier = await mops().query(OF_FACILITY, { id: facility.id, on: addDays(today, -10) });
    expect(earlier.data.facility.placements.map((p: { id: string }) => p.id)).toEqual([first]);
    const [stranger] = await t.em().find(Organisation, { id: { $ne: ngo.id } }, { limit: 1 });
    for (const caller of [t.as('NGO_STAFF', stranger!.id), t.as('ANALYST'), t.publicCaller]) {
      const response = await caller.query(OF_FACILITY, { id: facility.id });
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(response.data.facility).toEqual({ placements: null });
    }
  });

  it('gives ANALYST aggregates only, PUBLIC nothing, and audits every read of a child', async () => {
    expect(errorCodes(await t.as('ANALYST').query(`{ placements(first: 1) { nodes { id } } }`))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.publicCaller.query(`{ fosterCareCapacity(groupBy: []) { carers } }`))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.as('NGO_STAFF', ngo.id).query(`{ fosterCareVacancies { freePlaces } }`))).toEqual(['FORBIDDEN']);
    const before = await t.em().count(AuditEvent, { field: 'fosterChild' });
    const response = await mops().query(`{ placements(first: 5) { nodes { child { lastName } } } }`);
    expect(await t.em().count(AuditEvent, { field: 'fosterChild' })).toBe(before + response.data.placements.nodes.length);
  });
});
