import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { queryLimits } from '../graphql/limits.js';

/** What the gateway keeps of a request: the caller's token, and nothing it could vouch for itself. */
interface GatewayContext {
  authorization: string | undefined;
}

export interface GatewayOptions {
  /** The composed supergraph (schema/supergraph.graphql). */
  supergraphSdl: string;
  /** Where each subgraph really listens, by name; a subgraph not listed is reached at the URL the supergraph names. */
  urls?: Record<string, string>;
  host?: string;
  port?: number;
  /** Introspection and field suggestions, as the hub's `HUB_INTROSPECTION` (default on). */
  introspection?: boolean;
}

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

/**
 * An Apollo Gateway over the hub's subgraphs, for development, tests and benchmarks (production
 * runs Apollo Router or Hive Gateway on the same supergraph: docs/scaling.md). It forwards the
 * caller's `Authorization` header and nothing else: each subgraph verifies the token itself and
 * applies its own rules, so the gateway holds no secret and grants nothing.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: options.urls?.[name] ?? url,
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
        },
      }),
  });
  const app = express();
  app.disable('x-powered-by');
  const httpServer: Server = await new Promise((resolve) => {
    const s = app.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve(s));
  });
  // The hub's query limits, applied before planning: a subgraph checks only the part it is sent.
  const limits = queryLimits({ fieldSuggestions: options.introspection ?? true });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: options.introspection ?? true,
    validationRules: limits.validationRules,
    allowBatchedHttpRequests: false,
    plugins: [
      ...(limits.plugins as unknown as ApolloServerPlugin<GatewayContext>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '10mb' }),
    expressMiddleware(apollo, { context: async ({ req }) => ({ authorization: req.headers.authorization }) }),
  );
  const address = httpServer.address() as AddressInfo;
  return {
    url: `http://${address.address}:${address.port}/graphql`,
    async stop() {
      await apollo.stop();
    },
  };
}

/** `registry=http://10.0.0.5:4001/graphql,persons=…` → { registry: 'http://…', … }. */
export function parseSubgraphUrls(raw: string | undefined): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const pair of (raw ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const at = pair.indexOf('=');
    if (at < 1) throw new Error(`HUB_SUBGRAPH_URLS: "${pair}" is not name=url`);
    urls[pair.slice(0, at).trim()] = new URL(pair.slice(at + 1).trim()).toString();
  }
  return urls;
}
