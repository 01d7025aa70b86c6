import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { addDays } from '../../../src/core/calendar.js';
import { errorCodes, startTestHub, testToday, type TestHub } from '../../support/test-hub.js';

const today = testToday('2026-11-30');
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true });
});
afterAll(() => t?.close());

const FLOWS = `query($from: Date, $to: Date) { flowReport(from: $from, to: $to) {
  personsReached { count } personsByService { key count } childrenCaredFor { key count suppressed } placementsStarted { key count } placementsEnded { key count suppressed }
  participationsByFacility { facilityId participations persons } } }`;
const byKey = (list: { key: string; count: number | null }[]) => Object.fromEntries(list.map((c) => [c.key, c.count]));

describe('flows over a period', () => {
  it('reproduces Kraków 2017: 94 children passed through the emergency families in the year', async () => {
    const report = (await t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops).query(FLOWS, { from: addDays(today, -364), to: today })).data.flowReport;
    expect(byKey(report.childrenCaredFor).EMERGENCY_FAMILY).toBe(94);
    // 54 of them left during the year, each ending counted by its reason.
    expect(report.placementsEnded.reduce((s: number, c: { count: number | null }) => s + (c.count ?? 0), 0)).toBeGreaterThanOrEqual(54);
    // The 28 families with their 48 places are the stock of the same year.
    const capacity = (await t.as('ANALYST').query('{ fosterCareCapacity(groupBy: [KIND]) { kind carers capacity } }')).data.fosterCareCapacity;
    expect(capacity.find((r: { kind: string }) => r.kind === 'EMERGENCY_FAMILY')).toMatchObject({ carers: 28, capacity: 48 });
  });

  it('counts a person once across services: the whole is at most the sum of the overlapping groups and at least the largest', async () => {
    const report = (await t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops).query(FLOWS, { from: addDays(today, -364), to: today })).data.flowReport;
    const groups = report.personsByService.map((c: { count: number }) => c.count);
    expect(report.personsReached.count).toBeLessThanOrEqual(groups.reduce((a: number, b: number) => a + b, 0));
    expect(report.personsReached.count).toBeGreaterThanOrEqual(Math.max(...groups));
    expect(Object.keys(byKey(report.personsByService)).sort()).toEqual(['CIS', 'FOSTER_CARE', 'KIS']);
  });

  it('is, for every day of a period, at least the stock of that day, kind by kind', async () => {
    const from = addDays(today, -29);
    const flows = byKey((await t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops).query(FLOWS, { from, to: today })).data.flowReport.childrenCaredFor);
    for (let day = from; day <= today; day = addDays(day, 1)) {
      const stock = (await t.as('ANALYST').query('query($d: Date) { fosterCareCapacity(groupBy: [KIND], asOf: $d) { kind occupied } }', { d: day })).data
        .fosterCareCapacity;
      for (const { kind, occupied } of stock) {
        if (occupied === null || occupied === 0) continue;
        expect(flows[kind], `${kind} on ${day}`).toBeGreaterThanOrEqual(occupied);
      }
    }
  });

  it('answers in one statement, and only to ANALYST, MOPS_WORKER and ADMIN', async () => {
    const { count } = await t.countStatements(() => t.as('ADMIN').query(FLOWS, { from: addDays(today, -90), to: today }));
    expect(count).toBeLessThanOrEqual(2); // the report, and the data revision the response cache reads
    for (const caller of [t.publicCaller, t.as('NGO_STAFF', DEMO_ORGANISATIONS.ngo), t.as('LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice)]) {
      expect(errorCodes(await caller.query(FLOWS, {}))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops).query(FLOWS, { from: today, to: addDays(today, -1) }))).toEqual(['BAD_USER_INPUT']);
  });

  it('gives an analyst, who sees aggregates only, whole calendar years: no two answers differ by a day', async () => {
    const year = today.slice(0, 4);
    const byDefault = (await t.as('ANALYST').query('{ flowReport { from to } }')).data.flowReport;
    expect(byDefault).toEqual({ from: `${year}-01-01`, to: `${year}-12-31` });
    const lastYear = String(Number(year) - 1);
    expect((await t.as('ANALYST').query(FLOWS, { from: `${lastYear}-01-01`, to: `${lastYear}-12-31` })).errors).toBeUndefined();
    for (const period of [
      { from: addDays(today, -30), to: today },
      { from: `${year}-01-01`, to: addDays(`${year}-12-31`, -1) },
      { from: `${year}-01-02`, to: null },
      { from: `${lastYear}-01-01`, to: `${year}-12-31` },
    ]) {
      const answer = await t.as('ANALYST').query(FLOWS, period);
      expect(errorCodes(answer), JSON.stringify(period)).toEqual(['BAD_USER_INPUT']);
      expect((answer.errors as { extensions: { details: { message: string }[] } }[])[0]!.extensions.details[0]!.message).toContain('whole calendar year');
    }
  });
});

describe('the demo city\u2019s social employment in the year', () => {
  it('reproduces Kraków 2017: 904, 115 and 60 in the three KIS, 163 and 33 in the two CIS', async () => {
    const report = (await t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops).query(FLOWS, { from: addDays(today, -364), to: today })).data.flowReport;
    const names = Object.fromEntries(
      (
        await t.publicCaller.query('{ facilities(first: 20, filter: { types: [SOCIAL_INTEGRATION_CLUB, SOCIAL_INTEGRATION_CENTRE] }) { nodes { id name } } }')
      ).data.facilities.nodes.map((f: { id: string; name: string }) => [f.id, f.name]),
    );
    const byName = Object.fromEntries(
      report.participationsByFacility.map((f: { facilityId: string; participations: number }) => [names[f.facilityId], f.participations]),
    );
    expect(byName).toEqual({
      'Klub Integracji Społecznej MOPS': 904,
      'KIS Leonardo': 115,
      'Klub Integracji Społecznej dla Osób z Niepełnosprawnościami': 60,
      'Centrum Integracji Społecznej': 163,
      'Centrum Integracji Społecznej dla Osób Bezdomnych': 33,
    });
  });
});
