import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../../../src/core/auth/dev-tokens.js';
import { startTestHub, TEST_JWT_SECRET, testToday, type TestHub } from '../../support/test-hub.js';

/** API.md, Errors: messages in Polish or English, by the request's Accept-Language (English when absent). */
const today = testToday('2026-11-30');
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ today });
});
afterAll(() => t?.close());

async function register(nip: string, acceptLanguage?: string) {
  const token = await signDevelopmentToken(TEST_JWT_SECRET, { role: 'ADMIN', sub: 'language-test', org: null });
  const response = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}) },
    body: JSON.stringify({ query: 'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }', variables: { i: { name: 'Fundacja Językowa', kind: 'FOUNDATION', nip } } }),
  });
  return { text: await response.text() };
}

describe('the language of an input problem', () => {
  it('is Polish for a caller who prefers Polish, at the same path, in the message and in its details', async () => {
    const { text } = await register('5261040829', 'pl-PL,pl;q=0.9,en;q=0.5');
    const [error] = JSON.parse(text).errors;
    expect(error.extensions.details).toEqual([{ path: 'nip', message: 'Cyfra kontrolna NIP się nie zgadza: sprawdź numer' }]);
    expect(error.message).toBe('Cyfra kontrolna NIP się nie zgadza: sprawdź numer');
  });

  it('is English when the caller prefers English or says nothing, and the Polish wording never travels beside it', async () => {
    for (const language of ['en-GB,en;q=0.9,pl;q=0.5', undefined]) {
      const { text } = await register('5261040829', language);
      expect(JSON.parse(text).errors[0].extensions.details).toEqual([{ path: 'nip', message: 'The NIP check digit does not match' }]);
      expect(text).not.toContain('messagePl');
    }
  });
});
