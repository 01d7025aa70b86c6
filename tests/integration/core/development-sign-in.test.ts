import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_JWT_SECRET } from '../../../src/config.js';
import { makeOrganisation } from '../../support/registry-factories.js';
import { errorCodes, problemPaths, startTestHub, testToday, type TestHub } from '../../support/test-hub.js';

const today = testToday('2026-11-30');
const SIGN_IN = 'mutation($r: Role!, $o: ID) { developmentSignIn(role: $r, organisationId: $o) }';
let dev: TestHub;
let other: TestHub;
beforeAll(async () => {
  [dev, other] = await Promise.all([startTestHub({ today, env: { HUB_JWT_SECRET: DEVELOPMENT_JWT_SECRET } }), startTestHub({ today })]);
});
afterAll(async () => {
  await Promise.all([dev?.close(), other?.close()]);
});

const post = async (url: string, query: string, variables: Record<string, unknown> = {}, token?: string) =>
  (
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    })
  ).json() as Promise<any>;

describe('development sign-in, for the web app\u2019s sign-in page', () => {
  it('signs a token for a role and an organisation on the development secret, which the hub then accepts', async () => {
    const office = await makeOrganisation(dev.em(), { kind: 'LABOUR_OFFICE' });
    const token = (await post(dev.url, SIGN_IN, { r: 'LABOUR_OFFICE', o: office.id })).data.developmentSignIn;
    expect((await post(dev.url, '{ me { role organisationId } today }', {}, token)).data).toEqual({
      me: { role: 'LABOUR_OFFICE', organisationId: office.id },
      today,
    });
    // The organisation binding still applies to what it signed: an NGO is no labour office.
    const ngo = await makeOrganisation(dev.em());
    const wrong = (await post(dev.url, SIGN_IN, { r: 'LABOUR_OFFICE', o: ngo.id })).data.developmentSignIn;
    expect(errorCodes(await post(dev.url, '{ me { role } }', {}, wrong))).toEqual(['UNAUTHENTICATED']);
    expect(problemPaths(await post(dev.url, SIGN_IN, { r: 'PUBLIC', o: null }))).toEqual(['role']);
  });

  it('is refused on any other secret', async () => {
    expect(errorCodes(await post(other.url, SIGN_IN, { r: 'ADMIN', o: null }))).toEqual(['FORBIDDEN']);
  });
});
