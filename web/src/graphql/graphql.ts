import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

/**
 * Typed GraphQL documents: gql.tada reads `schema/hub.graphql` (through graphql-env.d.ts, generated
 * by `npm run web:types`), so a field the API does not have, or a variable of the wrong type, fails
 * the web app's type check.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { Date: string; DateTime: string; JSONObject: Record<string, unknown> };
}>();

export type { ResultOf, VariablesOf } from 'gql.tada';
