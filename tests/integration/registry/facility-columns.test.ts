import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACILITY_PLAIN_COLUMN_NAMES } from '../../../src/modules/registry/facility-columns.js';
import { startTestHub, testToday, type TestHub } from '../../support/test-hub.js';

const today = testToday('2026-11-30');
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true });
});
afterAll(() => t?.close());

const admin = () => t.as('ADMIN');

let serial = 0;
/** A new night shelter's input, run by the operator of one of the demo city's, in its district. */
async function makeFacilityInput(hub: TestHub, overrides: Record<string, unknown>) {
  const shelter = (
    await hub.as('ADMIN').query('{ facilities(first: 1, filter: { types: [NIGHT_SHELTER] }) { nodes { operator { id } unit { id } district { id } } } }')
  ).data.facilities.nodes[0];
  return {
    name: `Noclegownia Próbna ${++serial}`,
    type: 'NIGHT_SHELTER',
    operatorId: shelter.operator.id,
    unitId: shelter.unit.id,
    districtId: shelter.district.id,
    address: { street: 'ul. Długa 5', postalCode: '31-147', city: 'Kraków' },
    management: 'COMMISSIONED',
    agreement: { number: `WSS-${serial}/2026`, validFrom: '2026-01-01', validTo: '2028-12-31' },
    declaredCapacity: 20,
    ...overrides,
  };
}

describe('a plain column of a facility, declared once (facility-columns.ts)', () => {
  it('is written by createFacility and updateFacility and read by a page, by id and by graphql-js alike', async () => {
    const input = await makeFacilityInput(t, { stepFreeAccess: true });
    const created = await admin().query('mutation($input: CreateFacilityInput!) { createFacility(input: $input) { id stepFreeAccess } }', { input });
    expect(created.errors).toBeUndefined();
    const { id } = created.data.createFacility;
    expect(created.data.createFacility.stepFreeAccess).toBe(true);

    const read = async () => {
      const byId = await admin().query('query($id: ID!) { facility(id: $id) { stepFreeAccess } }', { id });
      const page = await admin().query('query($s: String) { facilities(first: 5, filter: { search: $s }) { nodes { id stepFreeAccess } } }', { s: input.name });
      const unplanned = await admin().query('query($id: ID!) { facility(id: $id) { stepFreeAccess } today }', { id });
      const fromPage = page.data.facilities.nodes.find((n: { id: string }) => n.id === id).stepFreeAccess;
      expect([byId.data.facility.stepFreeAccess, unplanned.data.facility.stepFreeAccess]).toEqual([fromPage, fromPage]);
      return fromPage;
    };
    expect(await read()).toBe(true);

    const update = (changes: Record<string, unknown>) =>
      admin().query('mutation($id: ID!, $input: UpdateFacilityInput!) { updateFacility(id: $id, input: $input) { stepFreeAccess } }', { id, input: changes });
    // Left out, it stays; false and null are values of their own.
    expect((await update({ name: `${input.name} (zmiana)` })).data.updateFacility.stepFreeAccess).toBe(true);
    expect((await update({ stepFreeAccess: false })).data.updateFacility.stepFreeAccess).toBe(false);
    expect(await read()).toBe(false);
    expect((await update({ stepFreeAccess: null })).data.updateFacility.stepFreeAccess).toBeNull();
    expect(await read()).toBeNull();
  });

  it('keeps a column that is never null when an update sends null, and clears a nullable one', async () => {
    const input = await makeFacilityInput(t, { targetPopulation: 'WOMEN', openedOn: '2020-01-01' });
    const { id } = (await admin().query('mutation($input: CreateFacilityInput!) { createFacility(input: $input) { id } }', { input })).data.createFacility;
    const updated = await admin().query(
      'mutation($id: ID!, $input: UpdateFacilityInput!) { updateFacility(id: $id, input: $input) { targetPopulation status openedOn } }',
      { id, input: { targetPopulation: null, status: null, openedOn: null } },
    );
    expect(updated.data.updateFacility).toEqual({ targetPopulation: 'WOMEN', status: 'ACTIVE', openedOn: null });
  });

  it('is in the type, both inputs and the plan, every one of them', async () => {
    const sdl = await admin().query('{ __type(name: "Facility") { fields { name } } }');
    const fields = sdl.data.__type.fields.map((f: { name: string }) => f.name);
    for (const input of ['CreateFacilityInput', 'UpdateFacilityInput']) {
      const type = await admin().query(`{ __type(name: "${input}") { inputFields { name } } }`);
      expect(type.data.__type.inputFields.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(FACILITY_PLAIN_COLUMN_NAMES));
    }
    expect(fields).toEqual(expect.arrayContaining(FACILITY_PLAIN_COLUMN_NAMES));
  });
});
