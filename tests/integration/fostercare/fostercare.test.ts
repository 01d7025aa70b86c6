import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { addDays, addMonths, ageOn, periodEnd } from '../../../src/core/calendar.js';
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
  // A family of long standing, unless a test says when it became one.
  const response = await mops().query(REGISTER, {
    input: {
      kind,
      name: `Rodzina ${kind} ${Math.random().toString(36).slice(2, 7)}`,
      districtId: where.id,
      declaredCapacity: places,
      registeredOn: addDays(today, -3650),
      ...extra,
    },
  });
  expect(response.errors).toBeUndefined();
  return response.data.registerCarer.id as string;
}

const child = (birthDate = '2012-03-04') => personInput({ birthDate });
const court = {
  name: 'Sąd Rejonowy dla Krakowa-Śródmieścia, III Wydział Rodzinny i Nieletnich',
  reference: 'III Nsm 123/26',
  decisionDate: addDays(today, -2),
};
const placement = (carerId: string, extra: Record<string, unknown> = {}) => ({
  child: child(),
  carerId,
  startDate: today,
  basis: 'COURT_DECISION',
  court,
  ...extra,
});
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
  home = await makeFacility(em, {
    name: 'Placówka Socjalizacyjna Testowa',
    type: 'CARE_EDUCATION_FACILITY',
    subtype: 'SOCIALISATION',
    declaredCapacity: 14,
    operator: ngo,
    unit,
    district,
  });
});
afterAll(() => t?.close());

describe('registering carers', () => {
  it('registers a family within its legal limit and refuses one above it', async () => {
    const response = await mops().query(REGISTER, {
      input: { kind: 'PROFESSIONAL_FAMILY', name: 'Rodzina zawodowa nr 1', districtId: district.id, declaredCapacity: 3 },
    });
    expect(response.data.registerCarer).toMatchObject({ kind: 'PROFESSIONAL_FAMILY', capacity: 3, status: 'ACTIVE', legalLimit: 3 });
    const above = await mops().query(REGISTER, {
      input: { kind: 'NON_PROFESSIONAL_FAMILY', name: 'Rodzina niezawodowa', districtId: district.id, declaredCapacity: 4 },
    });
    expect(problemPaths(above)).toEqual(['declaredCapacity']);
  });

  it('registers a kinship family with any number of places: the statute sets it no limit', async () => {
    const response = await mops().query(REGISTER, {
      input: { kind: 'KINSHIP_FAMILY', name: 'Rodzina spokrewniona (dziadkowie)', districtId: district.id, declaredCapacity: 5 },
    });
    expect(response.data.registerCarer).toMatchObject({ kind: 'KINSHIP_FAMILY', capacity: 5, legalLimit: null });
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

  it('refuses a fourth child in a family of three places, unless it keeps siblings together with consent, the coordinator\u2019s opinion and a reason', async () => {
    const carer = await family('PROFESSIONAL_FAMILY', 3, { siblingsConsent: true });
    const first = await place(carer);
    const group = first.data.placeChild.siblingGroupId;
    await place(carer);
    await place(carer);
    expect(errorCodes(await place(carer))).toEqual(['CONFLICT']);
    const withoutOpinion = await place(carer, { siblingGroupId: group, capacityExceptionReason: 'Rodzeństwo razem (art. 54)' });
    expect(errorCodes(withoutOpinion)).toEqual(['CONFLICT']);
    expect(withoutOpinion.errors![0]!.extensions).toMatchObject({ exceptionAvailable: 'SIBLINGS', missing: ['COORDINATOR_OPINION'] });
    const withoutReason = await place(carer, { siblingGroupId: group, coordinatorOpinion: 'Opinia koordynatora nr 12/2026 z 20.10.2026' });
    expect(errorCodes(withoutReason)).toEqual(['CONFLICT']);
    const allowed = await place(carer, {
      siblingGroupId: group,
      capacityExceptionReason: 'Rodzeństwo razem (art. 54)',
      coordinatorOpinion: 'Opinia koordynatora nr 12/2026 z 20.10.2026',
    });
    expect(allowed.errors).toBeUndefined();
    const recorded = await mops().query(
      `query($c: ID!) { placements(first: 10, filter: { carerId: $c }) { nodes { coordinatorOpinion capacityExceptionReason } } }`,
      { c: carer },
    );
    expect(recorded.data.placements.nodes).toContainEqual({
      coordinatorOpinion: 'Opinia koordynatora nr 12/2026 z 20.10.2026',
      capacityExceptionReason: 'Rodzeństwo razem (art. 54)',
    });
  });

  it('places a fourth child with a kinship family without any exception: no statutory limit', async () => {
    const carer = await family('KINSHIP_FAMILY', 6);
    for (let i = 0; i < 4; i++) expect((await place(carer)).errors).toBeUndefined();
  });

  it('places a grandchild with a kinship family beyond the places it declared: art. 54 sets it no limit', async () => {
    const carer = await family('KINSHIP_FAMILY', 3);
    for (let i = 0; i < 4; i++) expect((await place(carer)).errors).toBeUndefined();
  });

  it('refuses an unknown sibling group rather than writing it as given', async () => {
    const carer = await family('PROFESSIONAL_FAMILY', 3);
    const response = await place(carer, { siblingGroupId: '5c1f0c4e-0000-4000-8000-00000000beef' });
    expect(problemPaths(response)).toEqual(['siblingGroupId']);
    const placed = await mops().query(`query($c: ID!) { placements(first: 10, filter: { carerId: $c }) { totalCount } }`, { c: carer });
    expect(placed.data.placements.totalCount).toBe(0);
  });

  it('lets a family-type facility take siblings beyond 8 up to 10, with the voivode\u2019s consent, and no eleventh', async () => {
    const facility = await makeFacility(t.em(), {
      name: 'Placówka Rodzinna Testowa',
      type: 'CARE_EDUCATION_FACILITY',
      subtype: 'FAMILY_TYPE',
      declaredCapacity: 8,
      operator: ngo,
      unit,
      district,
    });
    const carer = (await mops().query(REGISTER, { input: { facilityId: facility.id } })).data.registerCarer.id;
    const group = (await place(carer)).data.placeChild.siblingGroupId;
    for (let i = 0; i < 7; i++) expect((await place(carer)).errors).toBeUndefined();
    const sibling = { siblingGroupId: group, capacityExceptionReason: 'Rodzeństwo razem' };
    const noConsent = await place(carer, sibling);
    expect(noConsent.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', missing: ['VOIVODE_CONSENT'] });
    const consent = { ...sibling, voivodeConsent: 'Zgoda Wojewody Małopolskiego WP-II.123.2026 z 15.10.2026' };
    expect((await place(carer, consent)).errors).toBeUndefined();
    expect((await place(carer, consent)).errors).toBeUndefined();
    expect(errorCodes(await place(carer, consent))).toEqual(['CONFLICT']);
  });

  it('takes a child beyond 14 into an intervention facility only when brought by the Police, at its request or in an emergency', async () => {
    const facility = await makeFacility(t.em(), {
      name: 'Placówka Interwencyjna Pełna',
      type: 'CARE_EDUCATION_FACILITY',
      subtype: 'INTERVENTION',
      declaredCapacity: 14,
      operator: ngo,
      unit,
      district,
    });
    const carer = (await mops().query(REGISTER, { input: { facilityId: facility.id } })).data.registerCarer.id;
    for (let i = 0; i < 14; i++) expect((await place(carer)).errors).toBeUndefined();
    const ordinary = await place(carer, { capacityExceptionReason: 'Brak miejsc gdzie indziej' });
    expect(ordinary.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', exceptionAvailable: 'EMERGENCY' });
    const byPolice = await place(carer, { admissionRoute: 'POLICE_OR_BORDER_GUARD', capacityExceptionReason: 'Doprowadzony przez Policję w nocy' });
    expect(byPolice.errors).toBeUndefined();
    const family_ = await family('PROFESSIONAL_FAMILY', 3);
    expect(problemPaths(await place(family_, { admissionRoute: 'POLICE_OR_BORDER_GUARD' }))).toEqual(['admissionRoute']);
  });

  it('does not let siblings exceed the limit of a family that has not consented', async () => {
    const carer = await family('NON_PROFESSIONAL_FAMILY', 1);
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
      expect(
        (await place(carer, { basis: 'EMERGENCY_PENDING_DECISION', court: null, capacityExceptionReason: 'Interwencja policji w nocy, brak innych miejsc' }))
          .errors,
      ).toBeUndefined();
    }
    expect(errorCodes(await place(carer, { basis: 'EMERGENCY_PENDING_DECISION', court: null, capacityExceptionReason: 'x' }))).toEqual(['CONFLICT']);
  });

  it('needs the exception of art. 95 ust. 2 to place a child under 10 in an intervention facility', async () => {
    const facility = await makeFacility(t.em(), {
      name: 'Placówka Interwencyjna Testowa',
      type: 'CARE_EDUCATION_FACILITY',
      subtype: 'INTERVENTION',
      declaredCapacity: 14,
      operator: ngo,
      unit,
      district,
    });
    const carer = (await mops().query(REGISTER, { input: { facilityId: facility.id } })).data.registerCarer.id;
    // The youngest child who is 10 today, and the day after: on 28 February 2026 a child born on
    // 29 February 2016 is 10 (Kodeks cywilny art. 112), one born on 1 March 2016 is not.
    let tenToday = addMonths(today, -120);
    while (ageOn(addDays(tenToday, 1), today) >= 10) tenToday = addDays(tenToday, 1);
    const young = () => child(addDays(tenToday, 1));
    expect(problemPaths(await place(carer, { child: young() }))).toEqual(['ageExceptionKind']);
    expect(problemPaths(await place(carer, { child: young(), ageExceptionKind: 'OTHER' }))).toEqual(['ageExceptionReason']);
    const siblings = await mops().query(`mutation($input: PlacementInput!) { placeChild(input: $input) { ageExceptionKind } }`, {
      input: placement(carer, { child: young(), ageExceptionKind: 'SIBLINGS' }),
    });
    expect(siblings.data.placeChild).toEqual({ ageExceptionKind: 'SIBLINGS' });
    const described = await mops().query(`mutation($input: PlacementInput!) { placeChild(input: $input) { ageExceptionKind ageExceptionReason } }`, {
      input: placement(carer, { child: young(), ageExceptionReason: 'Razem z matką umieszczoną w placówce' }),
    });
    expect(described.data.placeChild).toEqual({ ageExceptionKind: 'OTHER', ageExceptionReason: 'Razem z matką umieszczoną w placówce' });
    expect((await place(carer, { child: child(tenToday) })).errors).toBeUndefined();
  });

  it('refuses an adult as a child placed in foster care', async () => {
    const carer = await family('NON_PROFESSIONAL_FAMILY', 3);
    expect(problemPaths(await place(carer, { child: child(addMonths(today, -12 * 40)) }))).toEqual(['child.pesel']);
    expect(problemPaths(await place(carer, { child: child(addMonths(today, -12 * 18)) }))).toEqual(['child.pesel']);
  });

  it('does not apply the age rule to a family-type facility', async () => {
    const facility = await makeFacility(t.em(), {
      name: 'Placówka Rodzinna dla Maluchów',
      type: 'CARE_EDUCATION_FACILITY',
      subtype: 'FAMILY_TYPE',
      declaredCapacity: 8,
      operator: ngo,
      unit,
      district,
    });
    const carer = (await mops().query(REGISTER, { input: { facilityId: facility.id } })).data.registerCarer.id;
    expect((await place(carer, { child: child(addMonths(today, -60)) })).errors).toBeUndefined();
    expect(problemPaths(await place(carer, { child: child(addMonths(today, -60)), ageExceptionKind: 'HEALTH' }))).toEqual(['ageExceptionKind']);
  });

  it('takes infants into a pre-adoption centre until their first birthday', async () => {
    const facility = await makeFacility(t.em(), {
      name: 'Placówka Preadopcyjna Testowa',
      type: 'PRE_ADOPTION_INTERVENTION_CENTRE',
      declaredCapacity: 20,
      operator: ngo,
      unit,
      district,
    });
    const carer = (await mops().query(REGISTER, { input: { facilityId: facility.id } })).data.registerCarer.id;
    const birth = addMonths(today, -2);
    const infant = await place(carer, { child: child(birth) });
    expect(infant.data.placeChild).toMatchObject({ stayLimit: periodEnd(birth, 12), overdue: false });
    expect(problemPaths(await place(carer, { child: child(addMonths(today, -13)) }))).toEqual(['child.pesel']);
  });

  it('refuses an infant on its first birthday: it is one year old from the start of that day (Kodeks cywilny art. 112)', async () => {
    const facility = await makeFacility(t.em(), {
      name: 'Placówka Preadopcyjna Urodzinowa',
      type: 'PRE_ADOPTION_INTERVENTION_CENTRE',
      declaredCapacity: 20,
      operator: ngo,
      unit,
      district,
    });
    const carer = (await mops().query(REGISTER, { input: { facilityId: facility.id } })).data.registerCarer.id;
    const birth = addMonths(today, -14);
    const birthday = periodEnd(birth, 12);
    expect(problemPaths(await place(carer, { child: child(birth), startDate: birthday }))).toEqual(['child.pesel']);
    expect((await place(carer, { child: child(birth), startDate: addDays(birthday, -1) })).errors).toBeUndefined();
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
    const extended = await mops().query(
      `mutation($id: ID!) { extendPlacement(id: $id, reason: "Zgoda organizatora") { overdue extensionReason extensionKind stayLimit } }`,
      { id: placed.data.placeChild.id },
    );
    expect(extended.data.extendPlacement).toEqual({
      overdue: false,
      extensionReason: 'Zgoda organizatora',
      extensionKind: 'FIXED_TERM',
      stayLimit: periodEnd(addMonths(today, -5), 8),
    });
  });

  const EXTEND = `mutation($id: ID!, $input: ExtendPlacementInput) { extendPlacement(id: $id, input: $input) { overdue stayLimit extensionKind proceedingsReference } }`;

  it('keeps an emergency-family stay extended until the court proceedings end from being overdue while they are open', async () => {
    const carer = await family('EMERGENCY_FAMILY', 3);
    const placed = await place(carer, { startDate: addMonths(today, -9), basis: 'EMERGENCY_PENDING_DECISION', court: null });
    expect(placed.data.placeChild.overdue).toBe(true);
    const id = placed.data.placeChild.id;
    expect(problemPaths(await mops().query(EXTEND, { id, input: { kind: 'UNTIL_PROCEEDINGS_END', reason: 'Postępowanie o przysposobienie trwa' } }))).toEqual([
      'proceedingsReference',
    ]);
    const extended = await mops().query(EXTEND, {
      id,
      input: { kind: 'UNTIL_PROCEEDINGS_END', reason: 'Postępowanie o przysposobienie trwa', proceedingsReference: 'III RNs 45/26' },
    });
    expect(extended.data.extendPlacement).toEqual({
      overdue: false,
      stayLimit: null,
      extensionKind: 'UNTIL_PROCEEDINGS_END',
      proceedingsReference: 'III RNs 45/26',
    });
    const ended = await mops().query(`mutation($id: ID!, $d: Date!) { recordProceedingsEnd(id: $id, endedOn: $d) { overdue stayLimit proceedingsEndedOn } }`, {
      id,
      d: addDays(today, -3),
    });
    expect(ended.data.recordProceedingsEnd).toEqual({ overdue: true, stayLimit: addDays(today, -3), proceedingsEndedOn: addDays(today, -3) });
  });

  it('extends an intervention stay only until the court proceedings end, never by a fixed term', async () => {
    const facility = await makeFacility(t.em(), {
      name: 'Placówka Interwencyjna Długa',
      type: 'CARE_EDUCATION_FACILITY',
      subtype: 'INTERVENTION',
      declaredCapacity: 14,
      operator: ngo,
      unit,
      district,
    });
    const carer = (await mops().query(REGISTER, { input: { facilityId: facility.id } })).data.registerCarer.id;
    const placed = await place(carer, { startDate: addMonths(today, -4) });
    expect(placed.data.placeChild).toMatchObject({ overdue: true, stayLimit: periodEnd(addMonths(today, -4), 3) });
    const id = placed.data.placeChild.id;
    expect(problemPaths(await mops().query(EXTEND, { id, input: { kind: 'FIXED_TERM', reason: 'x' } }))).toEqual(['kind']);
    const extended = await mops().query(EXTEND, { id, input: { reason: 'Sąd rozpoznaje sprawę', proceedingsReference: 'III Nsm 77/26' } });
    expect(extended.data.extendPlacement).toMatchObject({ overdue: false, extensionKind: 'UNTIL_PROCEEDINGS_END' });
  });

  it('ends a placement with its date and reason, freeing the place from the next day', async () => {
    const carer = await family('PROFESSIONAL_FAMILY', 1);
    const placed = await place(carer, { startDate: addDays(today, -30) });
    const ended = await mops().query(
      `mutation($id: ID!, $d: Date!) { endPlacement(id: $id, input: { endDate: $d, reason: ADOPTION }) { endDate endReason } }`,
      { id: placed.data.placeChild.id, d: addDays(today, -10) },
    );
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
      response = await mops().query(
        `query($d: ID!) { fosterCareVacancies(filter: { districtId: $d, siblings: 3, childAge: 12, carerKinds: [FAMILY_CHILDRENS_HOME] }) { carer { id } freePlaces proximity exceptionNeeded } }`,
        { d: district.id },
      );
    });
    expect(response.errors).toBeUndefined();
    const ids = response.data.fosterCareVacancies.map((v: { carer: { id: string } }) => v.carer.id);
    expect(ids.indexOf(near)).toBeLessThan(ids.indexOf(far));
    expect(response.data.fosterCareVacancies[ids.indexOf(near)]).toMatchObject({ freePlaces: 8, proximity: 'SAME_DISTRICT', exceptionNeeded: null });
    expect(count).toBeLessThanOrEqual(3);
  });

  it('offers no socialisation, intervention or specialist-therapeutic facility for a child under 10, and a family only through the siblings exception it consented to', async () => {
    const young = await mops().query(`{ fosterCareVacancies(first: 500, filter: { childAge: 6 }) { carer { kind } } }`);
    const kinds = new Set(young.data.fosterCareVacancies.map((v: { carer: { kind: string } }) => v.carer.kind));
    for (const kind of ['SOCIALISATION_FACILITY', 'INTERVENTION_FACILITY', 'SPECIALIST_THERAPEUTIC_FACILITY']) expect(kinds.has(kind)).toBe(false);
    expect(kinds.has('FAMILY_TYPE_FACILITY')).toBe(true);
    const consenting = await family('NON_PROFESSIONAL_FAMILY', 2, { siblingsConsent: true });
    const refusing = await family('NON_PROFESSIONAL_FAMILY', 2);
    const four = await mops().query(
      `{ fosterCareVacancies(first: 500, filter: { siblings: 4, carerKinds: [NON_PROFESSIONAL_FAMILY] }) { carer { id } exceptionNeeded } }`,
    );
    const offered = four.data.fosterCareVacancies;
    expect(offered.find((v: { carer: { id: string } }) => v.carer.id === consenting)).toMatchObject({ exceptionNeeded: 'SIBLINGS' });
    expect(offered.find((v: { carer: { id: string } }) => v.carer.id === refusing)).toBeUndefined();
  });

  it('offers no kinship family: it is formed by the child\u2019s relatives for that child', async () => {
    const kin = await family('KINSHIP_FAMILY', 4);
    const response = await mops().query(`{ fosterCareVacancies(first: 500) { carer { id kind } } }`);
    expect(response.data.fosterCareVacancies.some((v: { carer: { id: string } }) => v.carer.id === kin)).toBe(false);
  });
});

describe('the capacity picture at any date', () => {
  it('counts a family from the day it became a foster family, not on the days before', async () => {
    const query = `query($d: Date) { fosterCareCapacity(groupBy: [], asOf: $d) { carers capacity } }`;
    const on = async (d: string) => (await t.as('ANALYST').query(query, { d })).data.fosterCareCapacity[0];
    const [yesterday, now] = [await on(addDays(today, -1)), await on(today)];
    // Registered without a day: it became a foster family today.
    await family('NON_PROFESSIONAL_FAMILY', 3, { registeredOn: null });
    expect(await on(addDays(today, -1))).toEqual(yesterday);
    expect(await on(today)).toEqual({ carers: now.carers + 1, capacity: now.capacity + 3 });
    const earlier = await family('NON_PROFESSIONAL_FAMILY', 2, { registeredOn: addDays(today, -10) });
    expect(await on(addDays(today, -10))).toMatchObject({ carers: yesterday.carers + 1 });
    expect(await on(addDays(today, -11))).toMatchObject({ carers: yesterday.carers });
    // Nor does it take a child before that day.
    expect(problemPaths(await place(earlier, { startDate: addDays(today, -11) }))).toEqual(['startDate']);
  });

  it('counts children from placement dates, so a past date shows who was placed then', async () => {
    // The city's totals before and after: a group of one family would withhold its 1 child (small counts).
    const query = `query($d: Date) { fosterCareCapacity(groupBy: [], asOf: $d) { carers capacity occupied free suppressed } }`;
    const totals = async () => ({
      past: (await t.as('ANALYST').query(query, { d: addDays(today, -30) })).data.fosterCareCapacity[0],
      now: (await t.as('ANALYST').query(query, { d: null })).data.fosterCareCapacity[0],
    });
    const before = await totals();
    const carer = await family('PROFESSIONAL_SPECIALIST_FAMILY', 3, {}, otherDistrict);
    const placed = await place(carer, { startDate: addDays(today, -40) });
    await mops().query(`mutation($id: ID!, $d: Date!) { endPlacement(id: $id, input: { endDate: $d, reason: RETURN_TO_FAMILY }) { id } }`, {
      id: placed.data.placeChild.id,
      d: addDays(today, -20),
    });
    const after = await totals();
    // (another figure of the row, a few overdue stays, may be withheld; the children placed are many)
    for (const row of [before.past, before.now, after.past, after.now]) expect([row.occupied, row.free]).not.toContain(null);
    expect(after.past.occupied - before.past.occupied).toBe(1);
    expect(after.now.occupied).toBe(before.now.occupied);
    // The new family's 3 places are all free today.
    expect([after.now.capacity - before.now.capacity, after.now.free - before.now.free]).toEqual([3, 3]);
  });
});

describe('the capacity picture of a past date, with the carers of that date', () => {
  it('counts a family closed today on every earlier date, and not from today', async () => {
    const query = `query($d: Date) { fosterCareCapacity(groupBy: [KIND, DISTRICT], asOf: $d) { kind district { code } carers capacity } }`;
    const row = (r: any) =>
      r.data.fosterCareCapacity.find((x: any) => x.kind === 'PROFESSIONAL_FAMILY' && x.district.code === 'XVIII') ?? { carers: 0, capacity: 0 };
    const before = { past: row(await t.as('ANALYST').query(query, { d: addDays(today, -30) })), now: row(await t.as('ANALYST').query(query, { d: null })) };
    const carer = await family('PROFESSIONAL_FAMILY', 2, {}, otherDistrict);
    const closed = await mops().query(`mutation($id: ID!) { setCarerStatus(id: $id, status: CLOSED) { status } }`, { id: carer });
    expect(closed.errors).toBeUndefined();
    const past = row(await t.as('ANALYST').query(query, { d: addDays(today, -30) }));
    const now = row(await t.as('ANALYST').query(query, { d: null }));
    expect(past).toMatchObject({ carers: before.past.carers + 1, capacity: before.past.capacity + 2 });
    expect(now).toMatchObject({ carers: before.now.carers, capacity: before.now.capacity });
  });
});

describe('who sees foster care', () => {
  it('shows NGO staff the children of their own facility by name and dates, never the PESEL or the court', async () => {
    const facility = await makeFacility(t.em(), {
      name: 'Placówka Specjalistyczna Fundacji',
      type: 'CARE_EDUCATION_FACILITY',
      subtype: 'SPECIALIST_THERAPEUTIC',
      declaredCapacity: 14,
      operator: ngo,
      unit,
      district,
    });
    const ownCarer = (await mops().query(REGISTER, { input: { facilityId: facility.id } })).data.registerCarer.id;
    expect((await place(ownCarer)).errors).toBeUndefined();
    await place(await family('KINSHIP_FAMILY', 3));
    const response = await t
      .as('NGO_STAFF', ngo.id)
      .query(`{ placements(first: 50) { nodes { startDate carer { name } child { firstName birthYear pesel } court { reference } } } }`);
    const nodes = response.data.placements.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n: { carer: { name: string } }) => n.carer.name.startsWith('Placówka'))).toBe(true);
    expect(nodes.every((n: any) => n.child.pesel === null && n.court === null && n.child.firstName)).toBe(true);
    expect(new Set(errorCodes(response))).toEqual(new Set(['FORBIDDEN']));
  });

  it('lists the children placed in a facility on a day to its operator\u2019s staff and MOPS, and to nobody else', async () => {
    const facility = await makeFacility(t.em(), {
      name: 'Placówka Rodzinna Fundacji',
      type: 'CARE_EDUCATION_FACILITY',
      subtype: 'FAMILY_TYPE',
      declaredCapacity: 8,
      operator: ngo,
      unit,
      district,
    });
    const carer = (await mops().query(REGISTER, { input: { facilityId: facility.id } })).data.registerCarer.id;
    const first = (await place(carer, { startDate: addDays(today, -30) })).data.placeChild.id;
    const second = (await place(carer)).data.placeChild.id;
    const OF_FACILITY = `query($id: ID!, $on: Date) { facility(id: $id) { placements(activeOn: $on) { id child { firstName } } } }`;
    const own = await t.as('NGO_STAFF', ngo.id).query(OF_FACILITY, { id: facility.id });
    expect(own.errors).toBeUndefined();
    expect(own.data.facility.placements.map((p: { id: string }) => p.id)).toEqual([second, first]);
    const earlier = await mops().query(OF_FACILITY, { id: facility.id, on: addDays(today, -10) });
    expect(earlier.data.facility.placements.map((p: { id: string }) => p.id)).toEqual([first]);
    const [stranger] = await t.em().find(Organisation, { id: { $ne: ngo.id }, kind: { $in: ['FOUNDATION', 'ASSOCIATION'] } }, { limit: 1 });
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
