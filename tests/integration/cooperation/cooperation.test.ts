import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { AuditEvent } from '../../../src/core/audit/audit.entities.js';
import { addDays } from '../../../src/core/calendar.js';
import { District, WelfareUnit } from '../../../src/modules/registry/index.js';
import { kisFacility } from '../../support/integration-factories.js';
import { makeFacility, makeOrganisation } from '../../support/registry-factories.js';
import { errorCodes, problemPaths, startTestHub, testToday, type TestHub } from '../../support/test-hub.js';

const today = testToday('2026-11-30');
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true });
});
afterAll(() => t?.close());

const mops = () => t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops);
const thisYear = Number(today.slice(0, 4));
const BUDGETS = `query($from: Int!, $to: Int!) { programmeBudgets(fromYear: $from, toYear: $to, kind: LOCAL_ACTIVITY_PROGRAMME) {
  year programmes plannedBudget usedBudget usedKnown executionRate } }`;

describe('Wrocław\u2019s local activity programmes, as published', () => {
  it('gives each year\u2019s programmes and budgets, 2013\u2019s use as not known rather than zero', async () => {
    const rows = (await t.publicCaller.query(BUDGETS, { from: 2009, to: 2013 })).data.programmeBudgets;
    expect(rows.slice(0, 5)).toEqual([
      { year: 2009, programmes: 1, plannedBudget: '18000.00', usedBudget: '17701.65', usedKnown: true, executionRate: '98.34' },
      { year: 2010, programmes: 4, plannedBudget: '64047.60', usedBudget: '62923.00', usedKnown: true, executionRate: '98.24' },
      { year: 2011, programmes: 6, plannedBudget: '141237.19', usedBudget: '135776.75', usedKnown: true, executionRate: '96.13' },
      { year: 2012, programmes: 6, plannedBudget: '152746.52', usedBudget: '140563.87', usedKnown: true, executionRate: '92.02' },
      { year: 2013, programmes: 10, plannedBudget: '190023.30', usedBudget: null, usedKnown: false, executionRate: null },
    ]);
    // Over a period with an unknown year, the use of the whole is unknown too.
    expect(rows[5]).toMatchObject({ year: null, programmes: 27, plannedBudget: '566054.61', usedBudget: null, usedKnown: false });
  });

  it('totals 2009–2012 exactly: 376,031.31 planned, 356,965.27 used, 94.93%', async () => {
    const total = (await t.publicCaller.query(BUDGETS, { from: 2009, to: 2012 })).data.programmeBudgets.at(-1);
    expect(total).toEqual({ year: null, programmes: 17, plannedBudget: '376031.31', usedBudget: '356965.27', usedKnown: true, executionRate: '94.93' });
  });

  it('answers a range with years without programmes, each such year with none and nothing planned', async () => {
    const response = await t.publicCaller.query(BUDGETS, { from: 2012, to: 2016 });
    expect(response.errors).toBeUndefined();
    const rows = response.data.programmeBudgets;
    expect(rows.map((r: { year: number | null }) => r.year)).toEqual([2012, 2013, 2014, 2015, 2016, null]);
    expect(rows[2]).toEqual({ year: 2014, programmes: 0, plannedBudget: '0.00', usedBudget: '0.00', usedKnown: true, executionRate: null });
    expect(rows[5]).toMatchObject({ programmes: 16, plannedBudget: '342769.82', usedKnown: false });
  });

  it('answers a range with no programme at all, this year included', async () => {
    const response = await t.publicCaller.query(
      'query($from: Int!, $to: Int!) { programmeBudgets(fromYear: $from, toYear: $to) { year programmes plannedBudget usedBudget socialWorkers } }',
      { from: 2020, to: thisYear },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.programmeBudgets.at(-1)).toEqual({ year: null, programmes: 0, plannedBudget: '0.00', usedBudget: '0.00', socialWorkers: 0 });
    expect(response.data.programmeBudgets).toHaveLength(thisYear - 2020 + 2);
  });

  it('lists the partnerships with the dates they were formed, the informal one without a date and the four planned', async () => {
    const all = (await t.publicCaller.query('{ partnerships { name formal concludedOn statusOnDate } }')).data.partnerships;
    const dated = Object.fromEntries(all.map((p: { name: string; concludedOn: string | null }) => [p.name, p.concludedOn]));
    expect(dated).toMatchObject({
      'Partnerstwo Polanka': '2008-03-27',
      'Razem dla Nadodrza': '2010-04-26',
      'Partnerstwo Gądów i Kosmonautów': '2010-06-10',
      'Partnerstwo dla Leśnicy': '2010-10-27',
      'Partnerstwo 8 Scen': '2011-03-16',
      'Razem zdziałamy więcej': null,
    });
    expect(all.find((p: { name: string }) => p.name === 'Razem zdziałamy więcej')).toMatchObject({ formal: false, statusOnDate: 'ACTIVE' });
    expect(
      all
        .filter((p: { statusOnDate: string }) => p.statusOnDate === 'PLANNED')
        .map((p: { name: string }) => p.name)
        .sort(),
    ).toEqual(['Aktywne Gajowice', 'Aktywne Huby', 'Aktywny Ołbin', 'Aktywny Szczepin']);
    // Gądów and Kosmonautów formed one partnership, not two.
    expect(all.filter((p: { name: string }) => /Gądów|Kosmonautów/.test(p.name))).toHaveLength(1);
  });

  it('carries the MOPS staff working in the PAL as the seed gives them: 56 in 2012 (19 and 37), 73 in 2013 (47 and 26)', async () => {
    const rows = (
      await t.publicCaller.query('query($from: Int!, $to: Int!) { programmeBudgets(fromYear: $from, toYear: $to) { year socialWorkers specialists } }', {
        from: 2012,
        to: 2013,
      })
    ).data.programmeBudgets;
    expect(rows.slice(0, 2)).toEqual([
      { year: 2012, socialWorkers: 19, specialists: 37 },
      { year: 2013, socialWorkers: 47, specialists: 26 },
    ]);
  });

  it('answers who was active on a past date from the partnerships\u2019 dates', async () => {
    const on = async (date: string) =>
      (await t.publicCaller.query('query($d: Date) { partnerships(asOf: $d, status: ACTIVE) { name } }', { d: date })).data.partnerships
        .map((p: { name: string }) => p.name)
        .sort();
    expect(await on('2009-12-31')).toEqual(['Partnerstwo Polanka', 'Razem zdziałamy więcej']);
    expect(await on('2010-06-10')).toEqual(['Partnerstwo Gądów i Kosmonautów', 'Partnerstwo Polanka', 'Razem dla Nadodrza', 'Razem zdziałamy więcej']);
  });
});

describe('a Śrem-like gmina walks the six steps to a new KIS', () => {
  it('names the steps as the model does: the idea, the catalogue, the synergy team, the pact, the choice of the entity, the entity', async () => {
    const steps = (await t.publicCaller.query('query($a: String!) { localCooperationModel(area: $a) { number name } }', { a: 'Gmina bez kroków' })).data
      .localCooperationModel;
    expect(steps.map((s: { name: string }) => s.name)).toEqual([
      'Prezentacja idei modelu',
      'Wstępny katalog lokalnych interesariuszy',
      'Powołanie zespołu synergii lokalnej (ZSL)',
      'Pakt na rzecz modelu',
      'Prezentacja analizy ZSL i wybór podmiotu zatrudnienia socjalnego',
      'Utworzenie (lub reaktywacja) podmiotu zatrudnienia socjalnego',
    ]);
  });

  it('does not tick the synergy team for an area whose team does not exist', async () => {
    const other = 'Gmina bez zespołu (test)';
    await mops().query(STEP, { input: { area: other, step: 1, completedOn: day(0) } });
    await mops().query(STEP, { input: { area: other, step: 2, completedOn: day(1) } });
    const refused = await mops().query(STEP, { input: { area: other, step: 3, completedOn: day(2) } });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('STEP_RECORD_MISSING');
  });

  const STEP = 'mutation($input: ModelStepInput!) { completeModelStep(input: $input) { number completedOn facility { name type } } }';
  const area = 'Gmina Śrem (test)';
  /** A day of the walk: it starts 300 days before the test\u2019s today and never reaches the future. */
  const day = (n: number) => addDays(today, -300 + n);

  it('completes the steps in order, step 6 naming the KIS it created', async () => {
    const em = t.em();
    const [unit] = (await em.find(WelfareUnit, { code: 'F1' })) as [WelfareUnit];
    const [district] = (await em.find(District, { code: 'III' })) as [District];
    const cooperative = await makeOrganisation(em, { name: 'Spółdzielnia Socjalna Razem', kind: 'SOCIAL_COOPERATIVE' });
    const shelter = await makeFacility(em, { type: 'NIGHT_SHELTER', operator: cooperative, unit, district, declaredCapacity: 10 });
    const kis = await kisFacility(em, { operator: cooperative, unit, district, name: 'KIS Śremski' });

    const stakeholder = await mops().query('mutation($i: StakeholderInput!) { registerStakeholder(input: $i) { id category } }', {
      i: { category: 'NGO', organisationId: cooperative.id },
    });
    const leader = await mops().query('mutation($i: StakeholderInput!) { registerStakeholder(input: $i) { id } }', {
      i: { category: 'LOCAL_LEADER', leaderName: 'Jan Sołtys', leaderConsentOn: day(-5) },
    });
    const ids = [stakeholder.data.registerStakeholder.id, leader.data.registerStakeholder.id];
    await mops().query(STEP, { input: { area, step: 1, completedOn: day(0) } });
    const team = await mops().query(
      'mutation($i: CooperationBodyInput!) { createCooperationBody(input: $i) { id kind members { stakeholder { category } } } }',
      {
        i: { name: 'Zespół Synergii Lokalnej', kind: 'LOCAL_SYNERGY_TEAM', area, establishedOn: day(17), members: ids.map((id) => ({ stakeholderId: id })) },
      },
    );
    expect(team.data.createCooperationBody.members).toHaveLength(2);
    expect(errorCodes(await mops().query(STEP, { input: { area, step: 3, completedOn: day(18) } }))).toEqual(['CONFLICT']);
    await mops().query(STEP, { input: { area, step: 2, completedOn: day(17) } });
    expect(errorCodes(await mops().query(STEP, { input: { area, step: 3, completedOn: day(5) } }))).toEqual(['CONFLICT']);
    await mops().query(STEP, { input: { area, step: 3, completedOn: day(45) } });
    // The pact is not signed yet: step 4 is not ticked without it.
    const early = await mops().query(STEP, { input: { area, step: 4, completedOn: day(50) } });
    expect(early.errors?.[0]?.extensions?.reason).toBe('STEP_RECORD_MISSING');
    const pact = await mops().query('mutation($i: PactInput!) { signPact(input: $i) { title signatories { id } } }', {
      i: { title: 'Pakt dla Śremu', signedOn: day(76), signatoryIds: ids },
    });
    expect(pact.data.signPact.signatories).toHaveLength(2);
    await mops().query(STEP, { input: { area, step: 4, completedOn: day(76) } });
    expect(problemPaths(await mops().query(STEP, { input: { area, step: 5, completedOn: day(137) } }))).toEqual(['note']);
    await mops().query(STEP, { input: { area, step: 5, completedOn: day(137), note: 'ZSL przedstawił analizę; wybrano klub integracji społecznej' } });
    expect(problemPaths(await mops().query(STEP, { input: { area, step: 6, completedOn: day(229), facilityId: shelter.id } }))).toEqual(['facilityId']);
    const done = await mops().query(STEP, { input: { area, step: 6, completedOn: day(229), facilityId: kis.id } });
    expect(done.data.completeModelStep.map((s: { completedOn: string | null }) => s.completedOn)).toEqual([
      day(0),
      day(17),
      day(45),
      day(76),
      day(137),
      day(229),
    ]);
    expect(done.data.completeModelStep[5].facility).toEqual({ name: 'KIS Śremski', type: 'SOCIAL_INTEGRATION_CLUB' });
    expect(errorCodes(await mops().query(STEP, { input: { area, step: 6, completedOn: day(230), facilityId: kis.id } }))).toEqual(['CONFLICT']);
    expect(await t.em().count(AuditEvent, { operation: 'completeModelStep', details: { area } } as never)).toBe(6);
  });
});

describe('who sees and edits local cooperation', () => {
  it('publishes the catalogue, keeping contacts and local leaders\u2019 names for the welfare centre', async () => {
    const query = '{ stakeholders(category: LOCAL_LEADER) { category leaderName contactPhone } }';
    const asPublic = await t.publicCaller.query(query);
    expect(asPublic.data.stakeholders[0]).toEqual({ category: 'LOCAL_LEADER', leaderName: null, contactPhone: null });
    expect(new Set(errorCodes(asPublic))).toEqual(new Set(['FORBIDDEN']));
    for (const role of ['ANALYST', 'NGO_STAFF', 'LABOUR_OFFICE'] as const) {
      const org = role === 'NGO_STAFF' ? DEMO_ORGANISATIONS.ngo : role === 'LABOUR_OFFICE' ? DEMO_ORGANISATIONS.labourOffice : null;
      expect((await t.as(role, org).query(query)).data.stakeholders[0].leaderName).toBeNull();
    }
    expect((await mops().query(query)).data.stakeholders[0].leaderName).toBe('Halina Przykładowa');
  });

  it('lets NGO staff create partnerships and programmes their organisation leads, and no other', async () => {
    const [ngoStakeholder] = (await t.publicCaller.query('{ stakeholders(category: NGO) { id organisation { id } } }')).data.stakeholders.filter(
      (s: { organisation: { id: string } }) => s.organisation.id === DEMO_ORGANISATIONS.ngo,
    );
    const [mopsStakeholder] = (await t.publicCaller.query('{ stakeholders(category: LOCAL_GOVERNMENT_UNIT) { id } }')).data.stakeholders;
    const staff = t.as('NGO_STAFF', DEMO_ORGANISATIONS.ngo);
    const CREATE = 'mutation($i: PartnershipInput!) { createPartnership(input: $i) { id name lead { id } } }';
    const own = await staff.query(CREATE, { i: { name: 'Partnerstwo NGO', formal: false, status: 'ACTIVE', leadStakeholderId: ngoStakeholder.id } });
    expect(own.data.createPartnership.lead.id).toBe(ngoStakeholder.id);
    expect(errorCodes(await staff.query(CREATE, { i: { name: 'Cudze', formal: false, status: 'ACTIVE', leadStakeholderId: mopsStakeholder.id } }))).toEqual([
      'FORBIDDEN',
    ]);
    for (const caller of [t.publicCaller, t.as('ANALYST'), t.as('LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice)]) {
      expect(errorCodes(await caller.query(CREATE, { i: { name: 'X', formal: false, status: 'ACTIVE' } }))).toEqual(['FORBIDDEN']);
    }
    const programme = await staff.query('mutation($i: LocalProgrammeInput!) { createProgramme(input: $i) { id } }', {
      i: { name: 'PAL NGO', kind: 'LOCAL_ACTIVITY_PROGRAMME', startsOn: `${thisYear}-01-01`, leadStakeholderId: ngoStakeholder.id },
    });
    const id = programme.data.createProgramme.id;
    const YEAR =
      'mutation($id: ID!, $y: LocalProgrammeYearInput!) { setProgrammeYear(programmeId: $id, year: $y) { years { year plannedBudget usedBudget executionRate } } }';
    const set = await staff.query(YEAR, { id, y: { year: thisYear, plannedBudget: '1000.10', usedBudget: '999.99' } });
    expect(set.data.setProgrammeYear.years).toEqual([{ year: thisYear, plannedBudget: '1000.10', usedBudget: '999.99', executionRate: '99.99' }]);
    expect(problemPaths(await staff.query(YEAR, { id, y: { year: thisYear, plannedBudget: '12.345' } }))).toEqual(['year.plannedBudget']);
    expect(problemPaths(await staff.query(YEAR, { id, y: { year: thisYear, plannedBudget: '1e5' } }))).toEqual(['year.plannedBudget']);
    expect(errorCodes(await staff.query(YEAR, { id, y: { year: thisYear - 1, plannedBudget: '1.00' } }))).toEqual(['CONFLICT']);
    expect(problemPaths(await staff.query(YEAR, { id, y: { year: thisYear, plannedBudget: ' 100.00', usedBudget: '5.00 ' } }))).toEqual([
      'year.plannedBudget',
      'year.usedBudget',
    ]);
  });
});

describe('what cooperation refuses rather than writing as given', () => {
  const stakeholders = async () => (await t.publicCaller.query('{ stakeholders { id category } }')).data.stakeholders as { id: string; category: string }[];

  it('refuses the same stakeholder twice among a partnership’s members, and a member added again', async () => {
    const [a, b] = (await stakeholders()).filter((s) => s.category !== 'LOCAL_LEADER') as unknown as [{ id: string }, { id: string }];
    const CREATE = 'mutation($i: PartnershipInput!) { createPartnership(input: $i) { id members { id } } }';
    const twice = await mops().query(CREATE, {
      i: { name: 'Dwa razy', formal: false, status: 'ACTIVE', members: [{ stakeholderId: a.id }, { stakeholderId: b.id }, { stakeholderId: a.id }] },
    });
    expect(problemPaths(twice)).toEqual(['members.2.stakeholderId']);
    const made = await mops().query(CREATE, { i: { name: 'Raz', formal: false, status: 'ACTIVE', members: [{ stakeholderId: a.id }] } });
    const again = await mops().query('mutation($p: ID!, $m: PartnershipMemberInput!) { addPartnershipMember(partnershipId: $p, member: $m) { id } }', {
      p: made.data.createPartnership.id,
      m: { stakeholderId: a.id },
    });
    expect(problemPaths(again)).toEqual(['member.stakeholderId']);
  });

  it('refuses a body without members and a body with one member twice', async () => {
    const [a] = await stakeholders();
    const BODY = 'mutation($i: CooperationBodyInput!) { createCooperationBody(input: $i) { id } }';
    const body = (members: unknown[]) => ({ i: { name: 'Zespół', kind: 'LOCAL_SYNERGY_TEAM', area: 'Gmina Testowa', establishedOn: today, members } });
    expect(problemPaths(await mops().query(BODY, body([])))).toEqual(['members']);
    expect(problemPaths(await mops().query(BODY, body([{ stakeholderId: a!.id }, { stakeholderId: a!.id }])))).toEqual(['members.1.stakeholderId']);
  });

  it('refuses a stakeholder’s contact that is not an e-mail address or a telephone number', async () => {
    const REGISTER = 'mutation($i: StakeholderInput!) { registerStakeholder(input: $i) { id } }';
    const leader = { category: 'LOCAL_LEADER', leaderName: 'Anna Sołtys', leaderConsentOn: today };
    expect(problemPaths(await mops().query(REGISTER, { i: { ...leader, contactEmail: 'not an e-mail', contactPhone: 'call me' } }))).toEqual([
      'contactEmail',
      'contactPhone',
    ]);
    expect(
      (await mops().query(REGISTER, { i: { ...leader, contactEmail: 'anna.soltys@example.pl', contactPhone: '+48 61 283 00 00' } })).errors,
    ).toBeUndefined();
  });
});

describe('members over time', () => {
  it('answers who was a member on a date, keeping those who left in the history', async () => {
    const [partnership] = (await t.publicCaller.query('{ partnerships(status: ACTIVE) { id name } }')).data.partnerships.filter(
      (p: { name: string }) => p.name === 'Partnerstwo Polanka',
    );
    const [leader] = (await t.publicCaller.query('{ stakeholders(category: LOCAL_LEADER) { id } }')).data.stakeholders;
    const added = await mops().query(
      'mutation($p: ID!, $m: PartnershipMemberInput!) { addPartnershipMember(partnershipId: $p, member: $m) { memberHistory { id stakeholder { id } joinedOn } } }',
      {
        p: partnership.id,
        m: { stakeholderId: leader.id, role: 'lider lokalny', joinedOn: '2020-01-01' },
      },
    );
    const membership = added.data.addPartnershipMember.memberHistory.find((m: { joinedOn: string }) => m.joinedOn === '2020-01-01');
    await mops().query('mutation($id: ID!, $d: Date!) { endPartnershipMembership(memberId: $id, leftOn: $d) { id } }', { id: membership.id, d: '2022-06-30' });
    const membersOn = async (date: string) =>
      (await t.publicCaller.query('query($d: Date) { partnerships(asOf: $d) { id members { id } } }', { d: date })).data.partnerships
        .find((p: { id: string }) => p.id === partnership.id)
        .members.map((m: { id: string }) => m.id);
    expect(await membersOn('2021-01-01')).toContain(membership.id);
    expect(await membersOn('2023-01-01')).not.toContain(membership.id);
    expect(await membersOn('2019-12-31')).not.toContain(membership.id);
    expect(
      errorCodes(
        await mops().query('mutation($id: ID!, $d: Date!) { endPartnershipMembership(memberId: $id, leftOn: $d) { id } }', {
          id: membership.id,
          d: addDays(today, -1),
        }),
      ),
    ).toEqual(['CONFLICT']);
  });

  it('reads partnerships with their members, stakeholders and meetings in a fixed number of statements', async () => {
    const query =
      '{ partnerships { name districts { name } lead { organisation { name } } members { role stakeholder { category organisation { name } } } meetings { year meetings } } }';
    await t.publicCaller.query(query);
    const { count } = await t.countStatements(() => t.publicCaller.query(`${query} `));
    expect(count).toBeLessThanOrEqual(7);
  });

  it('reads programmes with their years, partners and actions in a fixed number of statements', async () => {
    const query =
      '{ programmes { name lead { category } partners { organisation { name } } years { year plannedBudget } communityActions { kind } districts { name } } }';
    const { count } = await t.countStatements(() => t.publicCaller.query(query));
    expect(count).toBeLessThanOrEqual(7);
  });
});
