import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { getDocumentNodeFromSchema } from '@graphql-tools/utils';
import { Kind, type DocumentNode, type GraphQLSchema } from 'graphql';
import { allow } from 'graphql-shield';
import { createResolversMap, getMetadataStorage } from 'type-graphql';
import type { PermissionMap } from '../access/shield.js';
import type { HubModule, ReferenceResolver } from '../module.js';
import { cutSubgraphDocument, isResolvableEntity, typeOwners, type FieldOrigins } from './subgraph-document.js';

/** Who owns what across all modules: worked out once from the whole hub's schema and the modules' resolvers. */
export interface FederationPlan {
  /** The whole hub, unguarded: the SDL every subgraph is cut from, and the resolvers it runs. */
  schema: GraphQLSchema;
  document: DocumentNode;
  origins: FieldOrigins;
  owners: Map<string, string>;
  references: Map<string, ReferenceResolver>;
  moduleNames: string[];
  sharedModule: string;
}

/**
 * Which module adds each root field and field resolver, read from type-graphql's metadata: a type
 * class carries every field any module's `@FieldResolver` gives it, so the schema alone cannot say.
 */
function fieldOrigins(modules: HubModule[]): Map<string, string> {
  const storage = getMetadataStorage();
  const moduleOf = new Map(modules.flatMap((m) => m.resolvers.map((r) => [r, m.name] as const)));
  const typeName = new Map(storage.objectTypes.map((o) => [o.target, o.name]));
  const origins = new Map<string, string>();
  for (const [root, handlers] of [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
  ] as const) {
    for (const handler of handlers) {
      const module = moduleOf.get(handler.target);
      if (module) origins.set(`${root}.${handler.schemaName}`, module);
    }
  }
  for (const field of storage.fieldResolvers) {
    const module = moduleOf.get(field.target);
    const type = field.getObjectType ? typeName.get(field.getObjectType()) : undefined;
    if (module && type && field.kind === 'external') origins.set(`${type}.${field.schemaName}`, module);
  }
  return origins;
}

/** `all[0]` is the module every hub serves (the core); the others come in dependency order. */
export function planFederation(all: HubModule[], schema: GraphQLSchema): FederationPlan {
  const [shared] = all;
  const document = getDocumentNodeFromSchema(schema);
  const origins = fieldOrigins(all);
  return {
    schema,
    document,
    origins,
    owners: typeOwners(
      document,
      all.map((m) => m.name),
      shared!.name,
      origins,
    ),
    references: new Map(all.flatMap((m) => Object.entries(m.references ?? {}))),
    moduleNames: all.map((m) => m.name),
    sharedModule: shared!.name,
  };
}

export interface Subgraph {
  /** The Federation 2 SDL the subgraph serves (and composition reads). */
  document: DocumentNode;
  /** Executable, without permissions: the hub applies the modules' shield rules on top. */
  schema: GraphQLSchema;
}

/** The subgraph that serves the named modules (and the core), with its entities resolved by their modules' reference resolvers. */
export function buildModuleSubgraph(plan: FederationPlan, names: readonly string[]): Subgraph {
  const unknown = names.filter((n) => n === plan.sharedModule || !plan.moduleNames.includes(n));
  if (unknown.length) {
    throw new Error(`No module named ${unknown.join(', ')}; the modules are ${plan.moduleNames.filter((n) => n !== plan.sharedModule).join(', ')}`);
  }
  const document = cutSubgraphDocument({
    document: plan.document,
    modules: names,
    sharedModule: plan.sharedModule,
    origins: plan.origins,
    owners: plan.owners,
    entities: new Set(plan.references.keys()),
  });
  const resolvers = createResolversMap(plan.schema) as GraphQLResolverMap<unknown>;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const resolve = plan.references.get(definition.name.value);
    if (!resolve || !isResolvableEntity(definition)) continue;
    const fields = (resolvers[definition.name.value] ??= {}) as Record<string, unknown>;
    fields.__resolveReference = (reference: { id: string }, ctx: Parameters<ReferenceResolver>[1]) => resolve(reference.id, ctx);
  }
  return { document, schema: buildSubgraphSchema([{ typeDefs: document, resolvers }]) };
}

/**
 * The federation fields every caller may use: `_service` is the SDL, and `_entities` answers only
 * what the reference resolvers let through (the row scoping of a read by id); the fields of each
 * entity keep their own rules.
 */
export const FEDERATION_PERMISSIONS: PermissionMap = {
  Query: { _entities: allow, _service: allow },
  _Service: { '*': allow },
};
