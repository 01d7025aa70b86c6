import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../../src/core/audit/audit.entities.js';
import { addDays } from '../../../src/core/calendar.js';
import type { Facility, Organisation } from '../../../src/modules/registry/index.js';
import { Referral } from '../../../src/modules/referrals/index.js';
import { cisEnrolment, cisFacility, kisFacility, personInput } from '../../support/integration-factories.js';
import { makeFacility, makeOrganisation, makeWelfareCentre } from '../../support/registry-factories.js';
import { errorCodes, problemPaths, startTestHub, testToday, type TestHub } from '../../support/test-hub.js';

const today = testToday('2026-11-30');
let t: TestHub;
let city: Awaited<ReturnType<typeof makeWelfareCentre>>;
let office: Organisation;
let otherOffice: Organisation;
let ngo: Organisation;
let otherNgo: Organisation;
let cis: Facility;
let kis: Facility;
let shelter: Facility;

beforeAll(async () => {
  t = await startTestHub({ today });
  const em = t.em();
  city = await makeWelfareCentre(em);
  office = await makeOrganisation(em, { name: 'Grodzki Urząd Pracy', kind: 'LABOUR_OFFICE' });
  otherOffice = await makeOrganisation(em, { name: 'Powiatowy Urząd Pracy', kind: 'LABOUR_OFFICE' });
  ngo = await makeOrganisation(em, { name: 'Fundacja Integracji' });
  otherNgo = await makeOrganisation(em, { name: 'Stowarzyszenie Obce' });
  cis = await cisFacility(em, { operator: ngo, unit: city.branch, district: city.district, name: 'CIS Testowy' });
  kis = await kisFacility(em, { operator: ngo, unit: city.branch, district: city.district, name: 'KIS Testowy' });
  shelter = await makeFacility(em, { type: 'NIGHT_SHELTER', operator: otherNgo, unit: city.branch, district: city.district, declaredCapacity: 20 });
});
afterAll(() => t?.close());

const clerk = () => t.as('LABOUR_OFFICE', office.id);
const caseWorker = () => t.as('MOPS_WORKER', city.mops.id);
const staff = () => t.as('NGO_STAFF', ngo.id);
const stranger = () => t.as('NGO_STAFF', otherNgo.id);

const FIELDS = 'id status senderKind legalBasis sentOn respondBy rejectionReason rejectionText answeredOn participationId';
const SEND = `mutation($input: SendReferralInput!) { sendReferral(input: $input) { ${FIELDS} } }`;
const RESPOND = `mutation($id: ID!, $answer: ReferralAnswerInput!) { respondToReferral(id: $id, answer: $answer) { ${FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawReferral(id: $id) { ${FIELDS} } }`;

let keys = 0;
function referralTo(facility: Facility, overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: `key-${++keys}`,
    person: personInput(),
    facilityId: facility.id,
    legalBasis: 'art. 12 ust. 1 ustawy o zatrudnieniu socjalnym',
    respondBy: addDays(today, 14),
    ...overrides,
  };
}

async function sent(by = clerk(), to: Facility = cis, overrides: Record<string, unknown> = {}) {
  const response = await by.query(SEND, { input: referralTo(to, overrides) });
  expect(response.errors).toBeUndefined();
  return response.data.sendReferral as { id: string; status: string };
}

describe('sending a referral', () => {
  it('records a labour office\u2019s referral to a CIS as SENT, in the office\u2019s name', async () => {
    const referral = await sent();
    expect(referral).toMatchObject({ status: 'SENT', senderKind: 'LABOUR_OFFICE', sentOn: today, respondBy: addDays(today, 14), answeredOn: null });
    expect(await t.em().count(AuditEvent, { subjectId: referral.id, operation: 'sendReferral' })).toBe(1);
  });

  it('returns the first referral for the same key and content, and CONFLICT for the same key with other content', async () => {
    const input = referralTo(cis);
    const first = (await clerk().query(SEND, { input })).data.sendReferral;
    const again = (await clerk().query(SEND, { input })).data.sendReferral;
    expect(again.id).toBe(first.id);
    expect(await t.em().count(Referral, { idempotencyKey: input.idempotencyKey })).toBe(1);
    const changed = await clerk().query(SEND, { input: { ...input, respondBy: addDays(today, 20) } });
    expect(errorCodes(changed)).toEqual(['CONFLICT']);
    // Another office may use the same key: keys are the sender's own.
    expect((await t.as('LABOUR_OFFICE', otherOffice.id).query(SEND, { input })).errors).toBeUndefined();
  });

  it('lets a labour office refer to a KIS or CIS only, and the welfare centre to any facility', async () => {
    expect(problemPaths(await clerk().query(SEND, { input: referralTo(shelter) }))).toEqual(['facilityId']);
    expect((await clerk().query(SEND, { input: referralTo(kis) })).errors).toBeUndefined();
    const toShelter = await caseWorker().query(SEND, { input: referralTo(shelter, { legalBasis: 'art. 48a ustawy o pomocy społecznej' }) });
    expect(toShelter.data.sendReferral).toMatchObject({ status: 'SENT', senderKind: 'WELFARE_CENTRE' });
  });

  it('refuses a bad PESEL, a missing legal basis and a respond-by date past or too far, with their paths, and writes nothing', async () => {
    const before = await t.em().count(Referral, {});
    const bad = await clerk().query(SEND, {
      input: referralTo(cis, { person: { ...personInput(), pesel: '12345678901' }, legalBasis: ' ', respondBy: addDays(today, -1) }),
    });
    expect(problemPaths(bad).sort()).toEqual(['legalBasis', 'person.pesel', 'respondBy']);
    expect(problemPaths(await clerk().query(SEND, { input: referralTo(cis, { respondBy: addDays(today, 61) }) }))).toEqual(['respondBy']);
    expect(await t.em().count(Referral, {})).toBe(before);
  });

  it('is for a labour office and the welfare centre only', async () => {
    for (const caller of [staff(), t.as('ANALYST'), t.publicCaller, t.as('ADMIN')]) {
      expect(errorCodes(await caller.query(SEND, { input: referralTo(cis) }))).toEqual(['FORBIDDEN']);
    }
  });
});

describe('the state of a referral', () => {
  it('SENT → ACCEPTED by the receiving operator; then neither answered again nor withdrawn', async () => {
    const { id } = await sent();
    const accepted = await staff().query(RESPOND, { id, answer: { decision: 'ACCEPTED' } });
    expect(accepted.data.respondToReferral).toMatchObject({ status: 'ACCEPTED', answeredOn: today, rejectionReason: null });
    expect(errorCodes(await staff().query(RESPOND, { id, answer: { decision: 'REJECTED', reason: 'NO_FREE_PLACE' } }))).toEqual(['CONFLICT']);
    expect(errorCodes(await clerk().query(WITHDRAW, { id }))).toEqual(['CONFLICT']);
  });

  it('SENT → REJECTED with a reason; OTHER needs its words, and an acceptance has no reason', async () => {
    const { id } = await sent();
    expect(problemPaths(await staff().query(RESPOND, { id, answer: { decision: 'REJECTED' } }))).toEqual(['answer.reason']);
    expect(problemPaths(await staff().query(RESPOND, { id, answer: { decision: 'REJECTED', reason: 'OTHER' } }))).toEqual(['answer.reasonText']);
    expect(problemPaths(await staff().query(RESPOND, { id, answer: { decision: 'ACCEPTED', reason: 'NO_FREE_PLACE' } }))).toEqual(['answer.reason']);
    const refused = await staff().query(RESPOND, { id, answer: { decision: 'REJECTED', reason: 'NO_FREE_PLACE' } });
    expect(refused.data.respondToReferral).toMatchObject({ status: 'REJECTED', rejectionReason: 'NO_FREE_PLACE' });
    expect(errorCodes(await staff().query(RESPOND, { id, answer: { decision: 'ACCEPTED' } }))).toEqual(['CONFLICT']);
  });

  it('SENT → WITHDRAWN by the sender only; a withdrawn referral is not answered', async () => {
    const { id } = await sent();
    expect(errorCodes(await t.as('LABOUR_OFFICE', otherOffice.id).query(WITHDRAW, { id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await caseWorker().query(WITHDRAW, { id }))).toEqual(['FORBIDDEN']);
    expect((await clerk().query(WITHDRAW, { id })).data.withdrawReferral.status).toBe('WITHDRAWN');
    expect(errorCodes(await staff().query(RESPOND, { id, answer: { decision: 'ACCEPTED' } }))).toEqual(['CONFLICT']);
    expect(errorCodes(await clerk().query(WITHDRAW, { id }))).toEqual(['CONFLICT']);
  });

  it('SENT past its respond-by date reads EXPIRED, and is then neither answered nor withdrawn', async () => {
    const { id } = await sent(clerk(), cis, { respondBy: addDays(today, 3) });
    t.clock.setToday(addDays(today, 3));
    try {
      expect((await staff().query(`query($id: ID!) { referral(id: $id) { status } }`, { id })).data.referral.status).toBe('SENT');
      t.clock.setToday(addDays(today, 4));
      expect((await staff().query(`query($id: ID!) { referral(id: $id) { status } }`, { id })).data.referral.status).toBe('EXPIRED');
      const late = await staff().query(RESPOND, { id, answer: { decision: 'ACCEPTED' } });
      expect(errorCodes(late)).toEqual(['CONFLICT']);
      expect(late.errors![0]!.extensions!.reason).toBe('REFERRAL_EXPIRED');
      expect(errorCodes(await clerk().query(WITHDRAW, { id }))).toEqual(['CONFLICT']);
      const listed = await clerk().query(`{ referrals(filter: { status: EXPIRED }) { nodes { id } } }`);
      expect(listed.data.referrals.nodes.map((n: { id: string }) => n.id)).toContain(id);
    } finally {
      t.clock.setToday(today);
    }
  });

  it('is answered by the receiving operator\u2019s staff or the welfare centre, not another NGO or the labour office', async () => {
    const { id } = await sent();
    expect(errorCodes(await stranger().query(RESPOND, { id, answer: { decision: 'ACCEPTED' } }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await clerk().query(RESPOND, { id, answer: { decision: 'ACCEPTED' } }))).toEqual(['FORBIDDEN']);
    expect((await caseWorker().query(RESPOND, { id, answer: { decision: 'ACCEPTED' } })).data.respondToReferral.status).toBe('ACCEPTED');
  });

  it('lets exactly one of two answers given at once win', async () => {
    for (let round = 0; round < 5; round++) {
      const { id } = await sent();
      const answers = await Promise.all([
        staff().query(RESPOND, { id, answer: { decision: 'ACCEPTED' } }),
        caseWorker().query(RESPOND, { id, answer: { decision: 'REJECTED', reason: 'NO_FREE_PLACE' } }),
      ]);
      expect(answers.filter((a) => !a.errors)).toHaveLength(1);
      expect(answers.flatMap(errorCodes)).toEqual(['CONFLICT']);
      const stored = await t.em().findOneOrFail(Referral, { id });
      expect(stored.status).toBe(answers[0]!.errors ? 'REJECTED' : 'ACCEPTED');
    }
  });
});

describe('who sees a referral', () => {
  const LIST = '{ referrals(first: 100) { totalCount nodes { id facility { id } person { lastName peselMasked } } } }';

  it('shows the sender what it sent, the operator what its facilities received, MOPS all, and others nothing', async () => {
    const { id } = await sent();
    const ids = async (caller: ReturnType<typeof clerk>) => ((await caller.query(LIST)).data?.referrals.nodes ?? []).map((n: { id: string }) => n.id);
    expect(await ids(clerk())).toContain(id);
    expect(await ids(t.as('LABOUR_OFFICE', otherOffice.id))).not.toContain(id);
    expect(await ids(staff())).toContain(id);
    expect(await ids(stranger())).not.toContain(id);
    expect(await ids(caseWorker())).toContain(id);
    for (const caller of [t.as('ANALYST'), t.publicCaller]) expect(errorCodes(await caller.query(LIST))).toEqual(['FORBIDDEN']);
    expect((await stranger().query(`query($id: ID!) { referral(id: $id) { id } }`, { id })).data.referral).toBeNull();
  });

  it('gives NGO staff the masked PESEL, never the PESEL, and keeps who typed it for the welfare centre', async () => {
    const { id } = await sent();
    const asStaff = await staff().query(`query($id: ID!) { referral(id: $id) { person { peselMasked pesel } sentBy } }`, { id });
    expect(asStaff.data.referral.person.peselMasked).toMatch(/\*/);
    expect(asStaff.data.referral.person.pesel).toBeNull();
    expect(asStaff.data.referral.sentBy).toBeNull();
    expect(errorCodes(asStaff).sort()).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect((await caseWorker().query(`query($id: ID!) { referral(id: $id) { sentBy } }`, { id })).data.referral.sentBy).toBe('test-labour_office');
  });

  it('writes an audit line for each read of a referred person', async () => {
    const { id } = await sent();
    const before = await t.em().count(AuditEvent, { action: 'READ', field: 'referral.person' });
    await staff().query(`query($id: ID!) { referral(id: $id) { person { lastName } } }`, { id });
    expect(await t.em().count(AuditEvent, { action: 'READ', field: 'referral.person' })).toBe(before + 1);
  });
});

describe('taking a person in on a referral', () => {
  const ENROL = 'mutation($input: EnrolmentInput!) { enrolParticipant(input: $input) { id referralId } }';

  it('links the enrolment and the referral both ways and accepts a referral still waiting', async () => {
    const person = personInput();
    const { id } = await sent(clerk(), cis, { person });
    const enrolled = await staff().query(ENROL, { input: cisEnrolment(cis.id, today, { person, referralSource: 'LABOUR_OFFICE', referralId: id }) });
    expect(enrolled.errors).toBeUndefined();
    expect(enrolled.data.enrolParticipant.referralId).toBe(id);
    const referral = (await clerk().query(`query($id: ID!) { referral(id: $id) { status participationId } }`, { id })).data.referral;
    expect(referral).toEqual({ status: 'ACCEPTED', participationId: enrolled.data.enrolParticipant.id });
  });

  it('refuses a referral of another person or facility (BAD_USER_INPUT), and one already used or refused (CONFLICT)', async () => {
    const person = personInput();
    const { id } = await sent(clerk(), cis, { person });
    expect(problemPaths(await staff().query(ENROL, { input: cisEnrolment(cis.id, today, { referralId: id }) }))).toEqual(['referralId']);
    expect(
      problemPaths(
        await staff().query(ENROL, {
          input: cisEnrolment(kis.id, today, { person, referralId: id, programmeDocument: { kind: 'SOCIAL_CONTRACT', signedOn: today }, trialEndDate: null }),
        }),
      ),
    ).toEqual(['referralId']);
    expect((await staff().query(ENROL, { input: cisEnrolment(cis.id, today, { person, referralId: id }) })).errors).toBeUndefined();
    const refusedPerson = personInput();
    const refused = await sent(clerk(), cis, { person: refusedPerson });
    await staff().query(RESPOND, { id: refused.id, answer: { decision: 'REJECTED', reason: 'CLIENT_REFUSED' } });
    expect(errorCodes(await staff().query(ENROL, { input: cisEnrolment(cis.id, today, { person: refusedPerson, referralId: refused.id }) }))).toEqual([
      'CONFLICT',
    ]);
  });
});

describe('referral statistics', () => {
  const STATS = `query($g: [ReferralDimension!]!, $from: Date, $to: Date) { referralStatistics(groupBy: $g, from: $from, to: $to) {
    receiverType reason month sent accepted rejected waiting expired withdrawn medianDaysToAnswer suppressed } }`;

  it('counts a generated month by status and refusal reason, the statuses adding up to what was sent', async () => {
    // A month of its own, two months back: 12 refused for lack of places, 7 accepted after 3 days, 6 left to expire.
    const month = addDays(today, -60);
    t.clock.setToday(month);
    const made: { id: string }[] = [];
    try {
      for (let i = 0; i < 25; i++) made.push(await sent(clerk(), cis, { respondBy: addDays(month, 5) }));
      t.clock.setToday(addDays(month, 3));
      for (const { id } of made.slice(0, 12)) await staff().query(RESPOND, { id, answer: { decision: 'REJECTED', reason: 'NO_FREE_PLACE' } });
      for (const { id } of made.slice(12, 19)) await staff().query(RESPOND, { id, answer: { decision: 'ACCEPTED' } });
    } finally {
      t.clock.setToday(today);
    }
    const total = (await caseWorker().query(STATS, { g: [], from: month, to: month })).data.referralStatistics;
    expect(total).toEqual([
      {
        receiverType: null,
        reason: null,
        month: null,
        sent: 25,
        accepted: 7,
        rejected: 12,
        waiting: 0,
        expired: 6,
        withdrawn: 0,
        medianDaysToAnswer: 3,
        suppressed: false,
      },
    ]);
    const byReason = (await caseWorker().query(STATS, { g: ['REASON'], from: month, to: month })).data.referralStatistics;
    expect(byReason.find((r: { reason: string }) => r.reason === 'NO_FREE_PLACE')).toMatchObject({ sent: 12, rejected: 12 });
    expect(byReason.find((r: { reason: string }) => r.reason === 'NOT_REJECTED')).toMatchObject({ sent: 13, accepted: 7, expired: 6 });
  });

  it('shows no count under 5, directly or as the remainder of a row', async () => {
    const rows = (await t.as('ANALYST').query(STATS, { g: ['RECEIVER_TYPE', 'REASON', 'MONTH'] })).data.referralStatistics;
    expect(rows.some((r: { suppressed: boolean }) => r.suppressed)).toBe(true);
    for (const row of rows) {
      const figures = [row.sent, row.accepted, row.rejected, row.waiting, row.expired, row.withdrawn];
      for (const n of figures) if (n !== null) expect(n === 0 || n >= 5).toBe(true);
      // The statuses add up to what was sent: with one of them withheld alone, it would follow.
      expect(figures.filter((n) => n === null).length).not.toBe(1);
    }
  });

  it('gives an analyst whole calendar years only, and refuses two periods a day apart', async () => {
    const year = today.slice(0, 4);
    expect((await t.as('ANALYST').query(STATS, { g: [], from: `${year}-01-01`, to: `${year}-12-31` })).errors).toBeUndefined();
    expect(errorCodes(await t.as('ANALYST').query(STATS, { g: [], from: addDays(today, -30), to: today }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await t.as('ANALYST').query(STATS, { g: [], from: addDays(today, -31), to: today }))).toEqual(['BAD_USER_INPUT']);
    // The default is the current year, the same as asking for it.
    expect((await t.as('ANALYST').query(STATS, { g: ['MONTH'] })).data).toEqual(
      (await t.as('ANALYST').query(STATS, { g: ['MONTH'], from: `${year}-01-01`, to: `${year}-12-31` })).data,
    );
  });

  it('is for ANALYST, MOPS_WORKER and ADMIN', async () => {
    for (const caller of [staff(), clerk(), t.publicCaller]) expect(errorCodes(await caller.query(STATS, { g: [] }))).toEqual(['FORBIDDEN']);
  });
});
