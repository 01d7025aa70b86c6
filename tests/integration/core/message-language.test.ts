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
    headers: { 'content-type': 'application/json', 'authorization': `Bearer ${token}`, ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}) },
    body: JSON.stringify({
      query: 'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
      variables: { i: { name: 'Fundacja Językowa', kind: 'FOUNDATION', nip } },
    }),
  });
  return { text: await response.text() };
}

describe('the language of an input problem', () => {
  it('is Polish for a caller who prefers Polish, at the same path, in the message and in its details', async () => {
    const { text } = await register('5261040829', 'pl-PL,pl;q=0.9,en;q=0.5');
    const [error] = JSON.parse(text).errors;
    expect(error.extensions.details).toEqual([
      { path: 'nip', reason: 'NIP_CHECK_DIGIT', params: {}, message: 'Cyfra kontrolna NIP się nie zgadza: sprawdź numer' },
    ]);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NIP_CHECK_DIGIT' });
    expect(error.message).toBe('Cyfra kontrolna NIP się nie zgadza: sprawdź numer');
  });

  it('is English when the caller prefers English or says nothing, and the Polish wording never travels beside it', async () => {
    for (const language of ['en-GB,en;q=0.9,pl;q=0.5', undefined]) {
      const { text } = await register('5261040829', language);
      expect(JSON.parse(text).errors[0].extensions.details).toEqual([
        { path: 'nip', reason: 'NIP_CHECK_DIGIT', params: {}, message: 'The NIP check digit does not match' },
      ]);
      expect(text).not.toContain('messagePl');
    }
  });

  it('words the labour office\u2019s batch limit in Polish for a clerk\u2019s page', async () => {
    const token = await signDevelopmentToken(TEST_JWT_SECRET, { role: 'ADMIN', sub: 'language-test', org: null });
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'authorization': `Bearer ${token}`, 'accept-language': 'pl' },
      body: JSON.stringify({
        query: 'query($p: [String!]!) { crossCheckPersons(pesels: $p, purpose: REFERRAL) { index } }',
        variables: { p: Array.from({ length: 10_001 }, () => '00000000000') },
      }),
    });
    const [error] = (await response.json()).errors;
    expect(error.extensions.details).toEqual([
      {
        path: 'pesels',
        reason: 'PESELS_PER_BATCH',
        params: { max: 10_000 },
        message: 'Najwyżej 10\u00a0000 numerów PESEL w jednym sprawdzeniu; podziel listę',
      },
    ]);
  });

  it('words a refusal by role in Polish too, and leaves its code as it is', async () => {
    const ask = async (language: string) => {
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': language },
        body: JSON.stringify({ query: '{ auditLog(first: 1) { totalCount } }' }),
      });
      return (await response.json()).errors[0];
    };
    expect(await ask('pl')).toMatchObject({ message: 'Twoja rola nie pozwala zobaczyć tego pola ani wykonać tej operacji', extensions: { code: 'FORBIDDEN' } });
    const english = await ask('en');
    expect(english).toMatchObject({ message: 'Your role may not see this field or perform this operation', extensions: { code: 'FORBIDDEN' } });
    expect(english.extensions.messagePl).toBeUndefined();
    expect(english.extensions.reason).toBe('FORBIDDEN_ROLE');
  });

  it('counts several problems in Polish with the plural a Polish reader expects, each problem with its reason', async () => {
    const token = await signDevelopmentToken(TEST_JWT_SECRET, { role: 'ADMIN', sub: 'language-test', org: null });
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'authorization': `Bearer ${token}`, 'accept-language': 'pl' },
      body: JSON.stringify({
        query: 'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
        variables: { i: { name: ' ', kind: 'FOUNDATION', nip: '123', regon: '1', krs: '5' } },
      }),
    });
    const [error] = (await response.json()).errors;
    expect(error.message).toBe('4 problemy w danych wejściowych');
    expect(error.extensions).toMatchObject({ reason: 'INPUT_PROBLEMS', params: { count: 4 } });
    expect(error.extensions.details.map((d: { reason: string }) => d.reason)).toEqual(['NAME_EMPTY', 'NIP_LENGTH', 'REGON_LENGTH', 'KRS_LENGTH']);
  });

  it('names an enum in Polish by its label and keeps its code in params', async () => {
    const token = await signDevelopmentToken(TEST_JWT_SECRET, { role: 'ADMIN', sub: 'language-test', org: null });
    const ask = async (language: string) => {
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'authorization': `Bearer ${token}`, 'accept-language': language },
        body: JSON.stringify({
          query: 'mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id } }',
          variables: {
            i: {
              name: 'Placówka',
              type: 'CARE_EDUCATION_FACILITY',
              operatorId: '00000000-0000-4000-8000-000000000000',
              unitId: '00000000-0000-4000-8000-000000000000',
              districtId: '00000000-0000-4000-8000-000000000000',
              address: { street: 'Długa 1', postalCode: '31-001', city: 'Kraków' },
              declaredCapacity: 10,
              management: 'OWN_UNIT',
            },
          },
        }),
      });
      return (await response.json()).errors[0].extensions.details.find((d: { path: string }) => d.path === 'subtype');
    };
    const polish = await ask('pl');
    expect(polish).toMatchObject({ reason: 'SUBTYPE_REQUIRED', params: { type: 'CARE_EDUCATION_FACILITY' } });
    expect(polish.message).toMatch(/^Placówka typu placówka opiekuńczo-wychowawcza wymaga podtypu/);
    expect((await ask('en')).message).toBe('A CARE_EDUCATION_FACILITY needs its subtype: the legal capacity limit depends on it');
  });

  it('words a refusal of each kind in Polish, with its reason, and in English otherwise', async () => {
    const admin = await signDevelopmentToken(TEST_JWT_SECRET, { role: 'ADMIN', sub: 'language-test', org: null });
    const ask = async (query: string, language: string, token: string | null = admin) => {
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': language, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query }),
      });
      return (await response.json()).errors[0] as { message: string; extensions: { code: string; reason: string } };
    };
    const missing = '00000000-0000-4000-8000-000000000000';
    const kinds = [
      { query: '{ me { role } }', token: 'not-a-token', code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID', pl: /^Brak tokenu dostępu/ },
      { query: `mutation { deleteDistrict(id: "${missing}") }`, code: 'NOT_FOUND', reason: 'NO_SUCH_RECORD', pl: /^Nie ma takiego wpisu \(dzielnica, / },
      { query: '{ auditLog(first: 1) { totalCount } }', token: null, code: 'FORBIDDEN', reason: 'FORBIDDEN_ROLE', pl: /^Twoja rola nie pozwala/ },
      {
        query: `mutation { mergeOrganisation(duplicateId: "${missing}", intoId: "${missing}") { id } }`,
        code: 'BAD_USER_INPUT',
        reason: 'MERGE_INTO_ITSELF',
        pl: /^Organizacji nie łączy się z nią samą$/,
      },
    ];
    for (const kind of kinds) {
      const polish = await ask(kind.query, 'pl', kind.token);
      expect(polish.extensions, kind.code).toMatchObject({ code: kind.code, reason: kind.reason });
      expect(polish.message).toMatch(kind.pl);
      const english = await ask(kind.query, 'en', kind.token);
      expect(english.extensions.reason).toBe(kind.reason);
      expect(english.message).not.toBe(polish.message);
    }
  });
});
