import { isObjectType, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { deny, shield, type IRules } from 'graphql-shield';
import { forbidden } from '../errors.js';

export type PermissionMap = Record<string, Record<string, unknown>>;

/**
 * Applies every module's field rules with deny by default: a type or field that no module gave a
 * rule is denied, so a new field is invisible until someone decides who may read it.
 * Errors thrown by resolvers (BAD_USER_INPUT, CONFLICT…) pass through unchanged.
 */
export function applyPermissions(schema: GraphQLSchema, maps: PermissionMap[]): GraphQLSchema {
  const merged: PermissionMap = {};
  for (const map of maps) {
    for (const [type, rules] of Object.entries(map)) {
      const existing = merged[type] ?? {};
      for (const field of Object.keys(rules)) {
        if (field in existing) throw new Error(`Two modules define a permission for ${type}.${field}`);
      }
      merged[type] = { ...existing, ...rules };
    }
  }
  const permissions = shield(merged as IRules, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: () => forbidden(),
    debug: false,
  });
  return applyMiddleware(schema, permissions);
}

/** Object types of a schema that no permission map mentions: each would be denied whole. */
export function typesWithoutRules(schema: GraphQLSchema, maps: PermissionMap[]): string[] {
  const covered = new Set(maps.flatMap((m) => Object.keys(m)));
  return Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && !t.name.startsWith('__') && !covered.has(t.name))
    .map((t) => t.name);
}
