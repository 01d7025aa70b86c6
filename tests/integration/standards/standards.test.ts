import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { District, Facility, Organisation, WelfareUnit } from '../../../src/modules/registry/index.js';
import { Assessment } from '../../../src/modules/standards/index.js';
import { makeFacility, makeOrganisation } from '../../support/registry-factories.js';
import { errorCodes, problemPaths, startTestHub, testToday, type TestHub } from '../../support/test-hub.js';
import { addDays } from '../../../src/core/calendar.js';

const today = testToday('2026-11-24');

let t: TestHub;
let ngo: Organisation;
let shelter: Facility; // a night shelter of `ngo`
let otherShelter: Facility;
let unit: WelfareUnit;
let district: District;

const daysAgo = (n: number) => addDays(today, -n);

beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true });
  const em = t.em();
  [unit] = (await em.find(WelfareUnit, { code: 'F1' })) as [WelfareUnit];
  [district] = (await em.find(District, { code: 'III' })) as [District];
  ngo = await makeOrganisation(em, { name: 'Fundacja Standardowa' });
  shelter = await makeFacility(em, { name: 'Noclegownia Testowa Standardów', type: 'NIGHT_SHELTER', operator: ngo, unit, district });
  otherShelter = await makeFacility(em, { name: 'Noclegownia Cudza', type: 'NIGHT_SHELTER', operator: await makeOrganisation(em), unit, district });
});
afterAll(() => t?.close());

const mops = () => t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops);

const RECORD = `mutation($input: AssessmentInput!) { recordAssessment(input: $input) { id result overdue remediationDeadline standard { code version }
  outcomes { requirement { code } satisfied } } }`;

/** Outcomes for every requirement of NIGHT_SHELTER_2018 v1, all satisfied unless overridden. */
function nightShelterResults(overrides: Record<string, { met?: boolean; measuredValue?: number }> = {}) {
  const base: Record<string, { met?: boolean; measuredValue?: number }> = {
    FLOOR_AREA: { measuredValue: 2.5 },
    WASHBASINS: { measuredValue: 8 },
    TOILETS: { measuredValue: 12 },
    DISINFECTION: { met: true },
    STAFF_ON_DUTY: { met: true },
    HOT_DRINK: { met: true },
  };
  return Object.entries({ ...base, ...overrides }).map(([requirementCode, v]) => ({ requirementCode, ...v }));
}

function assessment(facilityId: string, overrides: Record<string, unknown> = {}) {
  // Version 1 explicitly: another test publishes version 2 with other requirements.
  return {
    facilityId,
    standardCode: 'NIGHT_SHELTER_2018',
    standardVersion: 1,
    assessedOn: daysAgo(3),
    assessorName: 'Anna Nowak',
    results: nightShelterResults(),
    ...overrides,
  };
}

describe('the catalogue', () => {
  it('shows PUBLIC every standard of DOMAIN.md with its requirements', async () => {
    const response = await t.publicCaller.query(
      '{ serviceStandards { code version sourceKind appliesTo requirements { code kind unit comparison threshold } } }',
    );
    const codes = response.data.serviceStandards.map((s: { code: string }) => s.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'NIGHT_SHELTER_2018',
        'HOMELESS_SHELTER_2018',
        'HOMELESS_SHELTER_WITH_CARE_2018',
        'WARMING_CENTRE_2018',
        'GSWB',
        'CRISIS_INTERVENTION',
        'SPECIALIST_COUNSELLING',
        'CIS_MODEL',
        'DAY_SUPPORT_RATIO',
      ]),
    );
    const night = response.data.serviceStandards.find((s: { code: string }) => s.code === 'NIGHT_SHELTER_2018');
    expect(night.requirements.find((r: { code: string }) => r.code === 'FLOOR_AREA')).toEqual({
      code: 'FLOOR_AREA',
      kind: 'NUMBER',
      unit: 'm² per person',
      comparison: 'AT_LEAST',
      threshold: 2,
    });
  });

  it('answers null for an unknown code', async () => {
    expect((await t.publicCaller.query('{ serviceStandard(code: "NOPE") { code } }')).data.serviceStandard).toBeNull();
  });
});

describe('recordAssessment', () => {
  it('derives COMPLIANT when every requirement is satisfied', async () => {
    const response = await mops().query(RECORD, { input: assessment(shelter.id) });
    expect(response.errors).toBeUndefined();
    expect(response.data.recordAssessment).toMatchObject({ result: 'COMPLIANT', overdue: false, standard: { code: 'NIGHT_SHELTER_2018', version: 1 } });
    expect(response.data.recordAssessment.outcomes).toHaveLength(6);
  });

  it('refuses a negative or absurd measurement with its path', async () => {
    for (const value of [-1, -1e308, 1e308]) {
      const response = await mops().query(RECORD, {
        input: assessment(shelter.id, { results: nightShelterResults({ FLOOR_AREA: { measuredValue: value } }) }),
      });
      expect(problemPaths(response)).toEqual(['results.0.measuredValue']);
    }
  });

  it('derives PARTLY_COMPLIANT from some failures and NON_COMPLIANT from all', async () => {
    const partly = await mops().query(RECORD, {
      input: assessment(otherShelter.id, { results: nightShelterResults({ FLOOR_AREA: { measuredValue: 1.5 }, HOT_DRINK: { met: false } }) }),
    });
    expect(partly.data.recordAssessment.result).toBe('PARTLY_COMPLIANT');
    const none = await mops().query(RECORD, {
      input: assessment(otherShelter.id, {
        assessedOn: daysAgo(1),
        results: nightShelterResults({
          FLOOR_AREA: { measuredValue: 1 },
          WASHBASINS: { measuredValue: 20 },
          TOILETS: { measuredValue: 30 },
          DISINFECTION: { met: false },
          STAFF_ON_DUTY: { met: false },
          HOT_DRINK: { met: false },
        }),
      }),
    });
    expect(none.data.recordAssessment.result).toBe('NON_COMPLIANT');
  });

  it.each([
    ['a standard that does not apply to the type', { standardCode: 'CIS_MODEL', standardVersion: null }, ['standardCode']],
    ['an unknown standard', { standardCode: 'NOPE', standardVersion: null }, ['standardCode']],
    ['an unknown version', { standardVersion: 9 }, ['standardVersion']],
    ['a missing requirement', { results: nightShelterResults().slice(1) }, ['results']],
    ['an unknown requirement', { results: [...nightShelterResults(), { requirementCode: 'SAUNA', met: true }] }, ['results.6.requirementCode']],
    [
      'a value of the wrong kind',
      { results: nightShelterResults({ FLOOR_AREA: { met: true }, HOT_DRINK: { measuredValue: 1 } }) },
      ['results.0.measuredValue', 'results.5.met'],
    ],
    ['a future date and a deadline before it', { assessedOn: '2999-01-01', remediationDeadline: '2998-01-01' }, ['assessedOn', 'remediationDeadline']],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, overrides, paths) => {
    const before = await t.em().count(Assessment, {});
    const response = await mops().query(RECORD, { input: assessment(shelter.id, overrides) });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(problemPaths(response)).toEqual(paths);
    expect(await t.em().count(Assessment, {})).toBe(before);
  });

  it.each(['NGO_STAFF', 'ANALYST', 'LABOUR_OFFICE', 'PUBLIC'] as const)('refuses %s', async (role) => {
    const response = await t
      .as(role, role === 'NGO_STAFF' ? ngo.id : role === 'LABOUR_OFFICE' ? DEMO_ORGANISATIONS.labourOffice : null)
      .query(RECORD, { input: assessment(shelter.id) });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });
});

describe('defineServiceStandard', () => {
  const DEFINE = `mutation($input: ServiceStandardInput!) { defineServiceStandard(input: $input) { code version requirements { code } } }`;
  const input = (overrides: Record<string, unknown> = {}) => ({
    code: 'NIGHT_SHELTER_2018',
    title: 'Minimalne standardy noclegowni',
    titleEn: 'Minimum standards of a night shelter (corrected)',
    source: 'Dz.U. 2018 poz. 896',
    sourceKind: 'REGULATION',
    appliesTo: ['NIGHT_SHELTER'],
    requirements: [
      { code: 'FLOOR_AREA', description: 'Floor area per person', kind: 'NUMBER', unit: 'm² per person', comparison: 'AT_LEAST', threshold: 3 },
      { code: 'STAFF_ON_DUTY', description: 'Staff on duty', kind: 'YES_NO' },
    ],
    ...overrides,
  });

  it('adds a version for ADMIN; assessments keep the version they used', async () => {
    const before = await t.em().find(Assessment, { facility: shelter.id });
    const response = await t.as('ADMIN').query(DEFINE, { input: input() });
    expect(response.errors).toBeUndefined();
    expect(response.data.defineServiceStandard).toEqual({
      code: 'NIGHT_SHELTER_2018',
      version: 2,
      requirements: [{ code: 'FLOOR_AREA' }, { code: 'STAFF_ON_DUTY' }],
    });
    const latest = await t.publicCaller.query(
      '{ serviceStandard(code: "NIGHT_SHELTER_2018") { version } first: serviceStandard(code: "NIGHT_SHELTER_2018", version: 1) { version requirements { code } } }',
    );
    expect(latest.data.serviceStandard.version).toBe(2);
    expect(latest.data.first.requirements).toHaveLength(6);
    const old = await mops().query(`query($id: ID!) { facility(id: $id) { assessments { id standard { version } } } }`, { id: shelter.id });
    expect(old.data.facility.assessments.map((a: { standard: { version: number } }) => a.standard.version)).toEqual(before.map(() => 1));
    // A new assessment uses the new version and its two requirements.
    const fresh = await mops().query(RECORD, {
      input: {
        ...assessment(shelter.id),
        standardVersion: null,
        results: [
          { requirementCode: 'FLOOR_AREA', measuredValue: 3.5 },
          { requirementCode: 'STAFF_ON_DUTY', met: true },
        ],
      },
    });
    expect(fresh.data.recordAssessment).toMatchObject({ result: 'COMPLIANT', standard: { version: 2 } });
  });

  it('refuses MOPS_WORKER', async () => {
    expect(errorCodes(await mops().query(DEFINE, { input: input() }))).toEqual(['FORBIDDEN']);
  });

  it('lists every problem of a bad definition with its path', async () => {
    const response = await t.as('ADMIN').query(DEFINE, {
      input: input({
        code: 'bad code',
        appliesTo: ['CASTLE'],
        requirements: [
          { code: 'AREA', description: 'Area', kind: 'NUMBER' },
          { code: 'AREA', description: 'Again', kind: 'YES_NO', threshold: 2 },
        ],
      }),
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(problemPaths(response)).toEqual([
      'code',
      'appliesTo.0',
      'requirements.0.unit',
      'requirements.0.comparison',
      'requirements.0.threshold',
      'requirements.1.code',
      'requirements.1.kind',
    ]);
  });
});

describe('Facility.compliance and who sees assessments', () => {
  const COMPLIANCE = `query($id: ID!) { facility(id: $id) { compliance { standard { code } status overdue assessedOn latestAssessment { result assessorName } } } }`;

  it('lists every standard that applies to the type, NOT_ASSESSED where none was made', async () => {
    const fresh = await makeFacility(t.em(), { name: 'Noclegownia Nowa', type: 'NIGHT_SHELTER', operator: ngo, unit, district });
    const response = await mops().query(COMPLIANCE, { id: fresh.id });
    expect(response.data.facility.compliance.map((c: { standard: { code: string }; status: string }) => [c.standard.code, c.status])).toEqual([
      ['GSWB', 'NOT_ASSESSED'],
      ['NIGHT_SHELTER_2018', 'NOT_ASSESSED'],
    ]);
  });

  it('flags a remediation deadline that has passed without a compliant result', async () => {
    const late = await makeFacility(t.em(), { name: 'Noclegownia Spóźniona', type: 'NIGHT_SHELTER', operator: ngo, unit, district });
    await mops().query(RECORD, {
      input: assessment(late.id, { assessedOn: daysAgo(100), remediationDeadline: daysAgo(10), results: nightShelterResults({ HOT_DRINK: { met: false } }) }),
    });
    const response = await mops().query(COMPLIANCE, { id: late.id });
    expect(response.data.facility.compliance.find((c: { standard: { code: string } }) => c.standard.code === 'NIGHT_SHELTER_2018')).toMatchObject({
      status: 'PARTLY_COMPLIANT',
      overdue: true,
    });
    const listed = await mops().query(`{ facilities(filter: { compliance: { standardCode: "NIGHT_SHELTER_2018", overdue: true } }) { nodes { id } } }`);
    expect(listed.data.facilities.nodes.map((n: { id: string }) => n.id)).toContain(late.id);
    expect(listed.data.facilities.nodes.map((n: { id: string }) => n.id)).not.toContain(shelter.id);
  });

  it('shows PUBLIC the overall result but not the assessment', async () => {
    const response = await t.publicCaller.query(COMPLIANCE, { id: shelter.id });
    const entry = response.data.facility.compliance.find((c: { standard: { code: string } }) => c.standard.code === 'NIGHT_SHELTER_2018');
    expect(entry).toMatchObject({ status: 'COMPLIANT', latestAssessment: null });
    expect(errorCodes(response)).toContain('FORBIDDEN');
  });

  it("shows ANALYST the assessment without the assessor's name", async () => {
    const response = await t.as('ANALYST').query(COMPLIANCE, { id: shelter.id });
    const entry = response.data.facility.compliance.find((c: { standard: { code: string } }) => c.standard.code === 'NIGHT_SHELTER_2018');
    expect(entry.latestAssessment).toEqual({ result: 'COMPLIANT', assessorName: null });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  it('shows NGO staff full assessments of their own facilities only', async () => {
    const own = await t.as('NGO_STAFF', ngo.id).query(`query($id: ID!) { facility(id: $id) { assessments { assessorName result } } }`, { id: shelter.id });
    expect(own.errors).toBeUndefined();
    expect(own.data.facility.assessments[0].assessorName).toBe('Anna Nowak');
    const other = await t.as('NGO_STAFF', ngo.id).query(`query($id: ID!) { facility(id: $id) { assessments { result } } }`, { id: otherShelter.id });
    expect(other.data.facility.assessments).toBeNull();
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
  });
});

describe('compliance across the city', () => {
  it('filters facilities by standard and status', async () => {
    const all = await mops().query(
      '{ facilities(first: 500, filter: { compliance: { standardCode: "GSWB" } }) { totalCount nodes { type compliance { standard { code } status } } } }',
    );
    expect(
      all.data.facilities.nodes.every((n: { type: string }) =>
        ['NIGHT_SHELTER', 'HOMELESS_SHELTER', 'HOMELESS_SHELTER_WITH_CARE', 'WARMING_CENTRE'].includes(n.type),
      ),
    ).toBe(true);
    const notAssessed = await mops().query(
      '{ facilities(first: 500, filter: { compliance: { standardCode: "GSWB", statuses: [NOT_ASSESSED] } }) { nodes { compliance { standard { code } status } } } }',
    );
    for (const node of notAssessed.data.facilities.nodes) {
      expect(node.compliance.find((c: { standard: { code: string } }) => c.standard.code === 'GSWB').status).toBe('NOT_ASSESSED');
    }
    expect(notAssessed.data.facilities.nodes.length).toBeGreaterThan(0);
    expect(notAssessed.data.facilities.nodes.length).toBeLessThan(all.data.facilities.totalCount);
  });

  it('counts coverage per standard in one statement, agreeing with each facility’s status', async () => {
    let coverage: any;
    const { statements } = await t.countStatements(async () => {
      coverage = (
        await t.as('ANALYST').query('{ complianceCoverage { standard { code } facilities compliant partlyCompliant nonCompliant notAssessed overdue } }')
      ).data.complianceCoverage;
    });
    expect(statements.filter((s) => /latest_assessment/.test(s))).toHaveLength(1);
    const gswb = coverage.find((c: { standard: { code: string } }) => c.standard.code === 'GSWB');
    expect(gswb.compliant + gswb.partlyCompliant + gswb.nonCompliant + gswb.notAssessed).toBe(gswb.facilities);
    const listed = await mops().query(
      '{ facilities(first: 500, filter: { compliance: { standardCode: "GSWB" }, statuses: [ACTIVE, SUSPENDED] }) { nodes { compliance { standard { code } status } } } }',
    );
    const statuses = listed.data.facilities.nodes.map((n: any) => n.compliance.find((c: any) => c.standard.code === 'GSWB').status);
    expect(statuses.filter((s: string) => s === 'COMPLIANT')).toHaveLength(gswb.compliant);
    expect(statuses.filter((s: string) => s === 'NOT_ASSESSED')).toHaveLength(gswb.notAssessed);
  });

  it('answers facilities(first: 200) with compliance in at most 4 statements', async () => {
    const { count } = await t.countStatements(async () => {
      const response = await mops().query('{ facilities(first: 200) { nodes { name compliance { standard { code } status overdue } } } }');
      expect(response.errors).toBeUndefined();
    });
    expect(count).toBeLessThanOrEqual(4);
  });

  it('seeds the demo city with a spread of results', async () => {
    const coverage = (await t.publicCaller.query('{ complianceCoverage { compliant partlyCompliant nonCompliant notAssessed overdue } }')).data
      .complianceCoverage;
    const sum = (k: string) => coverage.reduce((a: number, c: any) => a + c[k], 0);
    for (const k of ['compliant', 'partlyCompliant', 'notAssessed', 'overdue']) expect(sum(k), k).toBeGreaterThan(0);
  });
});
