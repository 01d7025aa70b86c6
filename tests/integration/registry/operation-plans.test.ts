import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isLeafType,
  Kind,
  parse,
  print,
  visit,
  type FieldNode,
  type GraphQLObjectType,
  type ObjectTypeDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { stableId } from '../../../seeds/random.js';
import { ALL_ROLES, type Role } from '../../../src/core/auth/principal.js';
import { FACILITY_PLAN, ORGANISATION_PLAN, registryPlans } from '../../../src/modules/registry/registry.plans.js';
import { DEMO_ORGANISATION_OF, startTestHub, testToday, type Caller, type GraphQLResponse, type TestHub } from '../../support/test-hub.js';

/**
 * The registry's hot reads are answered from a plan, without graphql-js. A plan must
 * answer exactly what graphql-js answers, for every role: these tests ask each query twice, once
 * as written and once with a root field no plan takes (`today`, removed from the answer), and
 * compare the whole responses, data and errors. The hub's counter of planned operations tells which
 * of the two answered.
 */
const today = testToday('2026-11-30');
let t: TestHub;
let aFacility: { id: string; cis: string };
beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true });
  const cis = await t.as('ADMIN').query(`{ facilities(first: 1, filter: { types: [SOCIAL_INTEGRATION_CENTRE] }) { nodes { id } } }`);
  const any = await t.as('ADMIN').query(`{ facilities(first: 1, filter: { types: [NIGHT_SHELTER] }) { nodes { id } } }`);
  aFacility = { id: any.data.facilities.nodes[0].id, cis: cis.data.facilities.nodes[0].id };
});
afterAll(() => t?.close());

const callerAs = (role: Role): Caller => t.as(role, DEMO_ORGANISATION_OF[role]);

/** The key of the root field that sends an operation to graphql-js. */
const UNPLANNED_KEY = '_unplanned';

/** The same operation with a root field no module plans (`today`): graphql-js executes it. */
function unplanned(query: string): string {
  return print(
    visit(parse(query), {
      OperationDefinition(node: OperationDefinitionNode) {
        const today: FieldNode = { kind: Kind.FIELD, alias: { kind: Kind.NAME, value: UNPLANNED_KEY }, name: { kind: Kind.NAME, value: 'today' } };
        return { ...node, selectionSet: { ...node.selectionSet, selections: [...node.selectionSet.selections, today] } };
      },
    }),
  );
}

async function planCounts(): Promise<{ answered: number; dropped: number }> {
  const text = await (await fetch(t.url.replace(/\/graphql$/, '/metrics'))).text();
  const count = (outcome: string) => Number(text.match(new RegExp(`splot_graphql_plans_total\\{outcome="${outcome}"\\} (\\d+)`))?.[1] ?? 0);
  return { answered: count('answered'), dropped: count('dropped') };
}

/** A response without what differs between any two requests: the request id, and where in the (reprinted) text an error points. */
function comparable(response: GraphQLResponse): GraphQLResponse {
  return {
    ...response,
    errors: response.errors?.map(({ locations: _locations, ...error }: { locations?: unknown } & NonNullable<GraphQLResponse['errors']>[number]) => ({
      ...error,
      extensions: { ...error.extensions, requestId: undefined },
    })),
  };
}

type Outcome = 'answered' | 'dropped' | 'not planned';

/** Asks `query` as written and unplanned, expects the same response, and says how the first was answered. */
async function compare(role: Role, query: string, variables: Record<string, unknown> = {}): Promise<Outcome> {
  const caller = callerAs(role);
  const before = await planCounts();
  const planned = await caller.query(query, variables);
  const after = await planCounts();
  const executed = await caller.query(unplanned(query), variables);
  if (executed.data) delete executed.data[UNPLANNED_KEY];
  expect(comparable(planned), `${role}: ${query}`).toEqual(comparable(executed));
  if (after.answered > before.answered) return 'answered';
  if (after.dropped > before.dropped) return 'dropped';
  return 'not planned';
}

const PAGE_OF_THE_BENCHMARK = `query($after: String) { facilities(first: 50, after: $after) { nodes { id name type declaredCapacity operator { name } district { name } } pageInfo { endCursor } } }`;

/**
 * What is read below a planned field of an object type, asked alone: each such field needs an
 * entry (a test fails without one), so that a field the plan declares is always compared.
 */
const BELOW: Record<string, string> = {
  // The street of a confidential address has a rule that reads the row: never planned.
  address: '{ postalCode city teryt }',
  contact: '{ email phone website }',
  agreement: '{ number validFrom validTo }',
  registerEntry: '{ register number entryDate }',
  unit: '{ id code name kind organisation { id name } parent { id name } districts { id number name } }',
  district: '{ id code number name branch { id code name } }',
  cisStatus: '{ __typename }',
  legalCapacityLimit: '{ maxPlaces minPlaces validFrom source }',
  occupancy: '{ occupiedPlaces freePlaces date reportedAt }',
  places: '{ night yearRound seasonal overflow total }',
  capacityPeriods: '{ id kind places validFrom validTo note }',
  // Who reported is for those who edit the registry: asked by others, graphql-js answers (tested below).
  occupancyHistory: '{ id date occupiedPlaces overCapacityReason inSeasonalPlaces inOverflowPlaces reportedAt }',
};

/** The fields of a type plan that a plan answers, each with what is read below it (`operator` for the operator's own plan). */
function plannedFields(plan: typeof FACILITY_PLAN | typeof ORGANISATION_PLAN, below: (field: string) => string): string[] {
  return Object.entries(plan.fields).flatMap(([field, how]) => ('group' in how ? [`${field} ${below(field)}`.trim()] : []));
}

const OPERATOR_FIELDS = plannedFields(ORGANISATION_PLAN, (field) => BELOW[field] ?? '');
const FACILITY_FIELDS = plannedFields(FACILITY_PLAN, (field) => (field === 'operator' ? `{ ${OPERATOR_FIELDS.join(' ')} }` : (BELOW[field] ?? '')));

const OCCUPANCY = `occupancy ${BELOW.occupancy}`;
/** Every field a plan answers except occupancy and its history, which only some roles may read. */
const EVERY_PLANNED_FIELD = FACILITY_FIELDS.filter((field) => !/^occupancy(History)? /.test(field)).join('\n  ');

describe('a page of the registry answered from a plan', () => {
  it.each(ALL_ROLES)('is what graphql-js answers, page after page, for %s', async (role) => {
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      expect(await compare(role, PAGE_OF_THE_BENCHMARK, { after })).toBe('answered');
      after = (await callerAs(role).query(PAGE_OF_THE_BENCHMARK, { after })).data.facilities.pageInfo.endCursor;
      expect(after).toEqual(expect.any(String));
    }
  });

  it.each(ALL_ROLES)('reads every field it plans alike, with aliases, __typename and edges, for %s', async (role) => {
    const query = `{ __typename list: facilities(first: 40, filter: { search: "a" }) {
      __typename totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { __typename ${EVERY_PLANNED_FIELD} } }
      again: nodes { title: name id } } }`;
    expect(await compare(role, query)).toBe('answered');
  });

  it.each(ALL_ROLES)('reads a facility\u2019s occupancy history with its arguments, for the roles that may see it (%s)', async (role) => {
    const query = `query($from: Date, $to: Date) { facilities(first: 30, filter: { types: [NIGHT_SHELTER, HOMELESS_SHELTER] }) { nodes { id week: occupancyHistory(from: $from, to: $to) ${BELOW.occupancyHistory} all: occupancyHistory { date } } } }`;
    const mayRead = ['ANALYST', 'NGO_STAFF', 'MOPS_WORKER', 'ADMIN'].includes(role);
    for (const variables of [{ from: '2026-11-23', to: '2026-11-30' }, { from: null, to: null }, { from: '2026-12-01' }]) {
      expect(await compare(role, query, variables)).toBe(mayRead ? 'answered' : 'dropped');
    }
    // Asked once, the history is read in the page's own statement, of only the fields asked: the same answers.
    for (const below of [BELOW.occupancyHistory, '{ date occupiedPlaces }', '{ __typename }']) {
      const once = `query($from: Date, $to: Date) { facilities(first: 30, filter: { types: [NIGHT_SHELTER, HOMELESS_SHELTER] }) { nodes { id occupancyHistory(from: $from, to: $to) ${below} } } }`;
      for (const variables of [{ from: '2026-11-23', to: '2026-11-30' }, { from: null, to: null }, { to: '2026-06-30' }, { from: '2026-12-01' }]) {
        expect(await compare(role, once, variables)).toBe(mayRead ? 'answered' : 'dropped');
      }
    }
    expect(await compare(role, `{ facilities(first: 3) { nodes { occupancyHistory(from: "2026-02-30") { date } } } }`)).not.toBe('answered');
    const byWhom = await compare(role, `{ facilities(first: 5, filter: { types: [NIGHT_SHELTER] }) { nodes { occupancyHistory { reportedBy } } } }`);
    expect(byWhom).toBe(['MOPS_WORKER', 'ADMIN'].includes(role) ? 'answered' : 'dropped');
  });

  it.each(ALL_ROLES)('reads occupancy only for roles that may see it; graphql-js refuses the others (%s)', async (role) => {
    const outcome = await compare(role, `{ facilities(first: 30, filter: { types: [NIGHT_SHELTER, HOMELESS_SHELTER] }) { nodes { id ${OCCUPANCY} } } }`);
    expect(outcome).toBe(['ANALYST', 'NGO_STAFF', 'MOPS_WORKER', 'ADMIN'].includes(role) ? 'answered' : 'dropped');
  });

  it.each(ALL_ROLES)('leaves the free-places filter to its rule: refused to PUBLIC and LABOUR_OFFICE (%s)', async (role) => {
    const outcome = await compare(role, `{ facilities(first: 20, filter: { hasFreePlaces: true }) { totalCount nodes { id name } } }`);
    expect(outcome).toBe(['ANALYST', 'NGO_STAFF', 'MOPS_WORKER', 'ADMIN'].includes(role) ? 'answered' : 'dropped');
  });

  it('never plans a field with a rule that reads the row, such as the street of a confidential address', async () => {
    for (const role of ALL_ROLES) {
      expect(
        await compare(
          role,
          `{ facilities(first: 200, filter: { types: [DOMESTIC_VIOLENCE_CENTRE, CRISIS_INTERVENTION_CENTRE, NIGHT_SHELTER] }) { nodes { id address { street city } } } }`,
        ),
      ).toBe('not planned');
    }
  });

  it('leaves bad arguments to graphql-js, which answers BAD_USER_INPUT', async () => {
    expect(await compare('PUBLIC', `{ facilities(first: 0) { nodes { id } } }`)).toBe('dropped');
    expect(await compare('PUBLIC', `{ facilities(after: "not a cursor") { nodes { id } } }`)).toBe('dropped');
    expect(await compare('PUBLIC', `query($first: Int) { facilities(first: $first) { nodes { id } } }`, { first: 'many' })).toBe('dropped');
    expect(await compare('PUBLIC', `{ facilities(filter: { cisStatusLapsesWithinDays: -1 }) { nodes { id } } }`)).toBe('dropped');
  });

  it('takes fragments, aliases and @include / @skip as graphql-js collects them, for every role', async () => {
    const queries: [string, Record<string, unknown>][] = [
      [`{ facilities(first: 25) { nodes { ...F } } } fragment F on Facility { id name operator { name } }`, {}],
      [`{ facilities(first: 25) { ...Page } } fragment Page on FacilityConnection { totalCount nodes { id ... on Facility { type openedOn } } }`, {}],
      [`{ facilities(first: 25) { nodes { id name ...F operator { id } } } } fragment F on Facility { name openedOn operator { name kind } }`, {}],
      [`{ facilities(first: 25) { nodes { id name @skip(if: true) type @include(if: false) district { name } } } }`, {}],
      [`query($withOperator: Boolean!) { facilities(first: 25) { nodes { id operator @include(if: $withOperator) { name } } } }`, { withOperator: true }],
      [`query($withOperator: Boolean!) { facilities(first: 25) { nodes { id operator @include(if: $withOperator) { name } } } }`, { withOperator: false }],
      [
        `query($skip: Boolean = false) { one: facility(id: "${aFacility.id}") @skip(if: $skip) { id ...on Facility { name } } list: facilities(first: 3) { nodes { title: name } } }`,
        {},
      ],
    ];
    for (const role of ALL_ROLES) for (const [query, variables] of queries) expect(await compare(role, query, variables), query).toBe('answered');
  });

  it('leaves fields with arguments, other directives and other roots to graphql-js', async () => {
    const queries = [
      `{ facilities(first: 5) { nodes { id occupancyHistory { facility { id } } } } }`,
      `{ facilities(first: 5) { nodes { id } } districts { name } }`,
      `{ facilities(first: 5) { nodes { id ... on Facility @include(if: true) { name } name: type } } }`,
    ];
    for (const query of queries) expect(await compare('MOPS_WORKER', query)).toBe('not planned');
  });
});

/** The top-level fields of a selection, each printed on its own with what it selects below. */
function eachField(selection: string): string[] {
  const operation = parse(`{ x { ${selection} } }`).definitions[0] as OperationDefinitionNode;
  const outer = operation.selectionSet.selections[0]!;
  return outer.kind === Kind.FIELD ? outer.selectionSet!.selections.map((field) => print(field)) : [];
}

describe('each field a plan may read, declared once', () => {
  const schema = buildSchema(readFileSync(join(import.meta.dirname, '../../../schema/hub.graphql'), 'utf8'));
  /** The fields the registry itself gives a type (other modules' fields are never planned). */
  const registryFields = (typeName: string) => {
    const sdl = parse(readFileSync(join(import.meta.dirname, '../../../schema/registry.graphql'), 'utf8'));
    const type = sdl.definitions.find((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === typeName) as ObjectTypeDefinitionNode;
    return (type.fields ?? []).map((field) => field.name.value);
  };

  it.each([
    ['Facility', FACILITY_PLAN],
    ['Organisation', ORGANISATION_PLAN],
  ] as const)('declares every field of %s: the group of columns it reads, or why it is not planned', (typeName, plan) => {
    expect(registryFields(typeName).filter((field) => !(field in plan.fields))).toEqual([]);
    expect(Object.keys(plan.fields).filter((field) => !registryFields(typeName).includes(field))).toEqual([]);
  });

  it('says what is read below every planned field of an object type, so that each is compared', () => {
    for (const [typeName, plan] of [
      ['Facility', FACILITY_PLAN],
      ['Organisation', ORGANISATION_PLAN],
    ] as const) {
      const type = schema.getType(typeName) as GraphQLObjectType;
      for (const [field, how] of Object.entries(plan.fields)) {
        if (!('group' in how) || field === 'operator') continue;
        if (!isLeafType(getNamedType(type.getFields()[field]!.type))) expect(BELOW, `${typeName}.${field}`).toHaveProperty(field);
      }
    }
  });

  it('leaves a field declared not planned to graphql-js', async () => {
    expect(await compare('ADMIN', `{ facilities(first: 5) { nodes { operator { mergedInto { id } } } } }`)).toBe('not planned');
  });
});

describe('a planned read selects only the columns its query reads', () => {
  const pages = [
    `facilities(first: 60)`,
    `facilities(first: 60, filter: { search: "a" })`,
    `facilities(first: 30, filter: { types: [SOCIAL_INTEGRATION_CENTRE, CARE_EDUCATION_FACILITY, DOMESTIC_VIOLENCE_CENTRE, NIGHT_SHELTER] })`,
  ];

  it.each(['ADMIN', 'ANALYST'] as const)('answers each field asked alone as graphql-js does (%s)', async (role) => {
    for (const page of pages) {
      for (const field of [...eachField(EVERY_PLANNED_FIELD), OCCUPANCY]) {
        expect(await compare(role, `{ ${page} { nodes { ${field} } } }`), `${page} { ${field} }`).toBe('answered');
      }
    }
  });

  it.each(['ADMIN', 'ANALYST'] as const)('answers each field of one facility by id asked alone as graphql-js does (%s)', async (role) => {
    // Facilities with each optional part present, so that a part read from the wrong columns shows.
    const { data } = await callerAs('ADMIN').query(
      unplanned(
        `{ facilities(first: 500) { nodes { id contact { email } agreement { number } registerEntry { number } occupancy { date } openedOn subtype } } }`,
      ),
    );
    type Node = Record<string, unknown> & { id: string };
    const nodes = data.facilities.nodes as Node[];
    const ids = new Set([aFacility.id, aFacility.cis]);
    for (const part of ['contact', 'agreement', 'registerEntry', 'occupancy', 'openedOn', 'subtype']) {
      const having = nodes.find((node) => node[part] !== null);
      expect(having, part).toBeDefined();
      ids.add(having!.id);
    }
    for (const id of ids) {
      for (const field of [...eachField(EVERY_PLANNED_FIELD), OCCUPANCY]) {
        expect(await compare(role, `query($id: ID!) { facility(id: $id) { ${field} } }`, { id }), field).toBe('answered');
      }
    }
  });

  it('answers each field of the operator asked alone as graphql-js does, in a page and by id', async () => {
    for (const field of OPERATOR_FIELDS) {
      expect(await compare('ADMIN', `{ facilities(first: 60) { nodes { operator { ${field} } } } }`), field).toBe('answered');
      expect(await compare('ADMIN', `query($id: ID!) { facility(id: $id) { operator { ${field} } } }`, { id: aFacility.id }), field).toBe('answered');
    }
  });

  it('reads an organisation the page brings as its operator with every field the query reads of any organisation', async () => {
    // The welfare centre runs facilities and is also the organisation of every unit: its operator row
    // primes the organisation that `unit { organisation }` then reads.
    const query = `{ facilities(first: 100) { nodes { operator { name } unit { organisation { id name kind nip regon krs contact { email } address { city } } } } } }`;
    expect(await compare('ADMIN', query)).toBe('answered');
    const { data } = await callerAs('ADMIN').query(query);
    const runByTheCentre = data.facilities.nodes.filter(
      (n: { operator: { name: string }; unit: { organisation: { name: string } } }) => n.operator.name === n.unit.organisation.name,
    );
    expect(runByTheCentre.length).toBeGreaterThan(0);
  });

  it("reads each root field with loaders of its own, so that one root's partial rows never answer another", async () => {
    const { data } = await callerAs('ADMIN').query(`{ facilities(first: 5) { nodes { id } } }`);
    for (const { id } of data.facilities.nodes) {
      const pageFirst = `query($id: ID!) { page: facilities(first: 5) { nodes { operator { name } } } one: facility(id: $id) { operator { name nip regon address { city } } } }`;
      const byIdFirst = `query($id: ID!) { one: facility(id: $id) { operator { name nip regon address { city } } } page: facilities(first: 5) { nodes { operator { name } } } }`;
      expect(await compare('ADMIN', pageFirst, { id })).toBe('answered');
      expect(await compare('ADMIN', byIdFirst, { id })).toBe('answered');
    }
  });

  it('selects the columns of the fields asked for, and no others', async () => {
    const pageSql = async (nodes: string) => {
      const { statements } = await t.countStatements(() => callerAs('ADMIN').query(`{ facilities(first: 5) { nodes { ${nodes} } } }`));
      return statements.find((sql) => /from "?facility"? as "?e"?/.test(sql))!;
    };
    const names = await pageSql('name operator { name }');
    expect(names).toMatch(/'name', o\.name/);
    expect(names).not.toMatch(/contact_email|agreement_number|register_number|occupied_places|address_street|'nip'/);
    const contacts = await pageSql('name contact { email } operator { nip }');
    expect(contacts).toMatch(/contact_email/);
    expect(contacts).toMatch(/'nip'/);
    expect(contacts).not.toMatch(/agreement_number|address_street/);
  });
});

describe('a page of organisations answered from a plan', () => {
  it.each(ALL_ROLES)('is what graphql-js answers, page after page and with a filter, for %s', async (role) => {
    const query = `query($after: String, $filter: OrganisationFilter) { organisations(first: 7, after: $after, filter: $filter) { totalCount nodes { ${OPERATOR_FIELDS.join(' ')} } pageInfo { hasNextPage endCursor } } }`;
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      expect(await compare(role, query, { after, filter: null })).toBe('answered');
      after = (await callerAs(role).query(query, { after, filter: null })).data.organisations.pageInfo.endCursor;
    }
    expect(await compare(role, query, { after: null, filter: { kinds: ['FOUNDATION', 'ASSOCIATION'], search: 'a' } })).toBe('answered');
    expect(await compare(role, `{ organisations(first: 0) { nodes { id } } }`)).toBe('dropped');
  });

  it('answers each field asked alone as graphql-js does, reading only the columns of its group', async () => {
    for (const field of OPERATOR_FIELDS) {
      const query = `{ organisations(first: 30) { nodes { ${field} } } }`;
      expect(await compare('ADMIN', query)).toBe(field.startsWith('mergedInto') ? 'not planned' : 'answered');
    }
    const { statements } = await t.countStatements(() => callerAs('ANALYST').query('{ organisations(first: 31) { nodes { name kind } } }'));
    const page = statements.find((s) => /from "organisation"/.test(s))!;
    expect(page).toMatch(/"kind"/);
    expect(page).not.toMatch(/nip|address_street|contact_email|closed_on/);
  });
});

describe('one facility by id answered from a plan', () => {
  it.each(ALL_ROLES)('is what graphql-js answers, with every field it plans, for %s', async (role) => {
    for (const id of [aFacility.id, aFacility.cis]) {
      expect(await compare(role, `query($id: ID!) { facility(id: $id) { ${EVERY_PLANNED_FIELD} } }`, { id })).toBe('answered');
    }
  });

  it('answers null for an id that names nothing, as graphql-js does, and refuses one that is not an id', async () => {
    expect(await compare('PUBLIC', `query($id: ID!) { facility(id: $id) { id name } }`, { id: stableId('no such facility') })).toBe('answered');
    // An id that is not a UUID never reaches either: the input layer refuses it first.
    const malformed = await callerAs('PUBLIC').query(`{ facility(id: "not-an-id") { id } }`);
    expect(malformed.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('answers several root fields of one operation, each with its own arguments', async () => {
    const query = `query($id: ID!) { one: facility(id: $id) { id name operator { name } } page: facilities(first: 3) { nodes { id } } __typename }`;
    expect(await compare('ANALYST', query, { id: aFacility.id })).toBe('answered');
  });
});

describe('statements of a planned answer', () => {
  it('reads a page with operators, units and districts in one statement, however many rows', async () => {
    const query = `{ facilities(first: 200) { nodes { id operator { name } unit { name } district { name } } } }`;
    await callerAs('ANALYST').query(query.replace('200', '2'));
    const before = await planCounts();
    const { statements } = await t.countStatements(() => callerAs('ANALYST').query(query));
    expect((await planCounts()).answered).toBe(before.answered + 1);
    expect(statements.filter((sql) => /from "?facility"? as "?e"?/.test(sql))).toHaveLength(1);
    expect(statements.filter((sql) => !/data_revision/.test(sql))).toHaveLength(1);
  });
});

describe('what a planned page read', () => {
  it('is emptied once the page is answered, so that its rows die young', async () => {
    const root = registryPlans.roots.find((r) => r.field === 'facilities')!;
    const resolve = vi.spyOn(root, 'resolve');
    try {
      const before = await planCounts();
      const response = await callerAs('ANALYST').query(`{ facilities(first: 5) { nodes { id name } } }`);
      expect((await planCounts()).answered).toBe(before.answered + 1);
      expect(response.data.facilities.nodes).toHaveLength(5);
      const read = (await resolve.mock.results[0]!.value) as { nodes: unknown[] };
      expect(read.nodes).toEqual([]);
    } finally {
      resolve.mockRestore();
    }
  });
});
