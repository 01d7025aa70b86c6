import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { signDevelopmentToken } from '../../../src/core/auth/dev-tokens.js';
import { District, Facility, Organisation, WelfareUnit } from '../../../src/modules/registry/index.js';
import { importAttendance } from '../../../scripts/attendance-import.js';
import { cisEnrolment, cisFacility, personInput } from '../../support/integration-factories.js';
import { makeOrganisation } from '../../support/registry-factories.js';
import { startTestHub, testToday, TEST_JWT_SECRET, type TestHub } from '../../support/test-hub.js';

const today = testToday('2026-11-24');

let t: TestHub;
let ngo: Organisation;
let cis: Facility;
let token: string;
const anna = personInput();
const jan = personInput();
let janId: string;

beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true });
  const em = t.em();
  const [unit] = (await em.find(WelfareUnit, { code: 'F1' })) as [WelfareUnit];
  const [district] = (await em.find(District, { code: 'III' })) as [District];
  ngo = await makeOrganisation(em, { name: 'Fundacja Arkusz' });
  cis = await cisFacility(em, { operator: ngo, unit, district, name: 'CIS Arkusz' });
  const mops = t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops);
  const enrol = `mutation($input: EnrolmentInput!) { enrolParticipant(input: $input) { id } }`;
  await mops.query(enrol, { input: cisEnrolment(cis.id, '2025-10-01', { person: anna }) });
  janId = (await mops.query(enrol, { input: cisEnrolment(cis.id, '2025-10-01', { person: jan }) })).data.enrolParticipant.id;
  token = await signDevelopmentToken(TEST_JWT_SECRET, { role: 'NGO_STAFF', sub: 'importer', org: ngo.id });
});
afterAll(() => t?.close());

const count = async () => (await t.em().execute<{ n: number }[]>(`select count(*)::int as n from attendance_entry where facility_id = ?`, [cis.id]))[0]!.n;

describe('npm run attendance:import', () => {
  it('sends a spreadsheet export through reportAttendance, resolving PESELs at the facility, once', async () => {
    const text = `PESEL;uczestnik_id;Data;Status;Godziny\n${anna.pesel};;03.11.2025;O;6,5\n${anna.pesel};;04.11.2025;L4;\n;${janId};03.11.2025;O;7\n`;
    const stages: string[] = [];
    const outcome = await importAttendance({ url: t.url, token, facilityId: cis.id, text, onProgress: (_d, _t, stage) => stages.push(stage) });
    expect(outcome).toMatchObject({ ok: true, result: { created: 3, replayed: false, months: ['2025-11'] } });
    expect(stages).toContain('resolving PESELs');
    const again = await importAttendance({ url: t.url, token, facilityId: cis.id, text });
    expect(again).toMatchObject({ ok: true, result: { replayed: true } });
    expect(await count()).toBe(3);
  });

  it('reports every bad line by number and writes nothing', async () => {
    const before = await count();
    const stranger = personInput().pesel;
    const text = `pesel;data;status;godziny\n${anna.pesel};05.11.2025;O;6\n${stranger};05.11.2025;O;6\n${anna.pesel};06.11.2099;O;6\n${anna.pesel};07.11.2025;O;\n`;
    const outcome = await importAttendance({ url: t.url, token, facilityId: cis.id, text });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => p.path)).toEqual(['line 3 (pesel)', 'line 4 (pesel)']);
    expect(await count()).toBe(before);
    const fixed = `pesel;data;status;godziny\n${anna.pesel};05.11.2025;O;6\n${anna.pesel};07.11.2025;O;\n`;
    const second = await importAttendance({ url: t.url, token, facilityId: cis.id, text: fixed });
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.problems.map((p) => p.path)).toEqual(['line 3 (hours)']);
    expect(await count()).toBe(before);
  });

  it('numbers lines as the file does, a blank line counted, and reports a mistyped PESEL on its line instead of failing', async () => {
    const mistyped = `${anna.pesel.slice(0, 10)}${(Number(anna.pesel[10]) + 1) % 10}`;
    const text = `pesel;data;status;godziny\n${anna.pesel};10.11.2025;O;6\n\n${mistyped};12.11.2025;O;6\n${anna.pesel.slice(0, 9)};13.11.2025;O;6\n`;
    const outcome = await importAttendance({ url: t.url, token, facilityId: cis.id, text });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => p.path)).toEqual(['line 4 (pesel)', 'line 5 (pesel)']);
    expect(outcome.problems.every((p) => p.messagePl?.includes('PESEL'))).toBe(true);
  });

  it('says why, without a stack trace, when the token is refused or the hub does not answer', async () => {
    const text = `pesel;data;status;godziny\n${anna.pesel};10.11.2025;O;6\n`;
    const refused = await importAttendance({ url: t.url, token: 'not-a-token', facilityId: cis.id, text });
    expect(refused).toEqual({ ok: false, problems: [expect.objectContaining({ path: 'file', message: expect.stringMatching(/^UNAUTHENTICATED: .*token/) })] });
    const stopped = await importAttendance({ url: 'http://127.0.0.1:9/graphql', token, facilityId: cis.id, text });
    expect(stopped).toEqual({
      ok: false,
      problems: [expect.objectContaining({ path: 'file', message: expect.stringMatching(/^HUB_UNREACHABLE: .*127\.0\.0\.1:9/) })],
    });
  });
});
