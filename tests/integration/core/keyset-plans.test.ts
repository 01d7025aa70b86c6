import { Cursor } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { startTestHub, testToday, type Caller, type TestHub } from '../../support/test-hub.js';

/**
 * Every connection reads its later pages with a row comparison that its index serves as an index
 * condition: `(a, b) > (x, y)` is one range of the (a, b) index, so page 3,000 costs what
 * page 1 does. The plan is asked with sequential scans and sorts off, so that the few rows of a test
 * database do not make the planner skip the index (or sort another index's rows); what matters is that the condition can be an index
 * condition and not a filter over every row before the page.
 */
const today = testToday('2026-11-30');
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true });
});
afterAll(() => t?.close());
/** A district of the demo city with facilities in it. */
let districtId = '';
beforeAll(async () => {
  const page = await t.publicCaller.query('{ facilities(first: 1) { nodes { district { id } } } }');
  districtId = page.data.facilities.nodes[0].district.id;
});

/** The plan of the statement that read the second page of `field`, as the hub sent it. */
async function planOfSecondPage(caller: Caller, field: string, args = '', filterParams: unknown[] = []): Promise<string> {
  const pageOne = await caller.query(`{ ${field}(first: 3${args}) { pageInfo { endCursor } } }`);
  expect(pageOne.errors).toBeUndefined();
  const cursor = pageOne.data[field].pageInfo.endCursor as string;
  const { statements } = await t.countStatements(() => caller.query(`{ ${field}(first: 3, after: "${cursor}"${args}) { totalCount nodes { __typename } } }`));
  const paged = statements.find((sql) => /\) [<>] \(\?/.test(sql));
  expect(paged, `${field}: a row comparison among ${statements.join('\n')}`).toBeDefined();
  const [a, b] = Cursor.decode(cursor) as [unknown, unknown];
  const params = [...filterParams, ...Array((paged!.match(/\?/g)?.length ?? 0) - 3 - filterParams.length).fill(null), a, b, 4];
  const rows = await t.em().transactional(async (em) => {
    await em.execute('set local enable_seqscan = off');
    await em.execute('set local enable_bitmapscan = off');
    await em.execute('set local enable_sort = off');
    return em.execute<Record<string, string>[]>(`explain ${paged}`, params);
  });
  return rows.map((r) => Object.values(r)[0]).join('\n');
}

describe('keyset pages read by an index condition', () => {
  it.each([
    ['facilities', 'PUBLIC', /Index Cond: \(ROW\(\(?search_name\)?(::text)?, id\) > ROW\(/],
    ['organisations', 'PUBLIC', /Index Cond: \(ROW\(\(?search_name\)?(::text)?, id\) > ROW\(/],
    ['placements', 'MOPS_WORKER', /Index Cond: \(ROW\(start_date, id\) < ROW\(/],
    ['auditLog', 'ADMIN', /Index Cond: \(ROW\(occurred_at, id\) < ROW\(/],
  ] as const)('%s', async (field, role, condition) => {
    // Reads of PESELs leave audit lines, so the audit log has pages to turn.
    await t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops).query('{ participants(first: 10) { nodes { person { pesel } } } }');
    const caller = role === 'PUBLIC' ? t.publicCaller : t.as(role, role === 'MOPS_WORKER' ? DEMO_ORGANISATIONS.mops : null);
    const plan = await planOfSecondPage(caller, field);
    expect(plan).toMatch(condition);
    expect(plan).not.toMatch(/Filter: .*OR/);
  });
});

describe('a filtered page of facilities read by an index condition', () => {
  const inPageOrder = /AND \(ROW\(\(?search_name\)?(::text)?, id\) > ROW\(/;

  it('by type', async () => {
    const plan = await planOfSecondPage(t.publicCaller, 'facilities', ', filter: { types: [NIGHT_SHELTER] }', ['NIGHT_SHELTER']);
    expect(plan).toMatch(/Index Cond: \(\(type = 'NIGHT_SHELTER'/);
    expect(plan).toMatch(inPageOrder);
    expect(plan).not.toMatch(/Sort/);
  });

  it('by district', async () => {
    const plan = await planOfSecondPage(t.publicCaller, 'facilities', `, filter: { districtIds: ["${districtId}"] }`, [districtId]);
    expect(plan).toMatch(/Index Cond: \(\(district_id = '[0-9a-f-]+'::uuid\)/);
    expect(plan).toMatch(inPageOrder);
    expect(plan).not.toMatch(/Sort/);
  });
});
