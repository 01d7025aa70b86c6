import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, testToday, type TestHub } from '../../support/test-hub.js';

const today = testToday('2026-11-24');

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true });
});
afterAll(() => t?.close());

describe('the demo city\u2019s foster care', () => {
  it('follows the Kraków figures of the seed documents', async () => {
    const response = await t.as('ANALYST').query(`{ fosterCareCapacity(groupBy: [KIND]) { kind carers capacity occupied overduePlacements suppressed } }`);
    const byKind = Object.fromEntries(response.data.fosterCareCapacity.map((r: { kind: string }) => [r.kind, r]));
    expect(byKind.KINSHIP_FAMILY).toMatchObject({ carers: 316, occupied: 392 });
    expect(byKind.NON_PROFESSIONAL_FAMILY).toMatchObject({ carers: 115, occupied: 137 });
    expect(byKind.EMERGENCY_FAMILY).toMatchObject({ carers: 28, capacity: 48 });
    // A few stays are overdue: fewer than 5, so the count is withheld rather than shown.
    expect(byKind.EMERGENCY_FAMILY).toMatchObject({ overduePlacements: null, suppressed: true });
    expect(byKind.PROFESSIONAL_SPECIALIST_FAMILY).toMatchObject({ carers: 9, occupied: 12 });
    expect(byKind.FAMILY_CHILDRENS_HOME).toMatchObject({ carers: 2, occupied: 12 });
    const institutions = ['SOCIALISATION_FACILITY', 'INTERVENTION_FACILITY', 'SPECIALIST_THERAPEUTIC_FACILITY', 'FAMILY_TYPE_FACILITY'];
    expect(institutions.reduce((sum, k) => sum + byKind[k].carers, 0)).toBe(41);
    expect(institutions.reduce((sum, k) => sum + byKind[k].capacity, 0)).toBe(455);
  });

  it('offers no vacancies in kinship families, which have no limit and take only their relatives, nor counts them in the city\u2019s free places', async () => {
    const response = await t
      .as('ANALYST')
      .query(`{ byKind: fosterCareCapacity(groupBy: [KIND]) { kind free limited suppressed } all: fosterCareCapacity(groupBy: []) { free limited } }`);
    const byKind = Object.fromEntries(response.data.byKind.map((r: { kind: string }) => [r.kind, r]));
    expect(byKind.KINSHIP_FAMILY).toMatchObject({ free: null, limited: false, suppressed: false });
    expect(byKind.NON_PROFESSIONAL_FAMILY.limited).toBe(true);
    const shown = response.data.byKind.filter((r: { kind: string; suppressed: boolean }) => r.kind !== 'KINSHIP_FAMILY' && !r.suppressed);
    const all = response.data.all[0];
    expect(all.limited).toBe(true);
    if (shown.length === response.data.byKind.length - 1) expect(all.free).toBe(shown.reduce((s: number, r: { free: number }) => s + r.free, 0));
    else expect(all.free).toBeGreaterThanOrEqual(shown.reduce((s: number, r: { free: number }) => s + r.free, 0));
  });
});
