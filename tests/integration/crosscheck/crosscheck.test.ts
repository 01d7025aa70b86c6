import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { addDays, addMonths } from '../../../src/core/calendar.js';
import { District, Facility, Organisation, WelfareUnit } from '../../../src/modules/registry/index.js';
import { cisEnrolment, cisFacility, kisEnrolment, kisFacility, personInput } from '../../support/integration-factories.js';
import { makeOrganisation } from '../../support/registry-factories.js';
import { errorCodes, problemPaths, startTestHub, testToday, type TestHub } from '../../support/test-hub.js';

let t: TestHub;
let ngo: Organisation;
let cis: Facility;
let kis: Facility;
const today = testToday('2026-11-30');
const active = personInput();
const ended = personInput();
const unknown = personInput();

const office = () => t.as('LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice, 'clerk-1');
const mops = () => t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops);
const staff = () => t.as('NGO_STAFF', ngo.id);

const CHECK = `query($pesels: [String!]!, $purpose: CrossCheckPurpose!) { crossCheckPersons(pesels: $pesels, purpose: $purpose) {
  index status participation { programme facilityId facilityName startDate plannedEndDate endDate endReason } } }`;
const REPORT = `mutation($entries: [UnemploymentStatusInput!]!) { reportUnemploymentStatus(entries: $entries) { received created updated unchanged } }`;
const ENROL = `mutation($input: EnrolmentInput!) { enrolParticipant(input: $input) { id } }`;

beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true, env: { HUB_CROSSCHECK_PESELS_PER_HOUR: '5000' } });
  const em = t.em();
  const [unit] = (await em.find(WelfareUnit, { code: 'F1' })) as [WelfareUnit];
  const [district] = (await em.find(District, { code: 'III' })) as [District];
  ngo = await makeOrganisation(em, { name: 'Fundacja Sprawdzana' });
  cis = await cisFacility(em, { operator: ngo, unit, district, name: 'CIS Sprawdzany' });
  kis = await kisFacility(em, { operator: ngo, unit, district, name: 'KIS Sprawdzany' });
  expect((await mops().query(ENROL, { input: cisEnrolment(cis.id, addDays(today, -30), { person: active }) })).errors).toBeUndefined();
  const done = await mops().query(ENROL, { input: kisEnrolment(kis.id, addDays(today, -90), addDays(today, 90), { person: ended }) });
  await mops().query(
    `mutation($id: ID!) { endParticipation(id: $id, input: { endDate: "${addDays(today, -10)}", reason: "Podjęcie pracy", outcome: EMPLOYMENT }) { id } }`,
    { id: done.data.enrolParticipant.id },
  );
});
afterAll(() => t?.close());

describe('crossCheckPersons', () => {
  it('answers every PESEL in input order with its index and status, the batch going on past an invalid one', async () => {
    const response = await office().query(CHECK, { pesels: [active.pesel, '12345678901', unknown.pesel, ended.pesel, active.pesel], purpose: 'REFERRAL' });
    expect(response.errors).toBeUndefined();
    const results = response.data.crossCheckPersons;
    expect(results.map((r: { index: number; status: string }) => [r.index, r.status])).toEqual([
      [0, 'ACTIVE'],
      [1, 'INVALID_PESEL'],
      [2, 'NOT_FOUND'],
      [3, 'ENDED'],
      [4, 'ACTIVE'],
    ]);
    expect(results[0].participation).toEqual({
      programme: 'CIS',
      facilityId: cis.id,
      facilityName: 'CIS Sprawdzany',
      startDate: addDays(today, -30),
      plannedEndDate: expect.any(String),
      endDate: null,
      endReason: null,
    });
    expect(results[3].participation).toMatchObject({ programme: 'KIS', endDate: addDays(today, -10), endReason: 'Podjęcie pracy' });
    expect(results[1].participation).toBeNull();
  });

  it('looks up a batch of 1,000 PESELs in one statement and writes their audit lines in one', async () => {
    const pesels = Array.from({ length: 1000 }, () => personInput().pesel);
    const { statements } = await t.countStatements(() => office().query(CHECK, { pesels, purpose: 'ALLOWANCE_REFUND' }));
    expect(statements.filter((s) => /from person/i.test(s))).toHaveLength(1);
    expect(statements.filter((s) => /insert into "?audit_event"?/i.test(s))).toHaveLength(1);
  });

  it('writes the purpose and each PESEL\u2019s keyed hash to the audit trail in one line per batch, and no PESEL anywhere in it', async () => {
    await office().query(CHECK, { pesels: [active.pesel, unknown.pesel], purpose: 'BENEFIT_ENTITLEMENT_CHECK' });
    const rows = await t
      .em()
      .execute<{ actor_id: string; details: { purpose: string; checked: number; peselHashes: string[] } }[]>(
        `select actor_id, details from audit_event where subject_type = 'CrossCheckBatch' and details->>'purpose' = 'BENEFIT_ENTITLEMENT_CHECK'`,
      );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actor_id).toBe('clerk-1');
    expect(rows[0]!.details.checked).toBe(2);
    expect(rows[0]!.details.peselHashes.sort()).toEqual([t.hub.pesel.lookupHash(active.pesel), t.hub.pesel.lookupHash(unknown.pesel)].sort());
    const dump = JSON.stringify(await t.em().execute(`select * from audit_event`));
    for (const p of [active, ended, unknown]) expect(dump).not.toContain(p.pesel);
  });

  it('lets LABOUR_OFFICE and ADMIN check, and nobody else', async () => {
    const ask = (caller: ReturnType<typeof office>) => caller.query(CHECK, { pesels: [active.pesel], purpose: 'REFERRAL' });
    expect((await ask(t.as('ADMIN'))).errors).toBeUndefined();
    for (const caller of [mops(), staff(), t.as('ANALYST'), t.publicCaller]) expect(errorCodes(await ask(caller))).toEqual(['FORBIDDEN']);
  });

  it('refuses more than the hourly budget of PESELs for one user with TOO_MANY_REQUESTS', async () => {
    const clerk = t.as('LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice, 'busy-clerk');
    const batch = Array.from({ length: 2500 }, (_, i) => (i % 2 ? active.pesel : unknown.pesel));
    expect((await clerk.query(CHECK, { pesels: batch, purpose: 'REFERRAL' })).errors).toBeUndefined();
    expect((await clerk.query(CHECK, { pesels: batch, purpose: 'REFERRAL' })).errors).toBeUndefined();
    const refused = await clerk.query(CHECK, { pesels: [active.pesel], purpose: 'REFERRAL' });
    expect(errorCodes(refused)).toEqual(['TOO_MANY_REQUESTS']);
    expect(refused.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    // Another clerk has a budget of their own.
    expect(
      (await t.as('LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice, 'other-clerk').query(CHECK, { pesels: [active.pesel], purpose: 'REFERRAL' })).errors,
    ).toBeUndefined();
  });

  it('refuses more than 10,000 PESELs in one call', async () => {
    const response = await t.as('ADMIN').query(CHECK, { pesels: Array.from({ length: 10_001 }, () => '1'), purpose: 'REFERRAL' });
    expect(problemPaths(response)).toEqual(['pesels']);
  });
});

describe('reportUnemploymentStatus', () => {
  it('upserts per person and office: created, then unchanged on a repeat, updated on a change', async () => {
    const a = personInput();
    const b = personInput();
    const entries = [
      { pesel: a.pesel, registeredSince: addDays(today, -100), benefitEntitled: true },
      { pesel: b.pesel, registeredSince: addDays(today, -400), benefitEntitled: false },
    ];
    expect((await office().query(REPORT, { entries })).data.reportUnemploymentStatus).toEqual({ received: 2, created: 2, updated: 0, unchanged: 0 });
    expect((await office().query(REPORT, { entries })).data.reportUnemploymentStatus).toEqual({ received: 2, created: 0, updated: 0, unchanged: 2 });
    const changed = [{ ...entries[0], benefitEntitled: false }, entries[1]];
    expect((await office().query(REPORT, { entries: changed })).data.reportUnemploymentStatus).toEqual({ received: 2, created: 0, updated: 1, unchanged: 1 });
  });

  it('lists every invalid entry with its path and writes nothing', async () => {
    const before = (await t.em().execute<{ n: number }[]>(`select count(*)::int as n from labour_market_status`))[0]!.n;
    const good = personInput().pesel;
    const response = await office().query(REPORT, {
      entries: [
        { pesel: good, registeredSince: addDays(today, -10), benefitEntitled: true },
        { pesel: '00000000000', benefitEntitled: false },
        { pesel: good, registeredSince: addDays(today, -10), benefitEntitled: true },
        { pesel: personInput().pesel, registeredSince: addDays(today, 5), benefitEntitled: false },
        { pesel: personInput().pesel, benefitEntitled: true },
        { pesel: personInput().pesel, registeredSince: addDays(today, -10), deregisteredOn: addDays(today, -20), benefitEntitled: false },
      ],
    });
    expect(problemPaths(response)).toEqual([
      'entries.1.pesel',
      'entries.2.pesel',
      'entries.3.registeredSince',
      'entries.4.benefitEntitled',
      'entries.5.deregisteredOn',
    ]);
    expect((await t.em().execute<{ n: number }[]>(`select count(*)::int as n from labour_market_status`))[0]!.n).toBe(before);
  });

  it('is for a labour office only: its token must name a labour office of the registry', async () => {
    const entries = [{ pesel: personInput().pesel, benefitEntitled: false }];
    for (const caller of [mops(), staff(), t.as('ADMIN'), t.as('ANALYST')]) expect(errorCodes(await caller.query(REPORT, { entries }))).toEqual(['FORBIDDEN']);
    // A LABOUR_OFFICE token naming an NGO is not accepted at all (core/auth/organisation-binding.ts).
    expect(errorCodes(await t.as('LABOUR_OFFICE', ngo.id).query(REPORT, { entries }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('what the integration module makes of it', () => {
  it('refuses a CIS enrolment of a person reported as entitled to benefit, naming the statute, and allows a KIS', async () => {
    const person = personInput();
    await office().query(REPORT, { entries: [{ pesel: person.pesel, registeredSince: addDays(today, -60), benefitEntitled: true }] });
    const refused = await staff().query(ENROL, { input: cisEnrolment(cis.id, today, { person }) });
    expect(problemPaths(refused)).toEqual(['person.pesel']);
    expect(refused.errors![0]!.message).toMatch(/art\. 1 ust\. 3/);
    expect((await staff().query(ENROL, { input: kisEnrolment(kis.id, today, addDays(today, 60), { person }) })).errors).toBeUndefined();
  });

  it('admits a person whose entitlement ended with their deregistration', async () => {
    const person = personInput();
    await office().query(REPORT, {
      entries: [{ pesel: person.pesel, registeredSince: addDays(today, -200), deregisteredOn: addDays(today, -5), benefitEntitled: true }],
    });
    expect((await staff().query(ENROL, { input: cisEnrolment(cis.id, today, { person }) })).errors).toBeUndefined();
  });

  it('checks the months of registration behind the long-term unemployment category', async () => {
    const enrol = (person: ReturnType<typeof personInput>) =>
      staff().query(ENROL, { input: kisEnrolment(kis.id, today, addDays(today, 60), { person, eligibilityCategory: 'LONG_TERM_UNEMPLOYED' }) });
    const unregistered = personInput();
    const refused = await enrol(unregistered);
    expect(problemPaths(refused)).toEqual(['eligibilityCategory']);
    expect(refused.errors![0]!.message).toMatch(/No labour office reports/);
    const recent = personInput();
    const longTerm = personInput();
    await office().query(REPORT, {
      entries: [
        { pesel: recent.pesel, registeredSince: addMonths(today, -6), benefitEntitled: false },
        { pesel: longTerm.pesel, registeredSince: addMonths(today, -13), benefitEntitled: false },
      ],
    });
    expect(problemPaths(await enrol(recent))).toEqual(['eligibilityCategory']);
    expect((await enrol(longTerm)).errors).toBeUndefined();
  });

  it('shows MOPS the status, NGO staff only whether a CIS may take the person, ANALYST counts', async () => {
    const person = personInput();
    await office().query(REPORT, { entries: [{ pesel: person.pesel, registeredSince: addDays(today, -30), benefitEntitled: true }] });
    await staff().query(ENROL, { input: kisEnrolment(kis.id, today, addDays(today, 60), { person }) });
    const query = `query($p: String!) { participants(first: 1, filter: { pesel: $p }) { nodes { person { cisEnrolmentAllowed labourMarketStatus { labourOfficeId registeredSince benefitEntitled } } } } }`;
    const byMops = await mops().query(query, { p: person.pesel });
    expect(byMops.data.participants.nodes[0].person).toEqual({
      cisEnrolmentAllowed: false,
      labourMarketStatus: [{ labourOfficeId: DEMO_ORGANISATIONS.labourOffice, registeredSince: addDays(today, -30), benefitEntitled: true }],
    });
    const byNgo = await staff().query(query, { p: person.pesel });
    expect(byNgo.data.participants.nodes[0].person).toEqual({ cisEnrolmentAllowed: false, labourMarketStatus: null });
    expect(errorCodes(byNgo)).toEqual(['FORBIDDEN']);
    const counts = await t.as('ANALYST').query(`{ labourMarketCounts { registeredUnemployed entitledToBenefit registeredAndTakingPart } }`);
    expect(counts.data.labourMarketCounts.registeredUnemployed).toBeGreaterThanOrEqual(5);
    expect(errorCodes(await staff().query(`{ labourMarketCounts { registeredUnemployed } }`))).toEqual(['FORBIDDEN']);
  });
});
