import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { isEnumType, isInputObjectType, isObjectType, Kind, type ConstDirectiveNode, type GraphQLNamedType } from 'graphql';
import { typesWithoutRules } from '../../src/core/access/shield.js';
import { FEDERATION_PERMISSIONS } from '../../src/core/federation/subgraph-schema.js';
import { buildHubSchema, buildHubSubgraph, hubModules, SUBGRAPH_NAMES } from '../../src/hub.js';

const { unguarded } = await buildHubSchema();
const ownTypes = Object.values(unguarded.getTypeMap()).filter((t: GraphQLNamedType) => !t.name.startsWith('__'));

describe('the schema as the API contract', () => {
  it('gives every object type a permission rule, so nothing is denied by accident or allowed by default', () => {
    expect(
      typesWithoutRules(
        unguarded,
        hubModules().map((m) => m.permissions),
      ),
    ).toEqual([]);
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of ownTypes) {
      if (['Boolean', 'String', 'Int', 'Float', 'ID'].includes(type.name)) continue;
      // The root operation types are described by their fields.
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description && !['first', 'after', 'filter', 'id', 'input'].includes(arg.name)) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('keeps the operation names fixed by API.md', () => {
    const query = unguarded.getQueryType()!.getFields();
    const mutation = unguarded.getMutationType()!.getFields();
    for (const name of ['me', 'facilities', 'facility', 'organisations', 'capacityOverview', 'auditLog']) expect(query[name], name).toBeDefined();
    for (const name of ['createFacility', 'updateFacility', 'reportOccupancy']) expect(mutation[name], name).toBeDefined();
    expect(String(query.facilities!.args.find((a) => a.name === 'first')!.defaultValue)).toBe('50');
  });

  it('keys every entity of every subgraph by its id, never by a PESEL or another personal field', async () => {
    const keys = new Set<string>();
    for (const name of SUBGRAPH_NAMES) {
      const { document } = await buildHubSubgraph([name]);
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
        for (const key of definition.directives?.filter((d: ConstDirectiveNode) => d.name.value === 'key') ?? []) {
          const fields = key.arguments?.find((a) => a.name.value === 'fields')?.value;
          keys.add(`${definition.name.value} ${fields?.kind === Kind.STRING ? fields.value : '?'}`);
        }
      }
    }
    expect([...keys].filter((k) => !k.endsWith(' id'))).toEqual([]);
    expect([...keys].map((k) => k.split(' ')[0])).toEqual(expect.arrayContaining(['Facility', 'Person', 'Participant', 'Placement']));
  });

  it('gives every object type of every subgraph a permission rule', async () => {
    for (const name of SUBGRAPH_NAMES) {
      const { schema } = await buildHubSubgraph([name]);
      expect(typesWithoutRules(schema, [...hubModules().map((m) => m.permissions), FEDERATION_PERMISSIONS]), name).toEqual([]);
    }
  });
});
