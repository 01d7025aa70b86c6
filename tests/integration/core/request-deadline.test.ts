import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Facility, OccupancyReport } from '../../../src/modules/registry/registry.entities.js';
import { makeFacility, makeWelfareCentre } from '../../support/registry-factories.js';
import { signDevelopmentToken } from '../../../src/core/auth/dev-tokens.js';
import { startTestHub, TEST_DB, TEST_JWT_SECRET, testToday, type TestHub } from '../../support/test-hub.js';

/**
 * The request deadline (`HUB_REQUEST_TIMEOUT_MS`) on PostgreSQL, where another session can hold a
 * lock: a request that waits past the deadline answers SERVICE_UNAVAILABLE with Retry-After, and
 * the hub serves on.
 */
const today = testToday('2026-11-30');
let t: TestHub;
let facility: Facility;
let mopsId: string;
const REPORT = 'mutation($f: ID!, $d: Date!) { reportOccupancy(facilityId: $f, date: $d, occupiedPlaces: 3) { id } }';

describe.runIf(TEST_DB === 'postgres')('the request deadline', () => {
  beforeAll(async () => {
    // The lock timeout is longer than the deadline, so the deadline is what answers.
    t = await startTestHub({ today, env: { HUB_REQUEST_TIMEOUT_MS: '600', HUB_DB_LOCK_TIMEOUT_MS: '4000' } });
    const city = await makeWelfareCentre(t.em());
    mopsId = city.mops.id;
    facility = await makeFacility(t.em(), { type: 'NIGHT_SHELTER', operator: city.mops, unit: city.branch, district: city.district, declaredCapacity: 20 });
  });
  afterAll(() => t?.close());

  it('answers a request still waiting at its deadline with SERVICE_UNAVAILABLE and Retry-After, and serves the next ones', async () => {
    const holder = new pg.Client({ connectionString: t.config.databaseUrl! });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select 1 from facility where id = $1 for update', [facility.id]);
      const started = performance.now();
      const token = await signDevelopmentToken(TEST_JWT_SECRET, { role: 'MOPS_WORKER', sub: 'deadline', org: mopsId });
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'authorization': `Bearer ${token}` },
        body: JSON.stringify({ query: REPORT, variables: { f: facility.id, d: today } }),
      });
      const elapsed = performance.now() - started;
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('2');
      const body = (await response.json()) as { errors: { extensions: { code: string; retryAfterSeconds: number } }[] };
      expect(body.errors[0]!.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 });
      expect(elapsed).toBeGreaterThanOrEqual(550);
      expect(elapsed).toBeLessThan(3000);
    } finally {
      await holder.query('rollback');
      await holder.end();
    }
    const next = await t.as('MOPS_WORKER', mopsId).query(REPORT, { f: facility.id, d: today });
    expect(next.errors).toBeUndefined();
  });

  it('writes nothing of a request its deadline answered, even when the lock it waited on is then released', async () => {
    const city = await makeWelfareCentre(t.em());
    const shelter = await makeFacility(t.em(), {
      type: 'NIGHT_SHELTER',
      operator: city.mops,
      unit: city.branch,
      district: city.district,
      declaredCapacity: 20,
    });
    const holder = new pg.Client({ connectionString: t.config.databaseUrl! });
    await holder.connect();
    let response: Response;
    try {
      await holder.query('begin');
      await holder.query('select 1 from facility where id = $1 for update', [shelter.id]);
      const token = await signDevelopmentToken(TEST_JWT_SECRET, { role: 'MOPS_WORKER', sub: 'deadline', org: city.mops.id });
      response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'authorization': `Bearer ${token}` },
        body: JSON.stringify({ query: REPORT, variables: { f: shelter.id, d: today } }),
      });
    } finally {
      // The report still waiting on the lock goes on now, up to its commit.
      await holder.query('rollback');
      await holder.end();
    }
    expect(response.status).toBe(503);
    const reports = async () => await t.em().count(OccupancyReport, { facility: shelter.id });
    // Long enough for the waiting transaction to reach its commit (the lock timeout is 4 s).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await reports()).toBe(0);
    // The retry the 503 asked for writes the report once.
    expect((await t.as('MOPS_WORKER', city.mops.id).query(REPORT, { f: shelter.id, d: today })).errors).toBeUndefined();
    expect(await reports()).toBe(1);
  });
});
