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

  it('words the labour office\u2019s batch limit in Polish for a clerk\u2019s page', async () => {
    const token = await signDevelopmentToken(TEST_JWT_SECRET, { role: 'ADMIN', sub: 'language-test', org: null });
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': 'pl' },
      body: JSON.stringify({ query: 'query($p: [String!]!) { crossCheckPersons(pesels: $p, purpose: REFERRAL) { index } }', variables: { p: Array.from({ length: 10_001 }, () => '00000000000') } }),
    });
    const [error] = (await response.json()).errors;
    expect(error.extensions.details).toEqual([{ path: 'pesels', message: 'Najwyżej 10\u00a0000 numerów PESEL w jednym sprawdzeniu; podziel listę' }]);
  });

  it('words a refusal by role in Polish too, and leaves its code as it is', async () => {
    const ask = async (language: string) => {
      const response = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': language }, body: JSON.stringify({ query: '{ auditLog(first: 1) { totalCount } }' }) });
      return (await response.json()).errors[0];
    };
    expect(await ask('pl')).toMatchObject({ message: 'Twoja rola nie pozwala zobaczyć tego pola ani wykonać tej operacji', extensions: { code: 'FORBIDDEN' } });
    const english = await ask('en');
    expect(english).toMatchObject({ message: 'Your role may not see this field or perform this operation', extensions: { code: 'FORBIDDEN' } });
    expect(english.extensions.messagePl).toBeUndefined();
  });
});
