import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { plainSelectOf, readPlainRows } from '../../../src/core/db/plain-select.js';
import type { EntityName } from '@mikro-orm/core';
import { Facility as FacilityEntity } from '../../../src/modules/registry/registry.entities.js';
import { startTestHub, testToday, type TestHub } from '../../support/test-hub.js';

const Facility = FacilityEntity as unknown as EntityName<object>;
const today = testToday('2026-11-30');
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true });
});
afterAll(() => t?.close());

describe('readPlainRows', () => {
  it('maps each row to property names, then to its view', async () => {
    const em = t.em();
    const sql = `${plainSelectOf(em, Facility, ['id', 'searchName', 'operator', 'address'])} order by e.search_name, e.id limit ?`;
    const views = await readPlainRows(em, Facility, sql, [3], (row) => ({
      id: row.id,
      searchName: row.searchName,
      operatorId: row.operator,
      city: row.address_city,
    }));
    const expected = await em.find(FacilityEntity, {}, { orderBy: { searchName: 'asc', id: 'asc' }, limit: 3 });
    expect(views).toEqual(expected.map((f) => ({ id: f.id, searchName: f.searchName, operatorId: f.operator.id, city: f.address.city })));
  });

  it('empties the driver’s array of rows once they are mapped, so that they die young', async () => {
    const em = t.em();
    const client = em.getConnection().getClient();
    const execute = vi.spyOn(client, 'executeQuery');
    const views = await readPlainRows(em, Facility, `${plainSelectOf(em, Facility, ['id', 'searchName'])} limit ?`, [5], (row) => row.id);
    const driverRows = ((await execute.mock.results[0]!.value) as { rows: unknown[] }).rows;
    expect(views).toHaveLength(5);
    expect(driverRows).toHaveLength(0);
  });
});
