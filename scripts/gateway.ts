/**
 * A development gateway over the committed supergraph: `npm run gateway` with the subgraphs
 * listening where schema/supergraph.graphql says (ports 4001–4009), or elsewhere through
 * HUB_SUBGRAPH_URLS=registry=http://…/graphql,persons=…. PORT sets its own port (default 4000).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSubgraphUrls, startGateway } from '../src/core/federation/gateway.js';

const gateway = await startGateway({
  supergraphSdl: readFileSync(join(process.cwd(), 'schema', 'supergraph.graphql'), 'utf8'),
  urls: parseSubgraphUrls(process.env.HUB_SUBGRAPH_URLS),
  host: process.env.HOST || '127.0.0.1',
  port: Number(process.env.PORT || 4000),
  introspection: process.env.HUB_INTROSPECTION ? process.env.HUB_INTROSPECTION === 'true' : process.env.NODE_ENV !== 'production',
});
console.log(`Splot gateway listening on ${gateway.url}`);
const shutdown = async () => {
  await gateway.stop();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
