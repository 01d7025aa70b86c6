import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/**
 * Which fields of `typeName` a query selects where this field returns one: directly (a field such
 * as `facility(id)`) or as a connection's items (`nodes { … }` and `edges { node { … } }`).
 * Fragments, `@skip` and `@include` are resolved against the request's variables, so a list can
 * fetch a relation in its own statement exactly when the client asked for it.
 */
export function selectedFieldsOf(info: GraphQLResolveInfo, typeName: string): Set<string> {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  const selected = new Set<string>();
  if (!tree) return selected;
  const collect = (node: ResolveTree) => {
    for (const field of Object.values(node.fieldsByTypeName[typeName] ?? {})) selected.add(field.name);
  };
  collect(tree);
  for (const connection of Object.values(tree.fieldsByTypeName)) {
    for (const field of Object.values(connection)) {
      if (field.name === 'nodes') collect(field);
      if (field.name === 'edges') {
        for (const edge of Object.values(field.fieldsByTypeName)) {
          for (const node of Object.values(edge)) if (node.name === 'node') collect(node);
        }
      }
    }
  }
  return selected;
}
