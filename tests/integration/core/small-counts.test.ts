import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { personInput } from '../../support/integration-factories.js';
import { addDays, monthOf } from '../../../src/core/calendar.js';
import { startTestHub, testToday, type TestHub } from '../../support/test-hub.js';

/**
 * The subtraction attack (a small count recovered as a total minus published parts), tried on every aggregate of the demo city as an analyst
 * would: ask every grouping, then use each total = sum of its parts to compute any figure that is
 * withheld alone. No figure so computed, and none shown, may be a count from 1 to 4.
 */
const today = testToday('2026-11-30');
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true });
});
afterAll(() => t?.close());

type Row = Record<string, unknown>;

/** Every subset of the dimensions. */
function groupings<D extends string>(dims: readonly D[]): D[][] {
  return dims.reduce<D[][]>((sets, d) => [...sets, ...sets.map((s) => [...s, d])], [[]]);
}

/**
 * What an attacker computes from a set of published tables: for every grouping G and every additive
 * dimension d in it, each cell of G without d is the sum of the cells of G that agree with it. Where
 * exactly one figure of such an equation is withheld, it is computed. Returns the computed figures.
 */
function subtract(tables: Map<string, Row[]>, additive: readonly string[], field: string, key: (row: Row, dims: string[]) => string): number[] {
  const computed: number[] = [];
  for (const [name, rows] of tables) {
    const dims = name ? name.split(',') : [];
    for (const d of dims.filter((x) => additive.includes(x))) {
      const parentDims = dims.filter((x) => x !== d);
      const parents = tables.get(parentDims.join(','))!;
      for (const parent of parents) {
        const children = rows.filter((r) => key(r, parentDims) === key(parent, parentDims));
        const figures = [parent, ...children].map((r) => r[field] as number | null);
        const unknown = figures.filter((f) => f === null).length;
        if (unknown !== 1) continue;
        const known = children.reduce((sum, c) => sum + ((c[field] as number | null) ?? 0), 0);
        computed.push(parent[field] === null ? known : (parent[field] as number) - known);
      }
    }
  }
  return computed;
}

const small = (n: number) => n > 0 && n < 5;

describe('no small count by subtraction', () => {
  it('in participation statistics, over every grouping of programme, category, month and outcome', async () => {
    const dims = ['PROGRAMME', 'ELIGIBILITY_CATEGORY', 'MONTH', 'OUTCOME'] as const;
    const fields: Record<string, string> = { PROGRAMME: 'programme', ELIGIBILITY_CATEGORY: 'eligibilityCategory', MONTH: 'month', OUTCOME: 'outcome' };
    const tables = new Map<string, Row[]>();
    for (const g of groupings(dims)) {
      const response = await t
        .as('ANALYST')
        .query(
          `{ participationStatistics(groupBy: [${g.join(', ')}], filter: { fromMonth: "${monthOf(addDays(today, -150))}", toMonth: "${monthOf(today)}" }) { programme eligibilityCategory month outcome participants suppressed } }`,
        );
      expect(response.errors).toBeUndefined();
      tables.set(g.join(','), response.data.participationStatistics);
    }
    const all = [...tables.values()].flat();
    expect(all.some((r) => r.suppressed)).toBe(true); // the demo city has small groups: the test is not vacuous
    expect(all.filter((r) => r.suppressed).every((r) => r.participants === null)).toBe(true);
    expect(all.map((r) => r.participants as number | null).filter((n) => n !== null && small(n))).toEqual([]);
    // A participation is counted in each month it is active: months do not add up, the rest does.
    const key = (row: Row, ds: string[]) => ds.map((d) => String(row[fields[d]!])).join('|');
    expect(subtract(tables, ['PROGRAMME', 'ELIGIBILITY_CATEGORY', 'OUTCOME'], 'participants', key).filter(small)).toEqual([]);
  });

  it('in foster-care capacity, over kind and district, for children placed, overdue and under 10 in institutions', async () => {
    const tables = new Map<string, Row[]>();
    for (const g of groupings(['KIND', 'DISTRICT'] as const)) {
      const response = await t
        .as('ANALYST')
        .query(
          `{ fosterCareCapacity(groupBy: [${g.join(', ')}]) { kind district { id } occupied free overduePlacements childrenUnderAgeLimitInInstitutions suppressed } }`,
        );
      expect(response.errors).toBeUndefined();
      tables.set(g.join(','), response.data.fosterCareCapacity);
    }
    const key = (row: Row, ds: string[]) => ds.map((d) => (d === 'KIND' ? String(row.kind) : String((row.district as { id: string } | null)?.id))).join('|');
    const all = [...tables.values()].flat();
    expect(all.some((r) => r.suppressed)).toBe(true);
    for (const field of ['occupied', 'overduePlacements', 'childrenUnderAgeLimitInInstitutions']) {
      expect(all.map((r) => r[field] as number | null).filter((n) => n !== null && small(n))).toEqual([]);
      expect(subtract(tables, ['KIND', 'DISTRICT'], field, key).filter(small)).toEqual([]);
    }
    // Free places go with the children placed: places minus free places would give them back.
    expect(all.filter((r) => r.occupied === null).every((r) => r.free === null)).toBe(true);
  });

  it('in referral statistics, over every grouping of receiver type, district, refusal reason and month, and within each row', async () => {
    const dims = ['RECEIVER_TYPE', 'DISTRICT', 'REASON', 'MONTH'] as const;
    const fields: Record<string, string> = { RECEIVER_TYPE: 'receiverType', DISTRICT: 'districtId', REASON: 'reason', MONTH: 'month' };
    const measures = ['sent', 'accepted', 'rejected', 'waiting', 'expired', 'withdrawn'];
    const tables = new Map<string, Row[]>();
    for (const g of groupings(dims)) {
      const response = await t
        .as('ANALYST')
        .query(`{ referralStatistics(groupBy: [${g.join(', ')}]) { receiverType districtId reason month ${measures.join(' ')} suppressed } }`);
      expect(response.errors).toBeUndefined();
      tables.set(g.join(','), response.data.referralStatistics);
    }
    const all = [...tables.values()].flat();
    expect(all.some((r) => r.suppressed)).toBe(true);
    const key = (row: Row, ds: string[]) => ds.map((d) => String(row[fields[d]!])).join('|');
    for (const m of measures) {
      expect(all.map((r) => r[m] as number | null).filter((n) => n !== null && small(n))).toEqual([]);
      expect(subtract(tables, [...dims], m, key).filter(small)).toEqual([]);
    }
    // Within a row: sent is the sum of the five statuses.
    for (const row of all) {
      const figures = measures.map((m) => row[m] as number | null);
      if (figures.filter((n) => n === null).length !== 1) continue;
      const sent = figures[0]!;
      const parts = figures.slice(1);
      const computed = sent === null ? parts.reduce<number>((a, b) => a + (b ?? 0), 0) : sent - parts.reduce<number>((a, b) => a + (b ?? 0), 0);
      expect(small(computed)).toBe(false);
    }
  });

  it('in labour-market counts, whose "of them" figures leave a remainder anyone can compute', async () => {
    // A labour office reports 12 registered persons, 9 of them entitled to the benefit: the 3 not
    // entitled would follow by subtraction.
    const entries = Array.from({ length: 12 }, (_, i) => ({ pesel: personInput().pesel, registeredSince: '2026-01-05', benefitEntitled: i < 9 }));
    const reported = await t
      .as('LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice)
      .query('mutation($e: [UnemploymentStatusInput!]!) { reportUnemploymentStatus(entries: $e) { received } }', { e: entries });
    expect(reported.errors).toBeUndefined();
    const counts = (await t.as('ANALYST').query('{ labourMarketCounts { registeredUnemployed entitledToBenefit registeredAndTakingPart suppressed } }')).data
      .labourMarketCounts;
    expect(counts.suppressed).toBe(true);
    const { registeredUnemployed: r, entitledToBenefit: e, registeredAndTakingPart: p } = counts;
    for (const n of [r, e, p]) expect(n === null || !small(n)).toBe(true);
    if (r !== null && e !== null) expect(small(r - e)).toBe(false);
    if (r !== null && p !== null) expect(small(r - p)).toBe(false);
  });
});
