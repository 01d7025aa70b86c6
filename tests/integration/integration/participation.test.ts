import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { addDays } from '../../../src/core/calendar.js';
import { LabourMarketStatus, Person } from '../../../src/modules/persons/index.js';
import { District, Facility, Organisation, WelfareUnit } from '../../../src/modules/registry/index.js';
import { cisEnrolment, cisFacility, kisEnrolment, kisFacility, personInput } from '../../support/integration-factories.js';
import { makeOrganisation } from '../../support/registry-factories.js';
import { errorCodes, problemPaths, startTestHub, testToday, TEST_DB, type TestHub } from '../../support/test-hub.js';

let t: TestHub;
let ngo: Organisation;
let otherNgo: Organisation;
let cis: Facility;
let kis: Facility;
let otherCis: Facility;
let unit: WelfareUnit;
let district: District;
const today = testToday('2026-11-30');
const start = addDays(today, -40);

beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true });
  const em = t.em();
  [unit] = (await em.find(WelfareUnit, { code: 'F1' })) as [WelfareUnit];
  [district] = (await em.find(District, { code: 'III' })) as [District];
  ngo = await makeOrganisation(em, { name: 'Fundacja Integracji' });
  otherNgo = await makeOrganisation(em, { name: 'Stowarzyszenie Obce' });
  cis = await cisFacility(em, { operator: ngo, unit, district, name: 'CIS Testowy' });
  kis = await kisFacility(em, { operator: ngo, unit, district, name: 'KIS Testowy' });
  otherCis = await cisFacility(em, { operator: otherNgo, unit, district, name: 'CIS Obcy' });
});
afterAll(() => t?.close());

const staff = () => t.as('NGO_STAFF', ngo.id);
const mops = () => t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops);

const ENROL = `mutation($input: EnrolmentInput!) { enrolParticipant(input: $input) {
  id programme status startDate trialEndDate plannedEndDate facility { id name } person { id firstName lastName peselMasked } } }`;
const END = `mutation($id: ID!, $input: EndParticipationInput!) { endParticipation(id: $id, input: $input) { id status endDate endReason outcome } }`;

describe('enrolParticipant', () => {
  it('enrols a person at a CIS of the NGO and derives the programme', async () => {
    const input = cisEnrolment(cis.id, start);
    const response = await staff().query(ENROL, { input });
    expect(response.errors).toBeUndefined();
    expect(response.data.enrolParticipant).toMatchObject({
      programme: 'CIS',
      status: 'ACTIVE',
      startDate: start,
      facility: { id: cis.id },
      person: { firstName: input.person.firstName, peselMasked: `*******${input.person.pesel.slice(7)}` },
    });
  });

  it('keeps one person record per PESEL, across facilities', async () => {
    const person = personInput();
    const first = await staff().query(ENROL, { input: kisEnrolment(kis.id, start, addDays(start, 200), { person }) });
    const second = await staff().query(ENROL, { input: cisEnrolment(cis.id, start, { person }) });
    expect(second.errors).toBeUndefined();
    expect(second.data.enrolParticipant.person.id).toBe(first.data.enrolParticipant.person.id);
    expect(await t.em().count(Person, { id: first.data.enrolParticipant.person.id })).toBe(1);
  });

  it('stores no PESEL in clear text anywhere in the person row', async () => {
    const person = personInput();
    await staff().query(ENROL, { input: cisEnrolment(cis.id, start, { person }) });
    const rows = await t.em().execute<{ json: string }[]>(`select row_to_json(p)::text as json from person p`);
    const dump = rows.map((r: { json: string }) => r.json).join('\n');
    expect(dump).not.toContain(person.pesel);
    expect(dump).not.toContain(person.pesel.slice(0, 6) + person.pesel.slice(6, 10));
  });

  it('refuses an invalid PESEL, a wrong programme document and dates beyond the statute, each with its path', async () => {
    const input = cisEnrolment(cis.id, start, {
      person: { ...personInput(), pesel: '44051401358' },
      programmeDocument: { kind: 'SOCIAL_CONTRACT', signedOn: addDays(start, 3) },
      trialEndDate: addDays(start, 45),
      plannedEndDate: addDays(start, 600),
    });
    const response = await staff().query(ENROL, { input });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(problemPaths(response).sort()).toEqual(['person.pesel', 'plannedEndDate', 'programmeDocument.kind', 'programmeDocument.signedOn', 'trialEndDate']);
  });

  it('ends a one-month trial from 31 October on 30 November, the last day of the month (Kodeks cywilny art. 112)', async () => {
    const accepted = await staff().query(ENROL, { input: cisEnrolment(cis.id, '2026-10-31', { trialEndDate: '2026-11-30', plannedEndDate: '2027-10-31' }) });
    expect(accepted.errors).toBeUndefined();
    const refused = await staff().query(ENROL, { input: cisEnrolment(cis.id, '2026-10-31', { trialEndDate: '2026-12-01' }) });
    expect(problemPaths(refused)).toEqual(['trialEndDate']);
    expect(refused.errors![0]!.extensions!.details![0]!.message).toContain('may end on 2026-11-30 at the latest');
  });

  it('allows 12 months in all, and up to 24 with an extension reason, for a participation started since 2022', async () => {
    const beyondTwelve = cisEnrolment(cis.id, '2026-10-31', { plannedEndDate: '2027-11-01' });
    const refused = await staff().query(ENROL, { input: beyondTwelve });
    expect(problemPaths(refused)).toEqual(['plannedEndDate']);
    expect(refused.errors![0]!.extensions!.details![0]!.message).toContain('may end on 2027-10-31 at the latest');
    const extended = await staff().query(ENROL, {
      input: { ...beyondTwelve, person: personInput(), plannedEndDate: '2028-10-31', extensionReason: 'IPZS extended to finish the vocational course' },
    });
    expect(extended.errors).toBeUndefined();
    const tooLong = await staff().query(ENROL, {
      input: { ...beyondTwelve, person: personInput(), plannedEndDate: '2028-11-01', extensionReason: 'IPZS extended again' },
    });
    expect(tooLong.errors![0]!.extensions!.details![0]!.message).toContain('24 months in all');
  });

  it('keeps a participation started before 2022 to 18 months in all, extension included', async () => {
    const base = { extensionReason: 'IPZS extended under the rules of 2021' };
    expect((await staff().query(ENROL, { input: cisEnrolment(cis.id, '2021-03-31', { ...base, plannedEndDate: '2022-09-30' }) })).errors).toBeUndefined();
    const refused = await staff().query(ENROL, { input: cisEnrolment(cis.id, '2021-03-31', { ...base, plannedEndDate: '2022-10-01' }) });
    expect(refused.errors![0]!.extensions!.details![0]!.message).toContain('18 months in all');
  });

  it('refuses a trial period or an extension at a KIS', async () => {
    const response = await staff().query(ENROL, {
      input: kisEnrolment(kis.id, start, addDays(start, 100), { trialEndDate: addDays(start, 10), extensionReason: 'x' }),
    });
    expect(problemPaths(response).sort()).toEqual(['extensionReason', 'trialEndDate']);
  });

  it('refuses a facility that is not a KIS or CIS', async () => {
    const [shelter] = await t.em().find(Facility, { type: 'NIGHT_SHELTER' }, { limit: 1 });
    const response = await mops().query(ENROL, { input: cisEnrolment(shelter!.id, start) });
    expect(problemPaths(response)).toEqual(['facilityId']);
  });

  it('refuses a second active CIS participation of the same person with CONFLICT', async () => {
    const person = personInput();
    await staff().query(ENROL, { input: cisEnrolment(cis.id, start, { person }) });
    const response = await t.as('NGO_STAFF', otherNgo.id).query(ENROL, { input: cisEnrolment(otherCis.id, start, { person }) });
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect(response.errors![0]!.message).toMatch(/already takes part in a CIS/);
  });

  it('refuses at a CIS a person a labour office reports as entitled to unemployment benefit, naming the statute', async () => {
    const person = personInput();
    const created = await staff().query(ENROL, { input: kisEnrolment(kis.id, start, addDays(start, 100), { person }) });
    const em = t.em();
    em.create(LabourMarketStatus, {
      peselHash: t.hub.pesel.lookupHash(person.pesel),
      labourOfficeId: DEMO_ORGANISATIONS.labourOffice,
      registeredSince: addDays(start, -100),
      benefitEntitled: true,
      deregisteredOn: null,
      reportedBy: 'test',
    });
    await em.flush();
    const response = await staff().query(ENROL, { input: cisEnrolment(cis.id, start, { person }) });
    expect(problemPaths(response)).toEqual(['person.pesel']);
    expect(response.errors![0]!.extensions!.details![0]!.message).toMatch(/art\. 1 ust\. 3/);
  });

  it('forbids NGO staff to enrol at another organisation\u2019s facility, and ANALYST, LABOUR_OFFICE and PUBLIC to enrol at all', async () => {
    expect(errorCodes(await staff().query(ENROL, { input: cisEnrolment(otherCis.id, start) }))).toEqual(['FORBIDDEN']);
    for (const caller of [t.as('ANALYST'), t.as('LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice), t.publicCaller]) {
      expect(errorCodes(await caller.query(ENROL, { input: cisEnrolment(cis.id, start) }))).toEqual(['FORBIDDEN']);
    }
  });

  it('refuses an enrolment beyond the facility\u2019s places with CONFLICT', async () => {
    const small = await cisFacility(t.em(), { operator: ngo, unit, district, declaredCapacity: 2, name: 'CIS Mały' });
    for (let i = 0; i < 2; i++) expect((await staff().query(ENROL, { input: cisEnrolment(small.id, start) })).errors).toBeUndefined();
    const full = await staff().query(ENROL, { input: cisEnrolment(small.id, start) });
    expect(errorCodes(full)).toEqual(['CONFLICT']);
    expect(full.errors![0]!.extensions!.reason).toBe('NO_FREE_PLACE');
  });

  it('counts a place freed by an ended participation only from the day after its end', async () => {
    const one = await cisFacility(t.em(), { operator: ngo, unit, district, declaredCapacity: 1, name: 'CIS Jednoosobowy' });
    const first = await staff().query(ENROL, { input: cisEnrolment(one.id, addDays(today, -60)) });
    await staff().query(END, { id: first.data.enrolParticipant.id, input: { endDate: addDays(today, -30), reason: 'Found work', outcome: 'EMPLOYMENT' } });
    expect(errorCodes(await staff().query(ENROL, { input: cisEnrolment(one.id, addDays(today, -30)) }))).toEqual(['CONFLICT']);
    expect((await staff().query(ENROL, { input: cisEnrolment(one.id, addDays(today, -29)) })).errors).toBeUndefined();
  });

  it('lets exactly one of two concurrent enrolments take the last place', async () => {
    const last = await cisFacility(t.em(), { operator: ngo, unit, district, declaredCapacity: 1, name: 'CIS Ostatnie Miejsce' });
    const responses = await Promise.all([1, 2].map(() => staff().query(ENROL, { input: cisEnrolment(last.id, start) })));
    expect(responses.map((r) => (r.errors ? r.errors[0]!.extensions!.code : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
  });

  it.runIf(TEST_DB === 'postgres')('lets exactly one of ten concurrent enrolments of the same person into CIS succeed', async () => {
    const person = personInput();
    const centres = await Promise.all(Array.from({ length: 10 }, (_, i) => cisFacility(t.em(), { operator: ngo, unit, district, name: `CIS Wyścig ${i}` })));
    const responses = await Promise.all(centres.map((c) => staff().query(ENROL, { input: cisEnrolment(c.id, start, { person }) })));
    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    expect(responses.filter((r) => r.errors).every((r) => r.errors![0]!.extensions!.code === 'CONFLICT')).toBe(true);
  });
});

describe('endParticipation', () => {
  it('ends with date, reason and outcome, and refuses to end twice', async () => {
    const created = await staff().query(ENROL, { input: cisEnrolment(cis.id, start) });
    const id = created.data.enrolParticipant.id;
    const ended = await staff().query(END, {
      id,
      input: { endDate: addDays(start, 20), reason: 'Employed by a social cooperative', outcome: 'SOCIAL_COOPERATIVE' },
    });
    expect(ended.data.endParticipation).toMatchObject({ status: 'ENDED', endDate: addDays(start, 20), outcome: 'SOCIAL_COOPERATIVE' });
    expect(errorCodes(await staff().query(END, { id, input: { endDate: addDays(start, 21), reason: 'again', outcome: 'OTHER' } }))).toEqual(['CONFLICT']);
  });

  it('refuses an end before the start or in the future', async () => {
    const created = await staff().query(ENROL, { input: cisEnrolment(cis.id, start) });
    const response = await staff().query(END, { id: created.data.enrolParticipant.id, input: { endDate: addDays(start, -1), reason: ' ', outcome: 'OTHER' } });
    expect(problemPaths(response).sort()).toEqual(['input.endDate', 'input.reason']);
    const future = await staff().query(END, { id: created.data.enrolParticipant.id, input: { endDate: addDays(today, 1), reason: 'x', outcome: 'OTHER' } });
    expect(problemPaths(future)).toEqual(['input.endDate']);
  });

  it('answers NOT_FOUND for an unknown id, and BAD_USER_INPUT at its path for one that is not a UUID', async () => {
    expect(
      errorCodes(await mops().query(END, { id: '00000000-0000-4000-8000-000000000000', input: { endDate: today, reason: 'x', outcome: 'OTHER' } })),
    ).toEqual(['NOT_FOUND']);
    expect(problemPaths(await mops().query(END, { id: 'not-an-id', input: { endDate: today, reason: 'x', outcome: 'OTHER' } }))).toEqual(['id']);
  });
});
