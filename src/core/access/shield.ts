import { isObjectType, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, deny, shield, type IRules } from 'graphql-shield';
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
  // Shield wraps every field in an async check, which turns each object of a response into a
  // promise. A field whose rule is `allow` gains nothing from the check, so its wrapper is left
  // out; every other field, including those that fall back to `deny`, keeps it.
  const generated = permissions.generate(schema) as Record<string, Record<string, unknown>>;
  const effectiveRule = (type: string, field: string) => merged[type]?.[field] ?? merged[type]?.['*'] ?? deny;
  const needed: Record<string, Record<string, unknown>> = {};
  for (const [type, fields] of Object.entries(generated)) {
    for (const [field, middleware] of Object.entries(fields)) {
      if (effectiveRule(type, field) !== allow) (needed[type] ??= {})[field] = middleware;
    }
  }
  const guarded = applyMiddleware(schema, needed as never);
  ruleTables.set(guarded, effectiveRule);
  return guarded;
}

const ruleTables = new WeakMap<GraphQLSchema, (type: string, field: string) => unknown>();

/**
 * The rule that guards a field of a schema made by `applyPermissions` (deny where no module gave
 * one); undefined for a schema without permissions. A plan that answers an operation without
 * graphql-js (core/graphql/operation-plan.ts) reads only fields whose rule it knows.
 */
export function fieldRuleOf(schema: GraphQLSchema, type: string, field: string): unknown {
  return ruleTables.get(schema)?.(type, field);
}

/** True for a field every caller may read (`allow`): nothing is checked before it resolves. */
export function isOpenField(schema: GraphQLSchema, type: string, field: string): boolean {
  return fieldRuleOf(schema, type, field) === allow;
}

/** Object types of a schema that no permission map mentions: each would be denied whole. */
export function typesWithoutRules(schema: GraphQLSchema, maps: PermissionMap[]): string[] {
  const covered = new Set(maps.flatMap((m) => Object.keys(m)));
  return Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && !t.name.startsWith('__') && !covered.has(t.name))
    .map((t) => t.name);
}

/**
 * The rules of `maps` that name types and fields of `schema`: a subgraph serves part of the hub's
 * types, and graphql-shield refuses rules for fields a schema does not have.
 */
export function permissionsWithin(schema: GraphQLSchema, maps: PermissionMap[]): PermissionMap[] {
  return maps.map((map) => {
    const kept: PermissionMap = {};
    for (const [typeName, rules] of Object.entries(map)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) continue;
      const fields = type.getFields();
      const within = Object.fromEntries(Object.entries(rules).filter(([field]) => field === '*' || field in fields));
      if (Object.keys(within).length) kept[typeName] = within;
    }
    return kept;
  });
}
