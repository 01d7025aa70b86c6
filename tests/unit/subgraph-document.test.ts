import { parse, print, type DocumentNode, type ObjectTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cutSubgraphDocument, typeOwners } from '../../src/core/federation/subgraph-document.js';

/**
 * A hub in miniature: the core serves `me`; `places` serves places with their address; `people`
 * adds `Place.residents` and its own Person; `reports` points at a Place without adding to it.
 */
const HUB = parse(`
  type Query { me: Principal!  place(id: ID!): Place  person(id: ID!): Person  report: Report }
  type Principal { role: String! }
  type Place { id: ID!  name: String!  address: Address!  residents: [Person!] }
  type Address { street: String! }
  type Person { id: ID!  name: String! }
  type Report { place: Place!  address: Address }
`);
const ORIGINS = new Map([
  ['Query.me', 'core'],
  ['Query.place', 'places'],
  ['Query.person', 'people'],
  ['Query.report', 'reports'],
  ['Place.residents', 'people'],
]);
const MODULES = ['core', 'places', 'people', 'reports'];
const owners = typeOwners(HUB, MODULES, 'core', ORIGINS);

function cut(modules: string[], document: DocumentNode = HUB) {
  return cutSubgraphDocument({ document, modules, sharedModule: 'core', origins: ORIGINS, owners, entities: new Set(['Place', 'Person']) });
}

function type(document: DocumentNode, name: string): string | undefined {
  const definition = document.definitions.find((d) => (d as ObjectTypeDefinitionNode).name?.value === name);
  return definition && print(definition).replace(/\s+/g, ' ');
}

describe('which module owns a type', () => {
  it('is the first module, in dependency order, that reaches it through its own fields', () => {
    expect(Object.fromEntries(owners)).toMatchObject({ Principal: 'core', Place: 'places', Address: 'places', Person: 'people' });
  });

  it('is the module that resolves a type\u2019s fields, even when only a later module returns it', () => {
    const hub = parse(`type Query { me: String  visits: [Visit!] }  type Visitor { id: ID!  nickname: String }  type Visit { visitor: Visitor! }`);
    const origins = new Map([
      ['Query.me', 'core'],
      ['Visitor.nickname', 'visitors'],
      ['Query.visits', 'visits'],
    ]);
    expect(typeOwners(hub, ['core', 'visitors', 'visits'], 'core', origins).get('Visitor')).toBe('visitors');
  });
});

describe('cutting a module\u2019s subgraph out of the hub', () => {
  it('keeps the module\u2019s own types whole, with their key, and leaves out fields other modules add', () => {
    const places = cut(['places']);
    expect(type(places, 'Place')).toBe('type Place @key(fields: "id") { id: ID! name: String! address: Address! }');
    expect(type(places, 'Address')).toBe('type Address { street: String! }');
    expect(type(places, 'Person')).toBeUndefined();
  });

  it('gives another module\u2019s entity only its key and the fields this module adds to it', () => {
    expect(type(cut(['people']), 'Place')).toBe('type Place @key(fields: "id") { id: ID! residents: [Person!] }');
  });

  it('points at another module\u2019s entity by a key it does not resolve, when it adds nothing to it', () => {
    const hub = parse(print(HUB).replace(/\n\s*address: Address\n\s*}\s*$/, '\n}'));
    expect(type(cut(['reports'], hub), 'Place')).toBe('type Place @key(fields: "id", resolvable: false) { id: ID! }');
  });

  it('refuses to hand out another module\u2019s type that is not an entity, which would be served in two places', () => {
    expect(() => cut(['reports'])).toThrow(/Address belongs to the places module and is not an entity/);
  });

  it('serves the core\u2019s types and root fields in every subgraph, as shareable', () => {
    const people = cut(['people']);
    expect(type(people, 'Principal')).toBe('type Principal @shareable { role: String! }');
    expect(type(people, 'Query')).toBe('type Query { me: Principal! @shareable person(id: ID!): Person }');
  });

  it('links Federation 2 with the directives it uses', () => {
    expect(print(cut(['places']))).toMatch(
      /^extend schema @link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+", import: \["@key", "@shareable"\]\)/,
    );
  });
});
