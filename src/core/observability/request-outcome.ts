import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { RequestContext } from '../graphql/context.js';
import type { HubMetrics } from './metrics.js';
import { operationLabel } from './operation-label.js';
import { currentSpan } from './tracing.js';

/**
 * What becomes of each GraphQL request: one structured log line, its figures in the metrics, and
 * the request id in every error. Who (the role, never the user's data), what (the operation's type
 * and root fields), how it ended (the error codes, the status) and how long it took. Never the
 * variables: they carry PESELs and names.
 */
export function requestOutcomePlugin(logger: Logger, metrics: HubMetrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      let operation = 'unparsed';
      return {
        async didResolveOperation({ operation: op }) {
          operation = operationLabel(op);
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN'));
          const durationMs = performance.now() - started;
          metrics.record(operation, durationMs / 1000, codes);
          if (response.body.kind === 'single' && errors.length) {
            response.body.singleResult.errors = errors.map((e) => ({ ...e, extensions: { ...e.extensions, requestId: contextValue.requestId } }));
          }
          currentSpan()?.setAttributes({
            'graphql.operation.name': operation,
            'enduser.role': contextValue.principal.role,
            'splot.error_codes': codes,
          });
          logger.info(
            {
              requestId: contextValue.requestId,
              role: contextValue.principal.role,
              operation,
              status: response.http.status ?? 200,
              errors: codes.length ? codes : undefined,
              durationMs: Math.round(durationMs),
            },
            'graphql request',
          );
        },
      };
    },
  };
}
