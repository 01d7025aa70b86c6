/**
 * Where each subgraph listens unless told otherwise: the hub on 4000, the subgraphs from 4001 in
 * the modules' order. The committed supergraph names these; a gateway maps them to real addresses
 * (`HUB_SUBGRAPH_URLS`, see docs/scaling.md).
 */
export const SUBGRAPH_PORTS: Record<string, number> = { registry: 4001, standards: 4002, persons: 4003, integration: 4004, crosscheck: 4005, fostercare: 4006 };

export function defaultSubgraphUrl(name: string): string {
  const port = SUBGRAPH_PORTS[name];
  if (!port) throw new Error(`No port is assigned to the subgraph ${name}`);
  return `http://127.0.0.1:${port}/graphql`;
}
