import {
  getNamedType,
  isAbstractType,
  isEnumType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { EnumLabels } from '../labels/enum-labels.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * An answer with every enum value replaced by its Polish label, found by the type of the field
 * that carries it (the operation's selections, with aliases and fragments, read against the
 * schema), so that a code never reaches a spreadsheet and two enums sharing a code keep their own
 * labels. A value without a label stays a code.
 */
export function labelEnumValues(schema: GraphQLSchema, document: DocumentNode, data: Record<string, Json>, labels: EnumLabels): Record<string, Json> {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const query = schema.getQueryType();
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION || !query) return data;

  /** The fields a selection set asks of an object of `type`, by response key, with their definitions. */
  function fieldsOf(
    type: GraphQLCompositeType,
    selectionSet: SelectionSetNode,
    into = new Map<string, { field: GraphQLField<unknown, unknown>; selectionSet?: SelectionSetNode }[]>(),
  ) {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!isObjectType(type) && !isInterfaceType(type)) continue;
        const field = type.getFields()[selection.name.value];
        if (!field) continue;
        const key = selection.alias?.value ?? selection.name.value;
        into.set(key, [...(into.get(key) ?? []), { field, selectionSet: selection.selectionSet }]);
      } else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
        if (condition && (isObjectType(condition) || isInterfaceType(condition) || isAbstractType(condition)))
          fieldsOf(condition as GraphQLCompositeType, fragment.selectionSet, into);
      }
    }
    return into;
  }

  function walk(value: Json, field: GraphQLField<unknown, unknown>, selectionSet: SelectionSetNode | undefined): Json {
    if (value === null) return null;
    if (Array.isArray(value)) return value.map((v) => walk(v, field, selectionSet));
    const type = getNamedType(field.type);
    if (isEnumType(type)) return typeof value === 'string' ? (labels[type.name]?.[value] ?? value) : value;
    if (typeof value !== 'object' || !selectionSet) return value;
    const concrete = typeof value.__typename === 'string' ? schema.getType(value.__typename) : undefined;
    const owner = (concrete && isObjectType(concrete) ? concrete : type) as GraphQLCompositeType;
    return objectOf(value, owner, selectionSet);
  }

  function objectOf(value: { [key: string]: Json }, type: GraphQLCompositeType, selectionSet: SelectionSetNode): { [key: string]: Json } {
    const fields = fieldsOf(type, selectionSet);
    const out: { [key: string]: Json } = {};
    for (const [key, inner] of Object.entries(value)) {
      const asked = fields.get(key);
      // Two selections under one key ask the same field; their sub-selections merge.
      out[key] = asked ? walk(inner, asked[0]!.field, mergedSelections(asked.map((a) => a.selectionSet))) : inner;
    }
    return out;
  }

  return objectOf(data, query, operation.selectionSet);
}

function mergedSelections(sets: (SelectionSetNode | undefined)[]): SelectionSetNode | undefined {
  const present = sets.filter((s): s is SelectionSetNode => s !== undefined);
  if (present.length <= 1) return present[0];
  return { kind: Kind.SELECTION_SET, selections: present.flatMap((s) => s.selections) };
}
