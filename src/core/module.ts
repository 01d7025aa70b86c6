import type { EntitySchema } from '@mikro-orm/core';
import type { PermissionMap } from './access/shield.js';
import type { EntityManager } from './db/database.js';
import type { RequestContext } from './graphql/context.js';
import type { ModulePlans } from './graphql/operation-plan.js';
import type { ImportRegister } from './import/register.js';
import type { FieldHeaders } from './export/labels.js';
import type { EnumLabels } from './labels/enum-labels.js';
import type { Catalogue } from './messages/reasons.js';

/**
 * Turns a federation entity's key into the row its resolvers expect, or null when there is none or
 * the caller may not see it: the same row scoping as the module's read by id, because any caller
 * with a token can send `_entities` to a subgraph.
 */
export type ReferenceResolver = (id: string, ctx: RequestContext) => Promise<object | null>;

/**
 * The face a domain module shows the hub: its tables, its part of the GraphQL schema, who may
 * read and write what, and its demo data. The hub serves the union of the modules it is given.
 */
export interface HubModule {
  name: string;
  entities: EntitySchema<any, any>[];
  // type-graphql resolvers are classes; their constructor types have no common shape.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: Function[];
  permissions: PermissionMap;
  /** The module's federation entities (`@key(fields: "id")`) by type name, each with how to resolve it from its id. */
  references?: Record<string, ReferenceResolver>;
  /** Hot reads answered from a plan made once per document instead of field by field (core/graphql/operation-plan.ts). */
  plans?: ModulePlans;
  /** Registers a city loads from its spreadsheets (`POST /import/<name>`), through this module's services. */
  imports?: ImportRegister[];
  /** Polish labels of the module's GraphQL enums, for exports and the web app (core/labels/enum-labels.ts). */
  enumLabels?: EnumLabels;
  /** Polish export headers of fields the module declares itself (core/export/labels.ts), joined with the core's by the hub. */
  fieldHeaders?: FieldHeaders;
  /** Why the module refuses, worded in English and Polish (`<module>.messages.ts`, core/messages/reasons.ts). */
  messages?: Catalogue;
  /**
   * Gives other modules what they ask of this one (whom its records let a role reach, the SQL of a
   * filter another module offers); called by the hub once, when it gathers its modules, rather than
   * when the module is imported. Safe to call again.
   */
  wire?: () => void;
  /** Data every hub needs whatever its configuration (a catalogue), written once per database. */
  seedReference?: { name: string; seed: (em: EntityManager) => Promise<void> };
}
