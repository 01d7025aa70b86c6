import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { databaseErrorToGraphQL } from '../db/database-errors.js';
import { ErrorCode } from '../errors.js';
import type { RequestContext } from './context.js';
import { CORE } from '../messages/core.messages.js';

const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  // Apollo's own codes for requests that never reach a resolver.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Keeps the closed set of error codes of API.md. Anything else is an internal failure: logged in
 * full, and sent as INTERNAL_SERVER_ERROR without message details in production, so that no SQL or
 * stack trace leaves the server.
 */
export function formatError(production: boolean, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    // A database failure can surface from a resolver or from a plugin (the response cache asks for
    // the data revision): it gets its own code and a message without SQL, host or port.
    const fromDatabase = code && (Object.values(ErrorCode) as string[]).includes(code) ? null : databaseErrorToGraphQL(unwrap(error));
    if (fromDatabase) {
      const level = fromDatabase.extensions.code === ErrorCode.SERVICE_UNAVAILABLE ? 'warn' : 'info';
      logger[level]({ err: unwrap(error), path: formatted.path, code: fromDatabase.extensions.code }, 'database error answered to the client');
      const { http: _http, ...extensions } = fromDatabase.extensions;
      return {
        message: fromDatabase.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        extensions,
      };
    }
    if (code && KNOWN_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: unwrap(error), path: formatted.path }, 'internal error while resolving');
    if (!production) return formatted;
    const internal = CORE.INTERNAL();
    return {
      message: internal.en,
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', reason: internal.reason, params: internal.params, messagePl: internal.pl },
    };
  };
}

/**
 * A response with a SERVICE_UNAVAILABLE error answers HTTP 503 with Retry-After, whichever layer
 * raised it, so that a client or a balancer retries (API.md, Errors).
 */
export function serviceUnavailableStatusPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const unavailable = response.body.singleResult.errors?.find((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE);
          if (!unavailable) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(unavailable.extensions?.retryAfterSeconds ?? 2));
        },
      };
    },
  };
}

/**
 * The client's operation name as the audit trail keeps it: free text the client chose, so a name
 * with four digits or more keeps none of them (a query named `_97102857160`, or `_971_028_571_60`,
 * or with letters between the digits, would carry a PESEL into the audit table): each run of digits
 * becomes `#`. The name is cut to 100 characters.
 */
export function auditOperationName(name: string | null | undefined): string | null {
  if (!name) return null;
  const digits = name.replace(/\D/g, '').length;
  return (digits >= 4 ? name.replace(/\d+/g, '#') : name).slice(0, 100);
}

function unwrap(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? error.originalError : error;
}

/**
 * Writes the request's buffered audit reads before the response leaves: a read that was served is a
 * read that was logged. If the audit write fails, the response fails too.
 */
export function auditFlushPlugin(options: { behindGateway?: boolean } = {}): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext: GraphQLRequestContext<RequestContext>) {
          const name = requestContext.operationName ?? null;
          // A gateway names the part it sends a subgraph `<operation>__<subgraph>__<n>`; the audit
          // trail keeps the client's name, as the single-process hub records it.
          requestContext.contextValue.operationName = auditOperationName(name && options.behindGateway ? name.replace(/__[A-Za-z0-9_]+__\d+$/, '') : name);
        },
        async willSendResponse(requestContext: GraphQLRequestContext<RequestContext>) {
          const ctx = requestContext.contextValue;
          if (ctx.audit.pendingReadCount > 0) await ctx.audit.flushReads(ctx.em.fork());
        },
      };
    },
  };
}
