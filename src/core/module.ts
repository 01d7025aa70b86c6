import type { EntitySchema } from '@mikro-orm/core';
import type { PermissionMap } from './access/shield.js';
import type { EntityManager } from './db/database.js';

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
  /** Data every hub needs whatever its configuration (a catalogue), written once per database. */
  seedReference?: { name: string; seed: (em: EntityManager) => Promise<void> };
}
