import { OptimisticLockError } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { invalidInput, conflict, serviceUnavailable } from '../errors.js';
import { CORE } from '../messages/core.messages.js';

/**
 * What a database failure means to a client, never with its SQL, host or port: the database
 * unreachable, restarting or too slow (a statement, lock or pool timeout) is SERVICE_UNAVAILABLE and
 * safe to retry, nothing having been written; a value the database refused is BAD_USER_INPUT; a
 * duplicate or a stale version is CONFLICT. Null for anything that is not a database failure.
 *
 * PostgreSQL and PGlite report SQLSTATE codes; `pg` and the pool report network errors by their
 * Node.js code or in words. The chain of causes is searched, since MikroORM and GraphQL wrap them.
 */
export function databaseErrorToGraphQL(error: unknown, path?: string): GraphQLError | null {
  const kind = classify(error);
  if (!kind) return null;
  const at = path ?? 'input';
  switch (kind) {
    case 'unavailable':
      return serviceUnavailable(CORE.DATABASE_UNAVAILABLE());
    case 'timeout':
      return serviceUnavailable(CORE.DATABASE_TIMEOUT());
    case 'duplicate':
      return conflict(CORE.DUPLICATE());
    case 'stale':
      return conflict(CORE.STALE_VERSION());
    case 'missing-reference':
      return invalidInput(at, CORE.MISSING_REFERENCE());
    case 'bad-value':
      return invalidInput(at, CORE.MALFORMED_VALUE());
  }
}

type Kind = 'unavailable' | 'timeout' | 'duplicate' | 'stale' | 'missing-reference' | 'bad-value';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNABORTED']);
const UNAVAILABLE_WORDS =
  /timeout exceeded when trying to connect|connection terminated|terminating connection|connection is closed|client has encountered a connection error|the database system is (starting up|shutting down|in recovery)|cannot connect now|Connection ended|ECONNREFUSED|ECONNRESET/i;

function classify(error: unknown): Kind | null {
  for (let e: unknown = error, depth = 0; e && depth < 6; depth++) {
    if (e instanceof OptimisticLockError) return 'stale';
    const code = typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : '';
    const sqlState = typeof (e as { sqlState?: unknown }).sqlState === 'string' ? (e as { sqlState: string }).sqlState : code;
    const byState = classifySqlState(sqlState);
    if (byState) return byState;
    if (NETWORK_CODES.has(code)) return 'unavailable';
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && UNAVAILABLE_WORDS.test(message)) return 'unavailable';
    e = (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
  }
  return null;
}

function classifySqlState(state: string): Kind | null {
  if (!/^[0-9A-Z]{5}$/.test(state)) return null;
  if (state.startsWith('08') || ['57P01', '57P02', '57P03', '53300', '53400', '40001', '40P01'].includes(state)) return 'unavailable';
  // query_canceled (statement_timeout), lock_not_available (lock_timeout), idle_in_transaction_session_timeout
  if (['57014', '55P03', '25P03'].includes(state)) return 'timeout';
  if (state === '23505') return 'duplicate';
  if (state === '23503') return 'missing-reference';
  if (state.startsWith('22') || state === '23502' || state === '23514') return 'bad-value';
  return null;
}
