import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { startGateway } from '../../src/core/federation/gateway.js';
import { startHub, SUBGRAPH_NAMES, type RunningHub } from '../../src/hub.js';
import type { TestHub } from './test-hub.js';

export interface TestFederation extends Pick<TestHub, 'as' | 'publicCaller'> {
  gatewayUrl: string;
  /** Where each module's subgraph listens. */
  subgraphUrls: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Serves every module as its own subgraph, on loopback ports and on the database of `t`, and runs
 * @apollo/gateway over the committed supergraph in front of them: the same data as the
 * single-process hub of `t`, reached the federated way.
 */
export async function startTestFederation(t: TestHub): Promise<TestFederation> {
  const subgraphs: [string, RunningHub][] = [];
  for (const name of SUBGRAPH_NAMES) {
    const hub = await startHub(
      { ...t.config, subgraphs: [name] },
      { shared: { db: t.hub.db, pesel: t.hub.pesel }, clock: t.clock, logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }) },
    );
    subgraphs.push([name, hub]);
  }
  const subgraphUrls = Object.fromEntries(subgraphs.map(([name, hub]) => [name, hub.url]));
  const gateway = await startGateway({ supergraphSdl: readFileSync(join(process.cwd(), 'schema', 'supergraph.graphql'), 'utf8'), urls: subgraphUrls });
  return {
    ...t.callersAt(gateway.url),
    gatewayUrl: gateway.url,
    subgraphUrls,
    async stop() {
      await gateway.stop();
      for (const [, hub] of subgraphs) await hub.stop();
    },
  };
}
