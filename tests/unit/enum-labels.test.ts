import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { getNamedType, isEnumType, isInterfaceType, isObjectType, parse } from 'graphql';
import { labelEnumValues } from '../../src/core/export/enum-values.js';
import { buildHubSchema, hubEnumLabels } from '../../src/hub.js';

const { unguarded } = await buildHubSchema();
const labels = hubEnumLabels();

describe('Polish labels of the enums', () => {
  it('label every value of every enum an answer can carry, in Polish, and no enum the schema lacks', () => {
    const carried = new Set<string>();
    for (const type of Object.values(unguarded.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        if (isEnumType(named) && named.name !== 'CacheControlScope') carried.add(named.name);
      }
    }
    const missing: string[] = [];
    for (const name of carried) {
      for (const value of (unguarded.getType(name) as unknown as { getValues(): { name: string }[] }).getValues()) {
        const label = labels[name]?.[value.name];
        if (!label || label === value.name) missing.push(`${name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
    expect(Object.keys(labels).filter((name) => !isEnumType(unguarded.getType(name)))).toEqual([]);
  });

  it('replace a value by the label of its own enum, through aliases, fragments and lists, and leave other text alone', () => {
    const document = parse(`query { a: capacityOverview(groupBy: [TYPE]) { ...Row } fosterCareCapacity(groupBy: [KIND]) { kind } }
      fragment Row on CapacityRow { type facilities }`);
    const data = { a: [{ type: 'NIGHT_SHELTER', facilities: 3 }], fosterCareCapacity: [{ kind: 'KINSHIP_FAMILY' }, { kind: null }] };
    expect(labelEnumValues(unguarded, document, data, labels)).toEqual({
      a: [{ type: 'Noclegownia (art. 48a)', facilities: 3 }],
      fosterCareCapacity: [{ kind: 'Rodzina zastępcza spokrewniona' }, { kind: null }],
    });
  });

  it('keep two enums that share a code apart (a facility ACTIVE is not a participant ACTIVE)', () => {
    expect(labels.FacilityStatus!.ACTIVE).not.toBe(labels.ParticipationStatus!.ACTIVE);
    const document = parse('{ facilities(first: 1) { nodes { status } } }');
    expect(labelEnumValues(unguarded, document, { facilities: { nodes: [{ status: 'ACTIVE' }] } }, labels)).toEqual({
      facilities: { nodes: [{ status: labels.FacilityStatus!.ACTIVE }] },
    });
  });
});
