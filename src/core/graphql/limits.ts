import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Query limits against abusive or accidental giant queries: depth, aliases, directives, tokens and
 * cost. The numbers leave room for every legitimate screen of the hub (a facility with its operator,
 * unit, district and occupancy history nests 4 deep) and reject nested fan-outs.
 */
export function queryLimits(options: { fieldSuggestions?: boolean } = {}) {
  return new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 50 },
    maxTokens: { n: 5000 },
    costLimit: { maxCost: 100000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
    // "Did you mean …" maps the schema for a stranger; it goes with introspection.
    blockFieldSuggestion: { enabled: !(options.fieldSuggestions ?? true) },
  }).protect();
}
