import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { RequestContext } from '../graphql/context.js';
import { operationLabel } from './operation-label.js';

/**
 * One structured log line per GraphQL request, and the request id in every error: who (the role,
 * never the user's data), what (the operation's type and root fields), how it ended (the error
 * codes, the status) and how long it took. Never the variables: they carry PESELs and names.
 */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      let operation = 'unparsed';
      return {
        async didResolveOperation({ operation: op }) {
          operation = operationLabel(op);
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors ?? [] : [];
          for (const error of errors) (error.extensions as Record<string, unknown> | undefined ?? ((error as { extensions?: Record<string, unknown> }).extensions = {}))['requestId'] = contextValue.requestId;
          logger.info({
            requestId: contextValue.requestId, role: contextValue.principal.role, operation, status: response.http.status ?? 200,
            errors: errors.length ? errors.map((e) => e.extensions?.code ?? 'UNKNOWN') : undefined, durationMs: Math.round(performance.now() - started),
          }, 'graphql request');
        },
      };
    },
  };
}
