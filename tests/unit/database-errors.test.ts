import { OptimisticLockError } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { databaseErrorToGraphQL } from '../../src/core/db/database-errors.js';

const pgError = (code: string, message = 'boom at 127.0.0.1:5432: select * from facility') => Object.assign(new Error(message), { code });

describe('what a database failure means to a client', () => {
  it.each([
    ['08006', 'SERVICE_UNAVAILABLE', 'connection failure'],
    ['57P01', 'SERVICE_UNAVAILABLE', 'the server is shutting down (a restart)'],
    ['53300', 'SERVICE_UNAVAILABLE', 'too many connections'],
    ['40P01', 'SERVICE_UNAVAILABLE', 'a deadlock: safe to retry'],
    ['57014', 'SERVICE_UNAVAILABLE', 'statement_timeout'],
    ['55P03', 'SERVICE_UNAVAILABLE', 'lock_timeout'],
    ['23505', 'CONFLICT', 'a duplicate'],
    ['23503', 'BAD_USER_INPUT', 'a reference to nothing'],
    ['22P02', 'BAD_USER_INPUT', 'an id that is not a UUID'],
    ['22021', 'BAD_USER_INPUT', 'a NUL byte in text'],
    ['22008', 'BAD_USER_INPUT', 'a date out of range'],
  ])('SQLSTATE %s is %s (%s), with no SQL, host or port in the message', (state, code) => {
    const error = databaseErrorToGraphQL(pgError(state))!;
    expect(error.extensions.code).toBe(code);
    expect(error.message).not.toMatch(/select|127\.0\.0\.1|5432/);
  });

  it('reads network failures by their Node.js code or in words, also deep in the causes', () => {
    expect(databaseErrorToGraphQL(pgError('ECONNREFUSED'))?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(databaseErrorToGraphQL(new Error('timeout exceeded when trying to connect'))?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    const wrapped = new GraphQLError('wrapped', { originalError: new Error('outer', { cause: pgError('57P01') }) });
    expect(databaseErrorToGraphQL(wrapped)?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2, http: { status: 503 } });
  });

  it('makes a stale version a CONFLICT', () => {
    expect(databaseErrorToGraphQL(OptimisticLockError.lockFailed('Facility'))?.extensions.code).toBe('CONFLICT');
  });

  it('leaves everything else alone', () => {
    expect(databaseErrorToGraphQL(new Error('a bug in a resolver'))).toBeNull();
    expect(databaseErrorToGraphQL(pgError('42P01'))).toBeNull(); // undefined table: a defect, not the caller's
    expect(databaseErrorToGraphQL(null)).toBeNull();
  });
});
