import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { daysBetween, isWorkingDay } from '../../../src/core/calendar.js';
import { District, Facility, Organisation, WelfareUnit } from '../../../src/modules/registry/index.js';
import { cisEnrolment, cisFacility, kisEnrolment, kisFacility } from '../../support/integration-factories.js';
import { makeOrganisation } from '../../support/registry-factories.js';
import { errorCodes, problemPaths, startTestHub, testToday, type TestHub } from '../../support/test-hub.js';

const today = testToday('2026-11-24');

let t: TestHub;
let ngo: Organisation;
let cis: Facility;
let kis: Facility;
let otherCis: Facility;
let unit: WelfareUnit;
let district: District;
/** Participants of `cis`: from 15 Sep 2025 with a trial to 14 Oct; the same, ended on 12 Dec; and one at `otherCis`. */
let p1: string;
let p3: string;
let foreign: string;
let kisParticipant: string;

const mops = () => t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops);
const staff = () => t.as('NGO_STAFF', ngo.id);
const labourOffice = () => t.as('LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice);

const ENROL = `mutation($input: EnrolmentInput!) { enrolParticipant(input: $input) { id } }`;
const REPORT = `mutation($input: AttendanceReportInput!) { reportAttendance(input: $input) { reportId replayed entriesReceived created corrected unchanged months } }`;
const SUMMARY = `query($f: ID!, $m: String!) { attendanceSummary(facilityId: $f, month: $m) { month from to workingDays daysPresent unexcusedAbsences sickLeaveDays daysOff
  unreportedWorkingDays monthClosed participant { id } allowance { amount grosze participationDays trialDays sickDaysReduced daysOffPaid forfeited basicBenefitAmounts } } }`;
const CLOSE = `mutation($f: ID!, $m: String!) { closeMonth(facilityId: $f, month: $m) { month closedBy } }`;

let keySerial = 0;
const key = () => `test-key-${++keySerial}`;
const present = (participantId: string, date: string, hours = 6) => ({ participantId, date, status: 'PRESENT', hours });
const absent = (participantId: string, date: string, excusedKind?: string) =>
  excusedKind ? { participantId, date, status: 'EXCUSED_ABSENCE', excusedKind } : { participantId, date, status: 'UNEXCUSED_ABSENCE' };
const workingDays = (from: string, to: string) => daysBetween(from, to).filter(isWorkingDay);

async function report(entries: unknown[], caller = staff(), extra: Record<string, unknown> = {}) {
  return caller.query(REPORT, { input: { facilityId: cis.id, idempotencyKey: key(), entries, ...extra } });
}

async function summaryOf(participantId: string, month: string, caller = mops()) {
  const response = await caller.query(SUMMARY, { f: cis.id, m: month });
  expect(response.errors).toBeUndefined();
  return response.data.attendanceSummary.find((s: { participant: { id: string } }) => s.participant.id === participantId);
}

beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true });
  const em = t.em();
  [unit] = (await em.find(WelfareUnit, { code: 'F1' })) as [WelfareUnit];
  [district] = (await em.find(District, { code: 'III' })) as [District];
  ngo = await makeOrganisation(em, { name: 'Fundacja Obecności' });
  cis = await cisFacility(em, { operator: ngo, unit, district, name: 'CIS Obecności' });
  kis = await kisFacility(em, { operator: ngo, unit, district, name: 'KIS Obecności' });
  otherCis = await cisFacility(em, { operator: await makeOrganisation(em), unit, district, name: 'CIS Cudzy' });
  const enrol = async (input: unknown) => {
    const response = await mops().query(ENROL, { input });
    expect(response.errors).toBeUndefined();
    return response.data.enrolParticipant.id as string;
  };
  p1 = await enrol(cisEnrolment(cis.id, '2025-09-15', { trialEndDate: '2025-10-14' }));
  p3 = await enrol(cisEnrolment(cis.id, '2025-09-15', { trialEndDate: '2025-10-14' }));
  foreign = await enrol(cisEnrolment(otherCis.id, '2025-09-15', { trialEndDate: '2025-10-14' }));
  kisParticipant = await enrol(kisEnrolment(kis.id, '2025-09-01', '2026-06-30'));
  await mops().query(`mutation($id: ID!) { endParticipation(id: $id, input: { endDate: "2025-12-12", reason: "Moved away", outcome: OTHER }) { id } }`, {
    id: p3,
  });
});
afterAll(() => t?.close());

describe('the integration allowance in the monthly summary', () => {
  it('pays the trial rate pro rata in the first month and deducts 1/20 for an unexcused day', async () => {
    const days = workingDays('2025-09-15', '2025-09-30');
    const response = await report(days.map((d) => (d === '2025-09-17' ? absent(p1, d) : present(p1, d))));
    expect(response.errors).toBeUndefined();
    expect(response.data.reportAttendance).toMatchObject({ replayed: false, entriesReceived: 12, created: 12, corrected: 0, months: ['2025-09'] });
    const summary = await summaryOf(p1, '2025-09');
    expect(summary).toMatchObject({ from: '2025-09-15', to: '2025-09-30', workingDays: 12, daysPresent: 11, unexcusedAbsences: 1, unreportedWorkingDays: 0 });
    // Since 2022 the trial is paid at the full 120% (Dz.U. 2022 poz. 218): 120% × 1721.90 = 2066.28 a month;
    // × 16/30 = 1102.016; minus 1/20 of 2066.28 = 103.314.
    expect(summary.allowance).toMatchObject({
      amount: '998.70',
      grosze: 99870,
      participationDays: 16,
      trialDays: 16,
      forfeited: false,
      basicBenefitAmounts: ['1721.90'],
    });
  });

  it('splits a month between the trial and the full rate, deducts 1/40 per sick day and pays a day off in full', async () => {
    const entries = workingDays('2025-10-01', '2025-10-31').map((d) =>
      d === '2025-10-20' || d === '2025-10-21' ? absent(p1, d, 'SICK_LEAVE') : d === '2025-10-22' ? absent(p1, d, 'DAY_OFF') : present(p1, d),
    );
    expect((await report(entries)).errors).toBeUndefined();
    const summary = await summaryOf(p1, '2025-10');
    expect(summary).toMatchObject({ sickLeaveDays: 2, daysOff: 1, unexcusedAbsences: 0 });
    // 2066.28 for the whole month, trial days included; two sick days at 1/40 of 2066.28 = 103.314.
    expect(summary.allowance).toMatchObject({ amount: '1962.97', trialDays: 14, sickDaysReduced: 2, daysOffPaid: 1 });
  });

  it('pays nothing for a month with more than three unexcused days', async () => {
    const entries = workingDays('2025-11-03', '2025-11-07').map((d, i) => (i < 4 ? absent(p1, d) : present(p1, d)));
    expect((await report(entries)).errors).toBeUndefined();
    const summary = await summaryOf(p1, '2025-11');
    // November 2025 has 19 working days: 11 November is a public holiday.
    expect(summary).toMatchObject({ workingDays: 19, unexcusedAbsences: 4, unreportedWorkingDays: 14 });
    expect(summary.allowance).toMatchObject({ amount: '0.00', forfeited: true });
  });

  it('pays the month of an exit pro rata to the days of participation', async () => {
    const summary = await summaryOf(p3, '2025-12');
    // 2066.28 × 12/31 = 799.85.
    expect(summary).toMatchObject({ from: '2025-12-01', to: '2025-12-12' });
    expect(summary.allowance).toMatchObject({ amount: '799.85', participationDays: 12 });
  });

  it('gives a KIS participant figures but no allowance', async () => {
    await t.as('NGO_STAFF', ngo.id).query(REPORT, { input: { facilityId: kis.id, idempotencyKey: key(), entries: [present(kisParticipant, '2025-09-02')] } });
    const response = await staff().query(SUMMARY, { f: kis.id, m: '2025-09' });
    expect(response.data.attendanceSummary).toHaveLength(1);
    expect(response.data.attendanceSummary[0]).toMatchObject({ daysPresent: 1, allowance: null });
  });

  it('refuses a month for which the dated table has no basic benefit', async () => {
    // The table starts on 1 June 2016.
    const veteran = await cisFacility(t.em(), { operator: ngo, unit, district, name: 'CIS Weteran', openedOn: '2010-01-01' });
    const older = await mops().query(ENROL, { input: cisEnrolment(veteran.id, '2016-03-01') });
    expect(older.errors).toBeUndefined();
    const response = await mops().query(`query($f: ID!) { attendanceSummary(facilityId: $f, month: "2016-03") { allowance { amount } } }`, { f: veteran.id });
    expect(problemPaths(response)).toEqual(['month']);
  });
});

describe('reportAttendance', () => {
  it('refuses a CIS week of more than 40 hours with the days already reported, at that week\u2019s entry, and writes nothing', async () => {
    const week = workingDays('2025-10-27', '2025-10-31'); // Monday to Friday
    const stored = await t
      .em()
      .execute<{ n: number }[]>(`select count(*)::int as n from attendance_entry where participation_id = ? and date between '2025-10-27' and '2025-10-31'`, [
        p1,
      ]);
    // October's report above gave each of these days 6 hours (30 in the week); 9 a day would make 45, 8 a day makes 40.
    expect(stored[0]!.n).toBe(5);
    const response = await report(week.map((d) => present(p1, d, 9)));
    expect(problemPaths(response)).toEqual(['entries.0.hours']);
    expect(response.errors![0]!.extensions!.details![0]!.message).toContain('at most 40 hours a week');
    const after = await t
      .em()
      .execute<{ h: number }[]>(`select sum(hours)::int as h from attendance_entry where participation_id = ? and date between '2025-10-27' and '2025-10-31'`, [
        p1,
      ]);
    expect(after[0]!.h).toBe(30);
    expect((await report(week.map((d) => present(p1, d, 8)))).errors).toBeUndefined();
  });

  it('lists every invalid entry with its path and writes nothing', async () => {
    const before = await t.em().execute<{ n: number }[]>(`select count(*)::int as n from attendance_entry`);
    const response = await report([
      present(p1, '2025-12-01'),
      present('00000000-0000-4000-8000-000000000000', '2025-12-01'),
      present(p1, '2099-01-01'),
      present(p1, '2025-09-01'),
      present(p3, '2025-12-15'),
      present(foreign, '2025-12-01'),
      { participantId: p1, date: '2025-12-02', status: 'EXCUSED_ABSENCE' },
      { participantId: p1, date: '2025-12-03', status: 'PRESENT', hours: 30 },
      present(p1, '2025-12-01'),
    ]);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(problemPaths(response)).toEqual(
      expect.arrayContaining([
        'entries.1.participantId',
        'entries.2.date',
        'entries.3.date',
        'entries.4.date',
        'entries.5.participantId',
        'entries.6.excusedKind',
        'entries.7.hours',
        'entries.8',
      ]),
    );
    expect(problemPaths(response)).not.toContain('entries.0.date');
    const after = await t.em().execute<{ n: number }[]>(`select count(*)::int as n from attendance_entry`);
    expect(after[0]!.n).toBe(before[0]!.n);
    expect(response.errors![0]!.extensions!.details!.find((d) => d.path === 'entries.5.participantId')!.message).toMatch(/another organisation/);
  });

  it('returns the first result for a replayed key and writes nothing', async () => {
    const input = { facilityId: cis.id, idempotencyKey: key(), entries: [present(p1, '2025-12-01'), present(p1, '2025-12-02')] };
    const first = await staff().query(REPORT, { input });
    const count = async () =>
      (
        await t
          .em()
          .execute<{ n: number }[]>(
            `select (select count(*) from attendance_entry)::int + (select count(*) from attendance_report)::int + (select count(*) from audit_event)::int as n`,
          )
      )[0]!.n;
    const before = await count();
    const again = await staff().query(REPORT, { input });
    expect(again.data.reportAttendance).toEqual({ ...first.data.reportAttendance, replayed: true });
    expect(await count()).toBe(before);
  });

  it('refuses the same key with other entries as a CONFLICT', async () => {
    const input = { facilityId: cis.id, idempotencyKey: key(), entries: [present(p1, '2025-12-03')] };
    await staff().query(REPORT, { input });
    const response = await staff().query(REPORT, { input: { ...input, entries: [present(p1, '2025-12-04')] } });
    expect(errorCodes(response)).toEqual(['CONFLICT']);
  });

  it('keeps a changed day as a correction with its previous value, who and when', async () => {
    await report([present(p1, '2025-12-05', 6)], t.as('NGO_STAFF', ngo.id, 'anna.kowalska'));
    const response = await report([absent(p1, '2025-12-05', 'SICK_LEAVE'), present(p1, '2025-12-01')], t.as('NGO_STAFF', ngo.id, 'jan.nowak'));
    expect(response.data.reportAttendance).toMatchObject({ created: 0, corrected: 1, unchanged: 1 });
    const [correction] = await t.em().execute(`select * from attendance_correction where participation_id = ? and date = '2025-12-05'`, [p1]);
    expect(correction).toMatchObject({
      previous_status: 'PRESENT',
      previous_hours: 6,
      previous_reported_by: 'anna.kowalska',
      status: 'EXCUSED_ABSENCE',
      excused_kind: 'SICK_LEAVE',
      corrected_by: 'jan.nowak',
      after_closing: false,
    });
    const day = await staff().query(
      `query($id: ID!) { participant(id: $id) { attendance(month: "2025-12") { date status excusedKind corrections reportedBy } } }`,
      { id: p1 },
    );
    expect(day.data.participant.attendance.find((d: { date: string }) => d.date === '2025-12-05')).toMatchObject({
      status: 'EXCUSED_ABSENCE',
      corrections: 1,
      reportedBy: 'jan.nowak',
    });
  });

  it('keeps the whole chain of values when one day is corrected by many requests at once', async () => {
    await report([present(p1, '2025-12-08', 1)]);
    const hours = [2, 3, 4, 5, 6, 7, 8];
    const responses = await Promise.all(hours.map((h) => report([present(p1, '2025-12-08', h)])));
    expect(responses.every((r) => !r.errors)).toBe(true);
    const chain = await t
      .em()
      .execute<{ previous_hours: number; hours: number; corrected_at: string | Date }[]>(
        `select previous_hours, hours, corrected_at from attendance_correction where participation_id = ? and date = '2025-12-08' order by applied_order`,
        [p1],
      );
    // In the order they were applied, each correction starts from the value the one before it wrote:
    // 1 → a → b → … with no value lost, and their times never go back.
    expect(chain).toHaveLength(hours.length);
    expect(chain[0]!.previous_hours).toBe(1);
    chain.slice(1).forEach((c, i) => expect(c.previous_hours).toBe(chain[i]!.hours));
    const times = chain.map((c) => new Date(c.corrected_at).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('forbids NGO staff another organisation\u2019s facility, and LABOUR_OFFICE, ANALYST and PUBLIC any report', async () => {
    const input = { facilityId: otherCis.id, idempotencyKey: key(), entries: [present(foreign, '2025-12-01')] };
    expect(errorCodes(await staff().query(REPORT, { input }))).toEqual(['FORBIDDEN']);
    for (const caller of [labourOffice(), t.as('ANALYST'), t.publicCaller]) expect(errorCodes(await caller.query(REPORT, { input }))).toEqual(['FORBIDDEN']);
  });

  it('refuses more than 10,000 entries', async () => {
    const entries = Array.from({ length: 10_001 }, () => present(p1, '2025-12-01'));
    expect(problemPaths(await report(entries))).toEqual(['entries']);
  });
});

describe('closing a month', () => {
  it('makes the figures final: NGO corrections are refused, MOPS corrects with a reason', async () => {
    const closed = await staff().query(CLOSE, { f: cis.id, m: '2025-09' });
    expect(closed.data.closeMonth).toMatchObject({ month: '2025-09' });
    expect(errorCodes(await staff().query(CLOSE, { f: cis.id, m: '2025-09' }))).toEqual(['CONFLICT']);

    const byNgo = await report([present(p1, '2025-09-17')]);
    expect(problemPaths(byNgo)).toEqual(['entries.0.date']);
    expect(problemPaths(await report([present(p1, '2025-09-17')], mops()))).toEqual(['entries.0.date']);
    // Re-sending what the month already holds is not a change.
    expect((await report([present(p1, '2025-09-18')])).data.reportAttendance).toMatchObject({ unchanged: 1 });

    const byMops = await report([present(p1, '2025-09-17')], mops(), { correctionReason: 'Attendance list found: the participant was present' });
    expect(byMops.data.reportAttendance).toMatchObject({ corrected: 1 });
    const [correction] = await t
      .em()
      .execute(`select reason, after_closing, corrected_by_role from attendance_correction where participation_id = ? and date = '2025-09-17'`, [p1]);
    expect(correction).toEqual({ reason: 'Attendance list found: the participant was present', after_closing: true, corrected_by_role: 'MOPS_WORKER' });
    const summary = await summaryOf(p1, '2025-09');
    expect(summary).toMatchObject({ monthClosed: true, unexcusedAbsences: 0 });
    expect(summary.allowance.amount).toBe('1102.02');
  });

  it('refuses a month that has not ended, and a malformed one', async () => {
    const now = today.slice(0, 7);
    expect(problemPaths(await staff().query(CLOSE, { f: cis.id, m: now }))).toEqual(['month']);
    expect(problemPaths(await staff().query(CLOSE, { f: cis.id, m: '2025-13' }))).toEqual(['month']);
  });
});

describe('who reads the summary', () => {
  it('gives a labour office a CIS summary with the allowance and names, not the eligibility category', async () => {
    const response = await labourOffice().query(
      `query($f: ID!) { attendanceSummary(facilityId: $f, month: "2025-10") {
      allowance { amount } participant { id startDate eligibilityCategory person { lastName pesel } } } }`,
      { f: cis.id },
    );
    const row = response.data.attendanceSummary.find((s: { participant: { id: string } }) => s.participant.id === p1);
    expect(row.allowance.amount).toBe('1962.97');
    expect(row.participant.person.pesel).toMatch(/^\d{11}$/);
    expect(row.participant.eligibilityCategory).toBeNull();
    expect(errorCodes(response).every((c) => c === 'FORBIDDEN')).toBe(true);
  });

  it('gives a labour office the dates, days and amounts of the refund, never the welfare file (API.md, purpose limitation)', async () => {
    const query = `query($f: ID!) { attendanceSummary(facilityId: $f, month: "2025-10") { daysPresent allowance { amount }
      participant { id startDate plannedEndDate endDate status referralSource programmeDocument { kind signedOn number } attendance(month: "2025-10") { date status hours reportedBy } } } }`;
    const office = await labourOffice().query(query, { f: cis.id });
    const row = office.data.attendanceSummary.find((s: { participant: { id: string } }) => s.participant.id === p1);
    expect(row.allowance.amount).toBe('1962.97');
    expect(row.participant).toMatchObject({
      startDate: expect.any(String),
      status: expect.any(String),
      referralSource: null,
      programmeDocument: { kind: 'IPZS', signedOn: expect.any(String), number: null },
    });
    expect(row.participant.attendance.length).toBeGreaterThan(0);
    expect(row.participant.attendance.every((d: { reportedBy: string | null; status: string }) => d.reportedBy === null && d.status)).toBe(true);
    const withheld = new Set((office.errors ?? []).map((e) => `${e.extensions?.code} ${String(e.path?.at(-1))}`));
    expect(withheld).toEqual(new Set(['FORBIDDEN referralSource', 'FORBIDDEN number', 'FORBIDDEN reportedBy']));
    // The operator's staff still read the whole file.
    const operator = await staff().query(query, { f: cis.id });
    expect(operator.errors).toBeUndefined();
    const own = operator.data.attendanceSummary.find((s: { participant: { id: string } }) => s.participant.id === p1);
    expect(own.participant.referralSource).toEqual(expect.any(String));
    expect(own.participant.attendance[0].reportedBy).toEqual(expect.any(String));
  });

  it('shows a labour office the rate, the benefit and the legal basis of each deduction, line by line', async () => {
    const response = await labourOffice().query(
      `query($f: ID!) { attendanceSummary(facilityId: $f, month: "2025-09") {
      participant { id } allowance { amount earnedAmount ratePercent trialRatePercent rateBasis proRataBasis basicBenefitAmounts deductions { kind days fraction amount basis } } } }`,
      { f: cis.id },
    );
    expect(response.errors).toBeUndefined();
    const row = response.data.attendanceSummary.find((s: { participant: { id: string } }) => s.participant.id === p1);
    expect(row.allowance).toMatchObject({
      amount: '1102.02',
      earnedAmount: '1102.02',
      ratePercent: 120,
      trialRatePercent: 120,
      basicBenefitAmounts: ['1721.90'],
    });
    expect(row.allowance.rateBasis).toContain('Dz.U. 2022 poz. 218');
    expect(row.allowance.deductions).toEqual([]);
    const october = await labourOffice().query(
      `query($f: ID!) { attendanceSummary(facilityId: $f, month: "2025-10") { participant { id } allowance { deductions { kind days fraction amount basis } } } }`,
      { f: cis.id },
    );
    const lines = october.data.attendanceSummary.find((s: { participant: { id: string } }) => s.participant.id === p1).allowance.deductions;
    expect(lines).toEqual([{ kind: 'SICK_LEAVE', days: 2, fraction: 40, amount: '103.31', basis: expect.stringContaining('Art. 15 ust. 7a') }]);
  });

  it('refuses a labour office the summary of a KIS, and ANALYST, PUBLIC and another NGO any', async () => {
    expect(errorCodes(await labourOffice().query(SUMMARY, { f: kis.id, m: '2025-09' }))).toEqual(['FORBIDDEN']);
    for (const caller of [t.as('ANALYST'), t.publicCaller, t.as('NGO_STAFF', DEMO_ORGANISATIONS.ngo)]) {
      expect(errorCodes(await caller.query(SUMMARY, { f: cis.id, m: '2025-09' }))).toEqual(['FORBIDDEN']);
    }
  });
});
