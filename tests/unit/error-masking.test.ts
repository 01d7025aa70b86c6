import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { auditOperationName, formatError } from '../../src/core/graphql/server-plugins.js';
import { badUserInput, inputProblem } from '../../src/core/errors.js';
import { CORE } from '../../src/core/messages/core.messages.js';

const silent = pino({ level: 'silent' });

describe('error masking', () => {
  const internal = new GraphQLError('relation "facility" does not exist: select * from facility', {
    path: ['facilities'],
    originalError: new Error('SQL failure'),
  });

  it('hides internal messages and stack traces in production', () => {
    const formatted = formatError(true, silent)({ ...internal.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at db.ts:1'] } }, internal);
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['facilities'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL', params: {}, messagePl: 'Wewnętrzny błąd serwera' },
    });
  });

  it('keeps internal messages in development, where they help', () => {
    const formatted = formatError(false, silent)({ ...internal.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR' } }, internal);
    expect(formatted.message).toContain('relation "facility"');
  });

  it('passes the codes of API.md through with their details, without stack traces', () => {
    const error = badUserInput([inputProblem('address.postalCode', CORE.POSTAL_CODE_FORM())]);
    const formatted = formatError(true, silent)({ ...error.toJSON(), extensions: { ...error.extensions, stacktrace: ['x'] } }, error);
    expect(formatted.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'POSTAL_CODE_FORM',
      details: [{ path: 'address.postalCode', reason: 'POSTAL_CODE_FORM', message: 'A postal code has the form NN-NNN, e.g. 31-005' }],
    });
    expect(formatted.extensions).not.toHaveProperty('stacktrace');
  });
});

describe('the operation name kept in the audit trail', () => {
  it('keeps no run of digits a PESEL could hide in, and no more than 100 characters', () => {
    expect(auditOperationName('_97102857160')).toBe('_#');
    expect(auditOperationName('Participants2026')).toBe('Participants#');
    expect(auditOperationName('_971_028_571_60')).toBe('_#_#_#_#');
    expect(auditOperationName('p9p7p1p0p2p8p5p7p1p6p0')).toBe('p#p#p#p#p#p#p#p#p#p#p#');
    expect(auditOperationName('Page2')).toBe('Page2');
    expect(auditOperationName('MonthlyCisReport')).toBe('MonthlyCisReport');
    expect(auditOperationName('x'.repeat(300))).toHaveLength(100);
    expect(auditOperationName(null)).toBeNull();
  });
});
