import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { addDays, periodEnd } from '../../../src/core/calendar.js';
import { District, WelfareUnit } from '../../../src/modules/registry/index.js';
import { cisFacility, kisFacility } from '../../support/integration-factories.js';
import { makeOrganisation } from '../../support/registry-factories.js';
import { errorCodes, problemPaths, startTestHub, testToday, type TestHub } from '../../support/test-hub.js';

const today = testToday('2026-11-30');
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true });
});
afterAll(() => t?.close());

const mops = () => t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops);
const RECORD = `mutation($id: ID!, $input: CisStatusInput!) { recordCisStatus(facilityId: $id, input: $input) {
  cisStatus { decidedOn decisionReference extension validFrom validUntil daysToLapse valid } } }`;

async function newCentres() {
  const em = t.em();
  const [unit] = (await em.find(WelfareUnit, { code: 'F1' })) as [WelfareUnit];
  const [district] = (await em.find(District, { code: 'III' })) as [District];
  const operator = await makeOrganisation(em);
  return { cis: await cisFacility(em, { operator, unit, district }), kis: await kisFacility(em, { operator, unit, district }) };
}

describe('the status of a social integration centre', () => {
  it('is granted for 5 years and extended from the day after its term (art. 5 of the social employment act)', async () => {
    const { cis } = await newCentres();
    const decidedOn = addDays(today, -100);
    const granted = await mops().query(RECORD, { id: cis.id, input: { decidedOn, decisionReference: 'WPS-III.9421.1.2026', extension: false } });
    expect(granted.data.recordCisStatus.cisStatus).toMatchObject({ validFrom: decidedOn, validUntil: periodEnd(decidedOn, 60), extension: false, valid: true });
    const extended = await mops().query(RECORD, { id: cis.id, input: { decidedOn: today, decisionReference: 'WPS-III.9421.2.2026', extension: true } });
    const status = extended.data.recordCisStatus.cisStatus;
    expect(status).toMatchObject({
      extension: true,
      validFrom: addDays(periodEnd(decidedOn, 60), 1),
      validUntil: periodEnd(addDays(periodEnd(decidedOn, 60), 1), 60),
    });
    // Not running yet: the granted term still runs today.
    expect(status.valid).toBe(false);
  });

  it('refuses an extension without a running status, a decision in the future, and any facility but a CIS', async () => {
    const { cis, kis } = await newCentres();
    expect(errorCodes(await mops().query(RECORD, { id: cis.id, input: { decidedOn: today, decisionReference: 'WPS/1', extension: true } }))).toEqual([
      'CONFLICT',
    ]);
    expect(
      problemPaths(await mops().query(RECORD, { id: cis.id, input: { decidedOn: addDays(today, 1), decisionReference: 'WPS/1', extension: false } })),
    ).toEqual(['input.decidedOn']);
    expect(problemPaths(await mops().query(RECORD, { id: kis.id, input: { decidedOn: today, decisionReference: 'WPS/1', extension: false } }))).toEqual([
      'facilityId',
    ]);
    expect(
      errorCodes(
        await t
          .as('NGO_STAFF', DEMO_ORGANISATIONS.ngo)
          .query(RECORD, { id: cis.id, input: { decidedOn: today, decisionReference: 'WPS/1', extension: false } }),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('finds the centres whose status lapses within N days, and shows every caller the register', async () => {
    const lapsing = await t.publicCaller.query(
      '{ facilities(filter: { cisStatusLapsesWithinDays: 60 }) { nodes { name type cisStatus { validUntil daysToLapse valid } } } }',
    );
    expect(lapsing.errors).toBeUndefined();
    const nodes = lapsing.data.facilities.nodes;
    expect(nodes.length).toBeGreaterThanOrEqual(1);
    for (const n of nodes) {
      expect(n.type).toBe('SOCIAL_INTEGRATION_CENTRE');
      expect(n.cisStatus.valid).toBe(true);
      expect(n.cisStatus.daysToLapse).toBeLessThanOrEqual(60);
      expect(n.cisStatus.validUntil <= addDays(today, 60)).toBe(true);
    }
    const all = (
      await t.publicCaller.query('{ facilities(first: 500, filter: { types: [SOCIAL_INTEGRATION_CENTRE] }) { nodes { cisStatus { daysToLapse } } } }')
    ).data.facilities.nodes;
    expect(
      all.filter((n: { cisStatus: { daysToLapse: number } | null }) => n.cisStatus && n.cisStatus.daysToLapse >= 0 && n.cisStatus.daysToLapse <= 60),
    ).toHaveLength(nodes.length);
    expect(problemPaths(await t.publicCaller.query('{ facilities(filter: { cisStatusLapsesWithinDays: -1 }) { totalCount } }'))).toEqual([
      'filter.cisStatusLapsesWithinDays',
    ]);
  });
});
