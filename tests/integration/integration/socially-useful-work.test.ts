import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, firstDayOf, lastDayOf, mondayOf, monthOf } from '../../../src/core/calendar.js';
import type { Facility, Organisation } from '../../../src/modules/registry/index.js';
import { cisFacility, kisEnrolment, kisFacility } from '../../support/integration-factories.js';
import { makeOrganisation, makeWelfareCentre } from '../../support/registry-factories.js';
import { errorCodes, problemPaths, startTestHub, testToday, type GraphQLResponse, type TestHub } from '../../support/test-hub.js';

const today = testToday('2026-11-30');
/** The last whole month: every day of it is past, within the participations and the agreement. */
const month = monthOf(addDays(firstDayOf(monthOf(today)), -1));
const day = (n: number) => addDays(firstDayOf(month), n - 1);
/** The month's first Monday (day 1 to 7), and the next: each with its Tuesday in the same week and month. */
const firstMonday = mondayOf(day(1)) === day(1) ? day(1) : addDays(mondayOf(day(1)), 7);
const secondMonday = addDays(firstMonday, 7);

let t: TestHub;
let ngo: Organisation;
let otherNgo: Organisation;
let office: Organisation;
let otherOffice: Organisation;
let mopsId: string;
let kis: Facility;
let cis: Facility;
let agreementId: string;
const participants: string[] = [];

const AGREE = `mutation($input: SociallyUsefulWorkAgreementInput!) { concludeSociallyUsefulWorkAgreement(input: $input) {
  id number concludedOn hourlyRate refundPerHour minimumHourlyRate legalBasis labourOffice { id } } }`;
const REPORT = `mutation($input: SociallyUsefulWorkReportInput!) { reportSociallyUsefulWork(input: $input) { replayed entriesReceived written removed unchanged months } }`;
const MONTH = `query($a: ID!, $m: String!) { sociallyUsefulWork(agreementId: $a, month: $m) {
  month hours amountDue labourOfficeRefund cityShare participants { participant { id } days { date hours } hours amountDue labourOfficeRefund cityShare } } }`;

const staff = () => t.as('NGO_STAFF', ngo.id);
const labourOffice = () => t.as('LABOUR_OFFICE', office.id);
let keys = 0;
const report = (entries: { participantId: string; date: string; hours: number }[], extra: Record<string, unknown> = {}, caller = staff()) =>
  caller.query(REPORT, { input: { facilityId: kis.id, agreementId, idempotencyKey: `psu-${++keys}`, entries, ...extra } });
const storedDays = async () => (await t.em().execute<{ n: number }[]>('select count(*)::int as n from psu_day'))[0]!.n;
const agreement = (overrides: Record<string, unknown> = {}) => ({
  labourOfficeId: office.id,
  number: `PSU/${++keys}`,
  concludedOn: addDays(today, -120),
  validFrom: addDays(today, -100),
  validTo: addDays(today, 200),
  hourlyRate: '15.00',
  refundPerHour: '9.00',
  ...overrides,
});
const problems = (r: GraphQLResponse) => (r.errors ?? []).flatMap((e) => e.extensions?.details ?? []);

beforeAll(async () => {
  t = await startTestHub({ today });
  const em = t.em();
  const { mops, branch, district } = await makeWelfareCentre(em);
  mopsId = mops.id;
  ngo = await makeOrganisation(em, { name: 'Stowarzyszenie Klub' });
  otherNgo = await makeOrganisation(em, { name: 'Fundacja Obca' });
  office = await makeOrganisation(em, { name: 'Grodzki Urząd Pracy', kind: 'LABOUR_OFFICE' });
  otherOffice = await makeOrganisation(em, { name: 'Powiatowy Urząd Pracy', kind: 'LABOUR_OFFICE' });
  kis = await kisFacility(em, { operator: ngo, unit: branch, district, name: 'KIS Przy Rynku' });
  cis = await cisFacility(em, { operator: ngo, unit: branch, district, name: 'CIS Przy Rynku' });
  for (let i = 0; i < 3; i++) {
    const enrolled = await staff().query('mutation($input: EnrolmentInput!) { enrolParticipant(input: $input) { id } }', {
      input: kisEnrolment(kis.id, addDays(today, -90), addDays(today, 90)),
    });
    expect(enrolled.errors).toBeUndefined();
    participants.push(enrolled.data.enrolParticipant.id);
  }
  const made = await labourOffice().query(AGREE, { input: agreement({ number: 'PSU/2026/1' }) });
  expect(made.errors).toBeUndefined();
  agreementId = made.data.concludeSociallyUsefulWorkAgreement.id;
});
afterAll(() => t?.close());

describe('an agreement on socially useful work', () => {
  it('is bound by the minimum hourly benefit and the Labour Fund\u2019s 60% share of it in force when it was concluded', async () => {
    // Concluded in July 2023: at least PLN 10.90 an hour, at most 60% of it (6.54) refunded.
    const in2023 = { concludedOn: '2023-07-01', validFrom: '2023-07-01', validTo: '2023-12-31' };
    expect(problemPaths(await labourOffice().query(AGREE, { input: agreement({ ...in2023, hourlyRate: '10.00', refundPerHour: '6.00' }) }))).toEqual([
      'hourlyRate',
    ]);
    expect(problemPaths(await labourOffice().query(AGREE, { input: agreement({ ...in2023, hourlyRate: '10.90', refundPerHour: '6.55' }) }))).toEqual([
      'refundPerHour',
    ]);
    const atCap = await labourOffice().query(AGREE, { input: agreement({ ...in2023, hourlyRate: '10.90', refundPerHour: '6.54' }) });
    expect(atCap.data.concludeSociallyUsefulWorkAgreement).toMatchObject({
      hourlyRate: '10.90',
      refundPerHour: '6.54',
      minimumHourlyRate: '10.90',
      labourOffice: { id: office.id },
    });
    // In the Activation and Integration Programme the whole minimum may be refunded.
    expect(
      (await labourOffice().query(AGREE, { input: agreement({ ...in2023, hourlyRate: '10.90', refundPerHour: '10.90', activationProgramme: true }) })).errors,
    ).toBeUndefined();
  });

  it('under the 2025 act, whose amounts are not on file, takes the agreement\u2019s figures as stated and says so', async () => {
    const made = (await labourOffice().query(AGREE, { input: agreement({ concludedOn: '2025-06-02', hourlyRate: '12.00', refundPerHour: '12.00' }) })).data
      .concludeSociallyUsefulWorkAgreement;
    expect(made.minimumHourlyRate).toBeNull();
    expect(made.legalBasis).toMatch(/Dz\.U\. 2025 poz\. 620.*check/);
    // Concluded on 31 May 2025, it stays under the repealed act (art. 435 ust. 1 of the new one).
    const before = (await labourOffice().query(AGREE, { input: agreement({ concludedOn: '2025-05-31', hourlyRate: '12.00', refundPerHour: '7.00' }) })).data
      .concludeSociallyUsefulWorkAgreement;
    expect(before.legalBasis).toMatch(/art\. 73a/);
  });

  it('refuses bad figures at their paths, a refund above the benefit, a second agreement of one number, and writes nothing', async () => {
    const before = (await t.em().execute<{ n: number }[]>('select count(*)::int as n from psu_agreement'))[0]!.n;
    const bad = await labourOffice().query(AGREE, { input: agreement({ number: ' ', hourlyRate: '10,90', refundPerHour: 'x' }) });
    expect(problemPaths(bad).sort()).toEqual(['hourlyRate', 'number', 'refundPerHour']);
    expect(errorCodes(await labourOffice().query(AGREE, { input: agreement({ validFrom: '2026-02-30' }) }))).toEqual(['BAD_USER_INPUT']);
    expect(problemPaths(await labourOffice().query(AGREE, { input: agreement({ hourlyRate: '9.00', refundPerHour: '9.50' }) }))).toEqual(['refundPerHour']);
    expect(problemPaths(await labourOffice().query(AGREE, { input: agreement({ validTo: addDays(today, -101) }) }))).toEqual(['validTo']);
    expect(problemPaths(await labourOffice().query(AGREE, { input: agreement({ concludedOn: addDays(today, 1), validTo: addDays(today, 300) }) }))).toEqual([
      'concludedOn',
    ]);
    expect(problemPaths(await labourOffice().query(AGREE, { input: agreement({ number: 'PSU/2026/1' }) }))).toEqual(['number']);
    expect(problemPaths(await labourOffice().query(AGREE, { input: agreement({ labourOfficeId: ngo.id }) }))).toEqual(['labourOfficeId']);
    const after = (await t.em().execute<{ n: number }[]>('select count(*)::int as n from psu_agreement'))[0]!.n;
    expect(after).toBe(before);
  });

  it('is recorded by a labour office for itself, or by the city; not by an NGO or for another office', async () => {
    expect(errorCodes(await labourOffice().query(AGREE, { input: agreement({ labourOfficeId: otherOffice.id }) }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await staff().query(AGREE, { input: agreement() }))).toEqual(['FORBIDDEN']);
    expect((await t.as('MOPS_WORKER', mopsId).query(AGREE, { input: agreement({ labourOfficeId: otherOffice.id }) })).errors).toBeUndefined();
    const seen = (
      await t.as('LABOUR_OFFICE', otherOffice.id).query('query($d: Date!) { sociallyUsefulWorkAgreements(activeOn: $d) { labourOffice { id } } }', { d: today })
    ).data.sociallyUsefulWorkAgreements;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((a: { labourOffice: { id: string } }) => a.labourOffice.id === otherOffice.id)).toBe(true);
  });
});

describe('reporting socially useful work', () => {
  it('records hours by day, replaces a day reported again, removes a day reported with 0, and replays its key', async () => {
    const [a] = participants as [string];
    const first = await report([
      { participantId: a, date: day(2), hours: 3 },
      { participantId: a, date: day(3), hours: 2.5 },
    ]);
    expect(first.data.reportSociallyUsefulWork).toMatchObject({ replayed: false, written: 2, months: [month] });
    const again = await staff().query(REPORT, {
      input: {
        facilityId: kis.id,
        agreementId,
        idempotencyKey: `psu-${keys}`,
        entries: [
          { participantId: a, date: day(2), hours: 3 },
          { participantId: a, date: day(3), hours: 2.5 },
        ],
      },
    });
    expect(again.data.reportSociallyUsefulWork).toMatchObject({ replayed: true, written: 2 });
    const other = await staff().query(REPORT, {
      input: { facilityId: kis.id, agreementId, idempotencyKey: `psu-${keys}`, entries: [{ participantId: a, date: day(2), hours: 4 }] },
    });
    expect(errorCodes(other)).toEqual(['CONFLICT']);
    expect(
      (
        await report([
          { participantId: a, date: day(2), hours: 4 },
          { participantId: a, date: day(3), hours: 0 },
        ])
      ).data.reportSociallyUsefulWork,
    ).toMatchObject({ written: 1, removed: 1 });
    const row = (await staff().query(MONTH, { a: agreementId, m: month })).data.sociallyUsefulWork.participants.find(
      (p: { participant: { id: string } }) => p.participant.id === a,
    );
    expect(row.days).toEqual([{ date: day(2), hours: 4 }]);
  });

  it('refuses 0 hours for a day with no work on file: it removes a day, it is not work', async () => {
    const [a] = participants as [string];
    expect(problemPaths(await report([{ participantId: a, date: day(4), hours: 0 }]))).toEqual(['entries.0.hours']);
  });

  it('keeps each person within 10 hours a week and 40 a month, counting the days reported before', async () => {
    const [, b] = participants as [string, string];
    // Days 7 apart fall in different weeks: 4 × 10 hours is the month's whole 40.
    expect((await report([1, 8, 15, 22].map((n) => ({ participantId: b, date: day(n), hours: 10 })))).errors).toBeUndefined();
    const more = await report([{ participantId: b, date: lastDayOf(month), hours: 1 }]);
    expect(problemPaths(more)).toContain('entries.0.hours');
    expect(problems(more).some((p) => /40 hours a month/.test(p.message))).toBe(true);
    const [, , c] = participants as [string, string, string];
    const week = await report([
      { participantId: c, date: firstMonday, hours: 6 },
      { participantId: c, date: addDays(firstMonday, 1), hours: 5 },
    ]);
    expect(problemPaths(week)).toEqual(['entries.0.hours']);
    expect(problems(week)[0]!.message).toMatch(/comes to 11 hours .* at most 10 hours a week/);
  });

  it('answers every problem at its path and writes nothing of a batch with one bad entry', async () => {
    const [a, b, c] = participants as [string, string, string];
    const before = await storedDays();
    const bad = await report([
      { participantId: c, date: day(5), hours: 2 },
      { participantId: c, date: addDays(today, 1), hours: 2 },
      { participantId: c, date: day(6), hours: 0.3 },
      { participantId: c, date: day(5), hours: 1 },
      { participantId: '00000000-0000-4000-8000-000000000000', date: day(7), hours: 1 },
      { participantId: c, date: addDays(today, -95), hours: 1 },
    ]);
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(problemPaths(bad).sort()).toEqual(['entries.1.date', 'entries.2.hours', 'entries.3']);
    const unknown = await report([
      { participantId: c, date: day(5), hours: 2 },
      { participantId: '00000000-0000-4000-8000-000000000000', date: day(7), hours: 1 },
      { participantId: c, date: addDays(today, -95), hours: 1 },
    ]);
    expect(problemPaths(unknown).sort()).toEqual(['entries.1.participantId', 'entries.2.date']);
    expect(problemPaths(await report([{ participantId: a, date: day(9), hours: 1 }], { agreementId: '00000000-0000-4000-8000-000000000000' }))).toEqual([
      'agreementId',
    ]);
    expect(problemPaths(await report([{ participantId: a, date: day(9), hours: 1 }], { facilityId: cis.id }))).toEqual(['facilityId']);
    expect(errorCodes(await report([{ participantId: a, date: day(9), hours: 1 }], {}, t.as('NGO_STAFF', otherNgo.id)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await report([{ participantId: a, date: day(9), hours: 1 }], {}, labourOffice()))).toEqual(['FORBIDDEN']);
    expect(await storedDays()).toBe(before);
  });

  it('writes a report sent twice at once under one key once, the second answer a replay of the first, as attendance does', async () => {
    const [, , c] = participants as [string, string, string];
    // The week after the one the next test fills to its cap.
    const input = {
      facilityId: kis.id,
      agreementId,
      idempotencyKey: `psu-twice-${++keys}`,
      entries: [{ participantId: c, date: addDays(secondMonday, 7), hours: 1.5 }],
    };
    const before = await storedDays();
    const answers = await Promise.all([staff().query(REPORT, { input }), staff().query(REPORT, { input })]);
    expect(answers.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(answers.map((r) => r.data.reportSociallyUsefulWork.replayed).sort()).toEqual([false, true]);
    expect(answers[0]!.data.reportSociallyUsefulWork.written).toBe(answers[1]!.data.reportSociallyUsefulWork.written);
    expect(await storedDays()).toBe(before + 1);
  });

  it('lets exactly one of two reports that together pass the week\u2019s cap succeed', async () => {
    const [, , c] = participants as [string, string, string];
    const results = await Promise.all([
      report([{ participantId: c, date: secondMonday, hours: 6 }]),
      report([{ participantId: c, date: addDays(secondMonday, 1), hours: 6 }]),
    ]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.flatMap(errorCodes)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('a month of socially useful work', () => {
  it('gives each person\u2019s hours, the benefit due, the labour office\u2019s refund and the city\u2019s share, and their totals', async () => {
    const m = (await labourOffice().query(MONTH, { a: agreementId, m: month })).data.sociallyUsefulWork;
    expect(m.participants.length).toBeGreaterThanOrEqual(2);
    for (const row of m.participants) {
      const hours = row.days.reduce((s: number, d: { hours: number }) => s + d.hours, 0);
      expect(row.hours).toBe(hours);
      expect(row.amountDue).toBe((hours * 15).toFixed(2));
      expect(row.labourOfficeRefund).toBe((hours * 9).toFixed(2));
      expect(row.cityShare).toBe((hours * 6).toFixed(2));
    }
    const hours = m.participants.reduce((s: number, r: { hours: number }) => s + r.hours, 0);
    expect(m).toMatchObject({ hours, amountDue: (hours * 15).toFixed(2), labourOfficeRefund: (hours * 9).toFixed(2), cityShare: (hours * 6).toFixed(2) });
  });

  it('is read by the agreement\u2019s labour office without the welfare file, by NGOs for their own facilities, and by nobody else', async () => {
    expect(errorCodes(await t.as('LABOUR_OFFICE', otherOffice.id).query(MONTH, { a: agreementId, m: month }))).toEqual(['FORBIDDEN']);
    const file = await labourOffice().query(
      'query($a: ID!, $m: String!) { sociallyUsefulWork(agreementId: $a, month: $m) { participants { participant { eligibilityCategory } } } }',
      { a: agreementId, m: month },
    );
    expect(errorCodes(file)).toContain('FORBIDDEN');
    expect((await t.as('NGO_STAFF', otherNgo.id).query(MONTH, { a: agreementId, m: month })).data.sociallyUsefulWork.participants).toEqual([]);
    expect(errorCodes(await t.as('ANALYST').query(MONTH, { a: agreementId, m: month }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.publicCaller.query(MONTH, { a: agreementId, m: month }))).toEqual(['FORBIDDEN']);
  });

  it('reads a month in a fixed number of statements, whatever its participants', async () => {
    await labourOffice().query(MONTH, { a: agreementId, m: month });
    const { count } = await t.countStatements(() => labourOffice().query(`${MONTH} `, { a: agreementId, m: month }));
    expect(count).toBeLessThanOrEqual(4);
  });
});
