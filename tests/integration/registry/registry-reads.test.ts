import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { stableId } from '../../../seeds/random.js';
import type { Role } from '../../../src/core/auth/principal.js';
import { Facility, District, OccupancyReport, WelfareUnit } from '../../../src/modules/registry/registry.entities.js';
import { makeFacility, makeOrganisation } from '../../support/registry-factories.js';
import { DEMO_ORGANISATION_OF, errorCodes, startTestHub, testToday, type GraphQLResponse, type TestHub } from '../../support/test-hub.js';
import { addDays } from '../../../src/core/calendar.js';

const today = testToday('2026-11-24');

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true });
});
afterAll(() => t?.close());

const caller = (role: Role) => t.as(role, DEMO_ORGANISATION_OF[role]);
/** A second NGO of the demo city. */
const ANOTHER_NGO = stableId('org:ngo:1');

const ONE_FACILITY = `{ facilities(first: 1, filter: { types: [NIGHT_SHELTER] }) { nodes { name declaredCapacity address { city } operator { name } occupancy { occupiedPlaces freePlaces } occupancyHistory { date } } } }`;

describe('who sees occupancy (API.md roles)', () => {
  it.each([
    ['PUBLIC', false],
    ['LABOUR_OFFICE', false],
    ['ANALYST', true],
    ['NGO_STAFF', true],
    ['MOPS_WORKER', true],
    ['ADMIN', true],
  ] as [Role, boolean][])('%s sees public fields; occupancy visible: %s', async (role, sees) => {
    const response = await caller(role).query(ONE_FACILITY);
    const node = response.data.facilities.nodes[0];
    expect(node.name).toMatch(/Noclegownia/);
    expect(node.declaredCapacity).toBeGreaterThan(0);
    expect(node.operator.name).toBeTruthy();
    if (sees) {
      expect(response.errors).toBeUndefined();
      expect(node.occupancy.occupiedPlaces).toBeGreaterThanOrEqual(0);
      // The demo city's year of weekly reports (51) and its last two weeks of daily ones (14).
      expect(node.occupancyHistory.length).toBe(65);
    } else {
      expect(node.occupancy).toBeNull();
      expect(node.occupancyHistory).toBeNull();
      expect(errorCodes(response)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    }
  });

  it('refuses the free-places filter to PUBLIC, which would reveal occupancy', async () => {
    const response = await caller('PUBLIC').query('{ facilities(filter: { hasFreePlaces: true }) { totalCount } }');
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  it('shows PUBLIC the capacity of the city but not its occupancy', async () => {
    const response = await caller('PUBLIC').query('{ capacityOverview(groupBy: []) { facilities declaredCapacity occupiedPlaces } }');
    expect(response.data.capacityOverview[0].facilities).toBe(186);
    expect(response.data.capacityOverview[0].occupiedPlaces).toBeNull();
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });
});

describe('the demo city', () => {
  it('has Kraków’s 43 public and 143 non-public facilities', async () => {
    const response = await caller('ANALYST').query('{ capacityOverview(groupBy: [OPERATOR_KIND]) { operatorKind facilities } }');
    const byKind = Object.fromEntries(response.data.capacityOverview.map((r: { operatorKind: string; facilities: number }) => [r.operatorKind, r.facilities]));
    expect((byKind.WELFARE_CENTRE ?? 0) + (byKind.PUBLIC_UNIT ?? 0)).toBe(43);
    expect(Object.values(byKind as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(186);
  });

  it('has 41 care-and-education facilities with 455 places, none above its legal limit', async () => {
    const response = await caller('ANALYST').query(
      '{ facilities(first: 100, filter: { types: [CARE_EDUCATION_FACILITY] }) { totalCount nodes { declaredCapacity legalCapacityLimit { maxPlaces } } } }',
    );
    const nodes = response.data.facilities.nodes as { declaredCapacity: number; legalCapacityLimit: { maxPlaces: number } }[];
    expect(response.data.facilities.totalCount).toBe(41);
    expect(nodes.reduce((a, n) => a + n.declaredCapacity, 0)).toBe(455);
    for (const n of nodes) expect(n.declaredCapacity).toBeLessThanOrEqual(n.legalCapacityLimit.maxPlaces);
  });

  it('has 9 branches covering the 18 districts', async () => {
    const response = await caller('PUBLIC').query('{ welfareUnits { code kind districts { code } } }');
    const branches = response.data.welfareUnits.filter((u: { kind: string }) => u.kind === 'BRANCH');
    expect(branches).toHaveLength(9);
    expect(branches.flatMap((b: { districts: unknown[] }) => b.districts)).toHaveLength(18);
    expect(branches.find((b: { code: string }) => b.code === 'F1').districts.map((d: { code: string }) => d.code)).toEqual(['III', 'XIV', 'XV']);
  });
});

describe('facilities pagination', () => {
  const PAGE = `query($after: String) { facilities(first: 17, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;

  it('walks every facility exactly once, in a stable order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let guard = 0; guard < 50; guard++) {
      type Page = { facilities: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
      const response: GraphQLResponse<Page> = await caller('PUBLIC').query<Page>(PAGE, { after });
      const page = response.data!.facilities;
      total = page.totalCount;
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const again = await caller('PUBLIC').query(PAGE, { after: null });
    expect(again.data.facilities.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(seen.slice(0, 17));
  });

  it('reads every field of a facility the same way with and without a filter, and by id', async () => {
    // The unfiltered registry is read by a statement written once; a filter goes through the query builder.
    const EVERY_FIELD = `id name type subtype management declaredCapacity status openedOn closedOn version typeLegalName
      address { street postalCode city teryt } contact { email phone website } agreement { number validFrom validTo }
      registerEntry { register number entryDate } operator { id name kind nip regon krs address { city } } unit { name } district { name }
      occupancy { occupiedPlaces freePlaces date } legalCapacityLimit { maxPlaces }`;
    const ALL_STATUSES = '[ACTIVE, SUSPENDED, CLOSED]';
    const read = async (filter: string, after: string | null) =>
      (
        await caller('MOPS_WORKER').query(
          `query($after: String) { facilities(first: 60, after: $after${filter}) { nodes { ${EVERY_FIELD} } pageInfo { endCursor } } }`,
          { after },
        )
      ).data.facilities;
    const unfiltered = await read('', null);
    const filtered = await read(`, filter: { statuses: ${ALL_STATUSES} }`, null);
    expect(unfiltered.nodes).toHaveLength(60);
    expect(unfiltered).toEqual(filtered);
    expect(unfiltered.nodes.some((f: { agreement: unknown }) => f.agreement)).toBe(true);
    expect(unfiltered.nodes.some((f: { occupancy: unknown }) => f.occupancy)).toBe(true);
    const after = unfiltered.pageInfo.endCursor;
    expect(await read('', after)).toEqual(await read(`, filter: { statuses: ${ALL_STATUSES} }`, after));
    // One by id, read by the loader's own statement, is the same facility again.
    for (const node of unfiltered.nodes.slice(0, 60).filter((_: unknown, i: number) => i % 7 === 0)) {
      const one = await caller('MOPS_WORKER').query(`query($id: ID!) { facility(id: $id) { ${EVERY_FIELD} } }`, { id: node.id });
      expect(one.data.facility).toEqual(node);
    }
  });

  it.each([0, 501, -1])('refuses first: %i', async (first) => {
    const response = await caller('PUBLIC').query(`{ facilities(first: ${first}) { totalCount } }`);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.details?.[0]?.path).toBe('first');
  });

  it('refuses a cursor it did not issue', async () => {
    const response = await caller('PUBLIC').query(`{ facilities(after: "garbage") { totalCount } }`);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('facility filters', () => {
  const count = async (filter: string, role: Role = 'ADMIN') => {
    const response = await caller(role).query(
      `{ facilities(first: 500, filter: ${filter}) { totalCount nodes { id type status district { id } unit { id } operator { id kind } occupancy { freePlaces } } } }`,
    );
    expect(response.errors).toBeUndefined();
    return response.data.facilities as { totalCount: number; nodes: any[] };
  };

  it('filters by type', async () => {
    const r = await count('{ types: [NIGHT_SHELTER, WARMING_CENTRE] }');
    expect(r.totalCount).toBe(5);
    expect(new Set(r.nodes.map((n) => n.type))).toEqual(new Set(['NIGHT_SHELTER', 'WARMING_CENTRE']));
  });

  it('filters by subtype', async () => {
    expect((await count('{ subtypes: [INTERVENTION] }')).totalCount).toBe(3);
  });

  it('filters by district, unit and operator', async () => {
    const [district] = await t.em().find(District, { code: 'I' });
    const r = await count(`{ districtIds: ["${district!.id}"] }`);
    expect(r.totalCount).toBeGreaterThan(0);
    expect(r.nodes.every((n) => n.district.id === district!.id)).toBe(true);

    const [unit] = await t.em().find(WelfareUnit, { code: 'F3' });
    const byUnit = await count(`{ unitIds: ["${unit!.id}"] }`);
    expect(byUnit.totalCount).toBeGreaterThan(0);
    expect(byUnit.nodes.every((n) => n.unit.id === unit!.id)).toBe(true);

    const byOperator = await count(`{ operatorIds: ["${DEMO_ORGANISATIONS.ngo}"] }`);
    expect(byOperator.nodes.map((n) => n.type)).toEqual(expect.arrayContaining(['SOCIAL_INTEGRATION_CENTRE', 'NIGHT_SHELTER']));
  });

  it('filters by operator kind', async () => {
    const r = await count('{ operatorKinds: [CHURCH_BODY] }');
    expect(r.totalCount).toBeGreaterThan(0);
    expect(r.nodes.every((n) => n.operator.kind === 'CHURCH_BODY')).toBe(true);
  });

  it('filters by status', async () => {
    const em = t.em();
    const [any] = await em.find(Facility, {}, { limit: 1, orderBy: { name: 'desc' } });
    any!.status = 'SUSPENDED';
    await em.flush();
    const r = await count('{ statuses: [SUSPENDED] }');
    expect(r.nodes.map((n) => n.id)).toEqual([any!.id]);
  });

  it('filters by free places, both ways, for roles that may see occupancy', async () => {
    const free = await count('{ hasFreePlaces: true }', 'ANALYST');
    const full = await count('{ hasFreePlaces: false }', 'ANALYST');
    expect(free.nodes.every((n) => n.occupancy.freePlaces > 0)).toBe(true);
    expect(full.nodes.every((n) => n.occupancy.freePlaces === 0)).toBe(true);
    // Every facility with places has a report in the demo city; counselling has no places.
    expect(free.totalCount + full.totalCount).toBe(184);
  });

  it('finds "Śrem" from "srem", ignoring case and diacritics', async () => {
    const em = t.em();
    const operator = await makeOrganisation(em, { name: 'Stowarzyszenie Śremskie' });
    const [unit] = await em.find(WelfareUnit, { code: 'F1' });
    const [district] = await em.find(District, { code: 'III' });
    await makeFacility(em, { name: 'Klub Samopomocy „Nadzieja”', type: 'SELF_HELP_CLUB', city: 'Śrem', operator, unit: unit!, district: district! });
    const r = await caller('PUBLIC').query('{ facilities(filter: { search: "SREM" }) { nodes { name address { city } } } }');
    expect(r.data.facilities.nodes).toEqual([{ name: 'Klub Samopomocy „Nadzieja”', address: { city: 'Śrem' } }]);
    const org = await caller('PUBLIC').query('{ organisations(filter: { search: "sremskie" }) { nodes { name } } }');
    expect(org.data.organisations.nodes).toEqual([{ name: 'Stowarzyszenie Śremskie' }]);
  });

  it('treats LIKE wildcards in the search text literally', async () => {
    expect((await count('{ search: "%" }')).totalCount).toBe(0);
  });

  it('combines conditions with and, an either-or among them kept whole', async () => {
    const em = t.em();
    const tomorrow = addDays(today, 1);
    // A business closing tomorrow is active today; it is not a foundation, so a filter for active
    // foundations must leave it out, and so must a count of them.
    const business = await makeOrganisation(em, { name: 'Zakład Zamykany Jutro', kind: 'BUSINESS' });
    const closedFoundation = await makeOrganisation(em, { name: 'Fundacja Zamknięta Wczoraj' });
    business.closedOn = tomorrow;
    closedFoundation.closedOn = addDays(today, -1);
    await em.flush();
    const r = await caller('ADMIN').query(
      'query($d: Date!) { organisations(first: 500, filter: { kinds: [FOUNDATION], activeOn: $d }) { totalCount nodes { id kind closedOn } } }',
      {
        d: today,
      },
    );
    expect(r.errors).toBeUndefined();
    const ids = r.data.organisations.nodes.map((n: { id: string }) => n.id);
    expect(ids).not.toContain(business.id);
    expect(ids).not.toContain(closedFoundation.id);
    expect(r.data.organisations.nodes.every((n: { kind: string }) => n.kind === 'FOUNDATION')).toBe(true);
    expect(r.data.organisations.totalCount).toBe(ids.length);
    const all = await caller('ADMIN').query('query($d: Date!) { organisations(first: 500, filter: { activeOn: $d }) { nodes { id } } }', { d: today });
    expect(all.data.organisations.nodes.map((n: { id: string }) => n.id)).toContain(business.id);
  });

  it('pages a filtered list by the same keyset as the whole list, its total alongside', async () => {
    const first = await caller('ANALYST').query(
      '{ facilities(first: 2, filter: { types: [NIGHT_SHELTER, WARMING_CENTRE] }) { totalCount nodes { name } pageInfo { endCursor hasNextPage } } }',
    );
    const rest = await caller('ANALYST').query(
      'query($after: String) { facilities(first: 10, after: $after, filter: { types: [NIGHT_SHELTER, WARMING_CENTRE] }) { totalCount nodes { name } pageInfo { hasNextPage hasPreviousPage } } }',
      { after: first.data.facilities.pageInfo.endCursor },
    );
    const whole = await count('{ types: [NIGHT_SHELTER, WARMING_CENTRE] }');
    expect(first.data.facilities.pageInfo.hasNextPage).toBe(true);
    expect(rest.data.facilities.totalCount).toBe(whole.totalCount);
    expect(rest.data.facilities.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    expect([...first.data.facilities.nodes, ...rest.data.facilities.nodes]).toHaveLength(whole.totalCount);
  });
});

describe('SQL statements (no N+1)', () => {
  it('answers facilities(first: 200) with operator, unit and district in one statement beyond the data revision and reference data', async () => {
    const { count, statements } = await t.countStatements(async () => {
      const response = await caller('ADMIN').query(
        '{ facilities(first: 200) { edges { node { name operator { name kind } unit { code name } district { code name } } } } }',
      );
      expect(response.data.facilities.edges.length).toBeGreaterThan(180);
      expect(response.data.facilities.edges.every((e: { node: { operator: { name: string } } }) => e.node.operator.name)).toBe(true);
    });
    expect(statements.filter((s) => /from "facility"/.test(s))).toHaveLength(1);
    // The operators come with the page, not in a statement of their own.
    expect(statements.filter((s) => /from "organisation"/.test(s))).toHaveLength(0);
    expect(count).toBeLessThanOrEqual(3);
  });

  it('brings the operators along only when the query asks for them, through fragments and @include too', async () => {
    const plain = await t.countStatements(() => caller('ADMIN').query('{ facilities(first: 20) { nodes { name } } }'));
    expect(plain.statements.filter((s) => /organisation/.test(s))).toHaveLength(0);
    const viaFragment = await t.countStatements(async () => {
      const response = await caller('ADMIN').query(
        'query($op: Boolean!) { facilities(first: 21) { nodes { ...F } } } fragment F on Facility { name operator @include(if: $op) { name } }',
        { op: true },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data.facilities.nodes[0].operator.name).toBeTruthy();
    });
    expect(viaFragment.statements.filter((s) => /organisation/.test(s))).toHaveLength(1);
    expect(viaFragment.statements.filter((s) => /from "organisation"/.test(s))).toHaveLength(0);
    const skipped = await t.countStatements(() =>
      caller('ADMIN').query(
        'query($op: Boolean!) { facilities(first: 22) { nodes { ...F } } } fragment F on Facility { name operator @include(if: $op) { name } }',
        { op: false },
      ),
    );
    expect(skipped.statements.filter((s) => /organisation/.test(s))).toHaveLength(0);
  });

  it('answers one facility by id with its operator in one statement', async () => {
    const { nodes } = (await caller('ADMIN').query('{ facilities(first: 1) { nodes { id operator { name } } } }')).data.facilities;
    const { count, statements } = await t.countStatements(async () => {
      const response = await caller('ANALYST').query('query($id: ID!) { facility(id: $id) { name operator { name kind } unit { name } district { name } } }', {
        id: nodes[0].id,
      });
      expect(response.data.facility.operator.name).toBe(nodes[0].operator.name);
    });
    expect(
      statements.filter((s) => /from "facility"/.test(s)),
      statements.join('\n'),
    ).toHaveLength(1);
    expect(
      statements.filter((s) => /from "organisation"/.test(s)),
      statements.join('\n'),
    ).toHaveLength(0);
    expect(count).toBeLessThanOrEqual(3);
  });

  it('answers the occupancy history of 200 facilities in the page’s own statement when asked once, and in one more when asked twice', async () => {
    const once = await t.countStatements(async () => {
      const response = await caller('ADMIN').query('{ facilities(first: 200) { nodes { occupancyHistory(from: "2000-01-01") { date } } } }');
      expect(response.data.facilities.nodes.some((n: { occupancyHistory: unknown[] }) => n.occupancyHistory.length > 0)).toBe(true);
    });
    expect(once.statements.filter((s) => /from "?occupancy_report"?/.test(s))).toHaveLength(1);
    // the data revision, the page with its facilities' histories
    expect(once.count).toBeLessThanOrEqual(2);
    const twice = await t.countStatements(() =>
      caller('ADMIN').query(
        '{ facilities(first: 200) { nodes { week: occupancyHistory(from: "2026-11-17") { date } all: occupancyHistory(from: "2000-01-01") { date } } } }',
      ),
    );
    // the data revision, the page, one history statement for each period
    expect(twice.statements.filter((s) => /from "?occupancy_report"?/.test(s))).toHaveLength(2);
    expect(twice.count).toBeLessThanOrEqual(4);
  });

  it('computes the capacity overview in one grouped statement, and answers a repeat from the revision check alone', async () => {
    const query = '{ capacityOverview(groupBy: [TYPE, UNIT]) { type facilities } }';
    const first = await t.countStatements(() => caller('ANALYST').query(query));
    expect(first.statements.filter((s) => /group by/i.test(s))).toHaveLength(1);
    expect(first.count).toBe(2);
    const repeat = await t.countStatements(() => caller('PUBLIC').query(query));
    expect(repeat.count).toBe(1);
    expect(repeat.statements[0]).toMatch(/data_revision/);
  });
});

describe('capacityOverview', () => {
  const daysAgo = (n: number) => addDays(today, -n);

  it('groups by district with the district resolved', async () => {
    const response = await caller('ANALYST').query('{ capacityOverview(groupBy: [DISTRICT]) { district { code } facilities } }');
    expect(response.data.capacityOverview).toHaveLength(18);
    expect(response.data.capacityOverview.reduce((a: number, r: { facilities: number }) => a + r.facilities, 0)).toBeGreaterThanOrEqual(186);
  });

  it('reads occupancy on a past date from the report history', async () => {
    const em = t.em();
    const asOf = daysAgo(6);
    const shelters = await em.find(Facility, { type: 'HOMELESS_SHELTER' });
    let expected = 0;
    for (const f of shelters) {
      const [latest] = await em.find(OccupancyReport, { facility: f.id, date: { $lte: asOf } }, { orderBy: { date: 'desc', reportedAt: 'desc' }, limit: 1 });
      expected += latest!.occupiedPlaces;
    }
    const response = await caller('ANALYST').query(
      `{ capacityOverview(groupBy: [TYPE], filter: { types: [HOMELESS_SHELTER] }, asOf: "${asOf}") { occupiedPlaces reportingFacilities } }`,
    );
    expect(response.data.capacityOverview).toEqual([{ occupiedPlaces: expected, reportingFacilities: shelters.length }]);
  });

  it('agrees with the current occupancy when asOf is today', async () => {
    const q = (asOf: string) => `{ capacityOverview(groupBy: [TYPE], asOf: ${asOf}) { type occupiedPlaces freePlaces } }`;
    const explicit = await caller('ANALYST').query(q(`"${today}"`));
    const implicit = await caller('ANALYST').query(q('null'));
    expect(explicit.data.capacityOverview.length).toBeGreaterThan(0);
    expect(explicit.data).toEqual(implicit.data);
  });

  it('reflects a new occupancy report at once, although overviews are cached', async () => {
    const query = '{ capacityOverview(groupBy: [], filter: { types: [WARMING_CENTRE] }) { occupiedPlaces } }';
    const before = (await caller('ANALYST').query(query)).data.capacityOverview[0].occupiedPlaces;
    const [centre] = await t.em().find(Facility, { type: 'WARMING_CENTRE' }, { orderBy: { name: 'asc' }, limit: 1 });
    const response = await caller('ADMIN').query(
      'mutation($id: ID!, $d: Date!, $n: Int!) { reportOccupancy(facilityId: $id, date: $d, occupiedPlaces: $n, overCapacityReason: "frost") { id } }',
      {
        id: centre!.id,
        d: today,
        n: centre!.occupiedPlaces! + 3,
      },
    );
    expect(response.errors).toBeUndefined();
    expect((await caller('ANALYST').query(query)).data.capacityOverview[0].occupiedPlaces).toBe(before + 3);
  });

  it('refuses a future date', async () => {
    const response = await caller('ANALYST').query('{ capacityOverview(groupBy: [TYPE], asOf: "2999-01-01") { type } }');
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('the response cache of shared registry data', () => {
  const LIST =
    '{ facilities(first: 30, filter: { types: [NIGHT_SHELTER, HOMELESS_SHELTER] }) { nodes { name district { name } operator { name } occupancy { occupiedPlaces } } } }';

  it('answers a repeated query from the cache after checking the data revision only', async () => {
    const first = await t.countStatements(() => caller('ANALYST').query(LIST));
    expect(first.count).toBeGreaterThan(1);
    let again: any;
    const repeat = await t.countStatements(async () => {
      again = await caller('ANALYST').query(LIST);
    });
    expect(repeat.statements).toEqual([expect.stringMatching(/data_revision/)]);
    expect(again.errors).toBeUndefined();
    expect(again.data.facilities.nodes.length).toBe(8);
  });

  it('serves the new answer right after a write', async () => {
    const before = await caller('MOPS_WORKER').query(LIST);
    const shelter = before.data.facilities.nodes[0];
    const [row] = await t.em().find(Facility, { name: shelter.name });
    await caller('MOPS_WORKER').query('mutation($id: ID!, $d: Date!) { reportOccupancy(facilityId: $id, date: $d, occupiedPlaces: 1) { id } }', {
      id: row!.id,
      d: today,
    });
    const after = await caller('MOPS_WORKER').query(LIST);
    expect(after.data.facilities.nodes[0].occupancy.occupiedPlaces).toBe(1);
  });

  it('never answers from before a write, whether the query was answered before it or is new after it', async () => {
    const query = (n: number) => `{ facilities(first: ${n}, filter: { types: [NIGHT_SHELTER] }) { nodes { name occupancy { occupiedPlaces } } } }`;
    const stored = await caller('MOPS_WORKER').query(query(1));
    const [row] = await t.em().find(Facility, { name: stored.data.facilities.nodes[0].name });
    const report = (places: number) =>
      caller('MOPS_WORKER').query('mutation($id: ID!, $d: Date!, $p: Int!) { reportOccupancy(facilityId: $id, date: $d, occupiedPlaces: $p) { id } }', {
        id: row!.id,
        d: today,
        p: places,
      });
    for (const places of [2, 3]) {
      await report(places);
      expect((await caller('MOPS_WORKER').query(query(1))).data.facilities.nodes[0].occupancy.occupiedPlaces).toBe(places);
      expect((await caller('MOPS_WORKER').query(query(places))).data.facilities.nodes[0].occupancy.occupiedPlaces).toBe(places);
    }
    await report(4);
    for (const n of [1, 2, 3]) expect((await caller('MOPS_WORKER').query(query(n))).data.facilities.nodes[0].occupancy.occupiedPlaces).toBe(4);
  });

  it('keeps cached answers apart for different organisations', async () => {
    const other = t.as('NGO_STAFF', ANOTHER_NGO);
    await caller('NGO_STAFF').query(LIST);
    const { count } = await t.countStatements(() => other.query(LIST));
    expect(count).toBeGreaterThan(1);
  });

  it('decides what to cache from the operation, without wrapping every field of the schema', async () => {
    await caller('ANALYST').query(LIST);
    // Apollo marks a schema whose resolvers it wrapped for per-field plugin hooks (cache-control's).
    const wrapped = Object.getOwnPropertySymbols(t.hub.schema).some((s) => s.description === 'apolloServerPluginsEnabled');
    expect(wrapped).toBe(false);
  });

  it('reads no data revision for an answer it would never store', async () => {
    const own = await t.countStatements(() => caller('ANALYST').query('{ me { userId role } }'));
    expect(own.statements).toEqual([]);
  });

  it('never caches an answer with errors, nor the caller’s own identity', async () => {
    await caller('PUBLIC').query(LIST);
    const denied = await t.countStatements(() => caller('PUBLIC').query(LIST));
    expect(denied.count).toBeGreaterThan(1);
    const anna = await t.as('ANALYST', null, 'anna').query('{ me { userId } facilities(first: 1) { totalCount } }');
    const ben = await t.as('ANALYST', null, 'ben').query('{ me { userId } facilities(first: 1) { totalCount } }');
    expect([anna.data.me.userId, ben.data.me.userId]).toEqual(['anna', 'ben']);
  });
});

describe('confidential addresses', () => {
  const DV = '{ facilities(filter: { types: [DOMESTIC_VIOLENCE_CENTRE] }) { nodes { name operator { id } address { street city postalCode } } } }';

  it('withholds the street of a shelter for people experiencing violence from PUBLIC, keeping city and postal code', async () => {
    const response = await caller('PUBLIC').query(DV);
    const [centre] = response.data.facilities.nodes;
    expect(centre.address).toMatchObject({ street: null, city: 'Kraków' });
    expect(centre.address.postalCode).toMatch(/^\d{2}-\d{3}$/);
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(response.errors?.[0]?.path?.slice(-2)).toEqual(['address', 'street']);
  });

  it.each(['ANALYST', 'LABOUR_OFFICE'] as const)('withholds it from %s as well', async (role) => {
    const [centre] = (await caller(role).query(DV)).data.facilities.nodes;
    expect(centre.address.street).toBeNull();
  });

  it('shows it to MOPS and to the operator’s own staff, not to another NGO', async () => {
    const mops = (await caller('MOPS_WORKER').query(DV)).data.facilities.nodes[0];
    expect(mops.address.street).toMatch(/\d/);
    const operator = (await t.as('NGO_STAFF', mops.operator.id).query(DV)).data.facilities.nodes[0];
    expect(operator.address.street).toBe(mops.address.street);
    const stranger = (await t.as('NGO_STAFF', mops.operator.id === ANOTHER_NGO ? DEMO_ORGANISATIONS.ngo : ANOTHER_NGO).query(DV)).data.facilities.nodes[0];
    expect(stranger.address.street).toBeNull();
  });

  it.each(['PUBLIC', 'ANALYST', 'MOPS_WORKER'] as const)(
    'cannot be confirmed by searching for it as %s: the search touches public fields only',
    async (role) => {
      const mops = (await caller('MOPS_WORKER').query(DV)).data.facilities.nodes[0];
      const search = (text: string) => caller(role).query('query($s: String) { facilities(filter: { search: $s }) { nodes { name } } }', { s: text });
      // (another facility may share the street; the hidden one must not be among the results)
      expect((await search(mops.address.street)).data.facilities.nodes.map((n: { name: string }) => n.name)).not.toContain(mops.name);
      // Its name and city still find it: help must be findable.
      expect((await search(`${mops.name} ${mops.address.city}`)).data.facilities.nodes.map((n: { name: string }) => n.name)).toContain(mops.name);
    },
  );

  it('finds any other facility by its published street', async () => {
    const [shelter] = (await caller('PUBLIC').query('{ facilities(first: 1, filter: { types: [NIGHT_SHELTER] }) { nodes { name address { street } } } }')).data
      .facilities.nodes;
    const found = await caller('PUBLIC').query('query($s: String) { facilities(filter: { search: $s }) { nodes { name } } }', { s: shelter.address.street });
    expect(found.data.facilities.nodes.map((n: { name: string }) => n.name)).toContain(shelter.name);
  });

  it('publishes the street of any other facility', async () => {
    const response = await caller('PUBLIC').query('{ facilities(filter: { types: [NIGHT_SHELTER] }) { nodes { address { street } } } }');
    expect(response.errors).toBeUndefined();
    expect(response.data.facilities.nodes.every((n: { address: { street: string } }) => n.address.street)).toBe(true);
  });
});
