import { composeServices } from '@apollo/composition';
import { print, type DocumentNode } from 'graphql';

export interface NamedSubgraph {
  name: string;
  url: string;
  document: DocumentNode;
}

export class CompositionError extends Error {}

/**
 * Hints that say nothing about two subgraphs disagreeing. `CacheControlScope` is the argument type of
 * `@cacheControl`, which each subgraph keeps for its own response cache and composition drops.
 */
const HARMLESS_HINTS = [{ code: 'UNUSED_ENUM_TYPE', about: '"CacheControlScope"' }];

/**
 * Composes the subgraphs into the supergraph SDL a gateway or router runs on. Composition errors
 * fail, and so does every hint: each one is a place where two subgraphs disagree about a type
 * (an argument, a description, a value type), and the way disagreements become breaking changes
 * for one side is by being let through. Only the hints listed as harmless are let pass.
 */
export function composeSupergraph(subgraphs: NamedSubgraph[]): string {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: s.document })));
  if (result.errors) throw new CompositionError(`The subgraphs do not compose:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  const hints = result.hints.filter((h) => !HARMLESS_HINTS.some((k) => h.definition.code === k.code && h.message.includes(k.about)));
  if (hints.length)
    throw new CompositionError(
      `Composition hints (each a disagreement between subgraphs):\n${hints.map((h) => `- ${h.definition.code}: ${h.message}`).join('\n')}`,
    );
  return result.supergraphSdl;
}

/** A subgraph's SDL as committed under schema/. */
export function printSubgraph(document: DocumentNode): string {
  return print(document);
}
