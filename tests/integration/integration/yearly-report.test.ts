import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { addDays, monthOf } from '../../../src/core/calendar.js';
import { formatGrosze } from '../../../src/core/money.js';
import { errorCodes, problemPaths, startTestHub, testToday, type TestHub } from '../../support/test-hub.js';

const today = testToday('2026-11-30');
const year = Number(today.slice(0, 4));
let t: TestHub;
let cis: string;
let kis: string;
beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true });
  const own = (await t.as('NGO_STAFF', DEMO_ORGANISATIONS.ngo).query(`{ facilities(first: 50, filter: { operatorIds: ["${DEMO_ORGANISATIONS.ngo}"], types: [SOCIAL_INTEGRATION_CENTRE, SOCIAL_INTEGRATION_CLUB] }) { nodes { id type } } }`)).data.facilities.nodes;
  cis = own.find((f: { type: string }) => f.type === 'SOCIAL_INTEGRATION_CENTRE').id;
  kis = own.find((f: { type: string }) => f.type === 'SOCIAL_INTEGRATION_CLUB')?.id;
});
afterAll(() => t?.close());

const staff = () => t.as('NGO_STAFF', DEMO_ORGANISATIONS.ngo);
const REPORT = `query($f: ID!, $y: Int!) { socialEmploymentReport(facilityId: $f, year: $y) {
  programme year staff { headcount fte } participants participantsByGroup { key count } endedByOutcome { key count } economicallyIndependent
  allowanceTotal allowancesByMonth { month amount closed } motivationBonusTotal incompleteMonths } }`;

describe('the yearly report of a CIS', () => {
  it('totals the allowances as the sum of the months\u2019 summaries, and lists the months not yet final', async () => {
    const report = (await staff().query(REPORT, { f: cis, y: year })).data.socialEmploymentReport;
    let grosze = 0;
    for (let m = 1; m <= 12; m++) {
      const month = `${year}-${String(m).padStart(2, '0')}`;
      if (month > monthOf(today)) break;
      const summary = (await staff().query(`query($f: ID!, $m: String!) { attendanceSummary(facilityId: $f, month: $m) { allowance { grosze } } }`, { f: cis, m: month })).data.attendanceSummary;
      grosze += summary.reduce((s: number, row: { allowance: { grosze: number } | null }) => s + (row.allowance?.grosze ?? 0), 0);
    }
    expect(report.allowanceTotal).toBe(formatGrosze(grosze));
    expect(grosze).toBeGreaterThan(0);
    expect(report.allowancesByMonth.map((m: { amount: string }) => Math.round(Number(m.amount) * 100)).reduce((a: number, b: number) => a + b, 0)).toBe(grosze);
    // The months after this one are still to come; this one is open.
    expect(report.incompleteMonths).toContain(monthOf(today));
    for (let m = Number(monthOf(today).slice(5)) + 1; m <= 12; m++) expect(report.incompleteMonths).toContain(`${year}-${String(m).padStart(2, '0')}`);
    expect(report.allowancesByMonth.filter((m: { closed: boolean; month: string }) => !m.closed).every((m: { month: string }) => report.incompleteMonths.includes(m.month))).toBe(true);
  });

  it('counts participants by group as the distinct participations active in the year', async () => {
    const report = (await staff().query(REPORT, { f: cis, y: year })).data.socialEmploymentReport;
    const [counted] = await t.em().execute<{ n: number }[]>(
      `select count(distinct id)::int as n from participation where facility_id = ? and start_date <= ? and coalesce(end_date, planned_end_date) >= ?`, [cis, `${year}-12-31`, `${year}-01-01`]);
    const n = counted!.n;
    expect(report.participants).toBe(n);
    expect(report.participantsByGroup.reduce((s: number, g: { count: number }) => s + g.count, 0)).toBe(n);
    const independent = report.endedByOutcome.filter((o: { key: string }) => ['EMPLOYMENT', 'OWN_BUSINESS', 'SOCIAL_COOPERATIVE'].includes(o.key)).reduce((s: number, o: { count: number }) => s + o.count, 0);
    expect(report.economicallyIndependent).toBe(independent);
  });

  it('carries the staff the operator reports', async () => {
    expect((await staff().query(REPORT, { f: cis, y: year })).data.socialEmploymentReport.staff).toBeNull();
    expect((await staff().query('mutation($f: ID!, $y: Int!) { recordCentreStaff(facilityId: $f, year: $y, headcount: 9, fte: "7.25") }', { f: cis, y: year })).data.recordCentreStaff).toBe(true);
    expect((await staff().query(REPORT, { f: cis, y: year })).data.socialEmploymentReport.staff).toEqual({ headcount: 9, fte: '7.25' });
    expect(problemPaths(await staff().query('mutation($f: ID!, $y: Int!) { recordCentreStaff(facilityId: $f, year: $y, headcount: -1, fte: "7.255") }', { f: cis, y: year })).sort()).toEqual(['fte', 'headcount']);
  });

  it('adds motivation bonuses up to 100% of the month\u2019s allowance, after the trial period only', async () => {
    const month = monthOf(addDays(today, -31));
    const participants = (await staff().query(`query($f: ID!, $m: String!) { attendanceSummary(facilityId: $f, month: $m) { participant { id trialEndDate } } }`, { f: cis, m: month })).data.attendanceSummary;
    const after = participants.find((p: { participant: { trialEndDate: string | null } }) => !p.participant.trialEndDate || p.participant.trialEndDate < `${month}-01`).participant;
    const BONUS = 'mutation($p: ID!, $m: String!, $a: String!) { recordMotivationBonus(participantId: $p, month: $m, amount: $a) }';
    // 120% of the benefit of the month is the allowance; the bonus may reach all of it, not more.
    const benefit = month >= '2026-06' ? 178_390 : 172_190;
    const cap = Math.floor(benefit * 1.2);
    expect(problemPaths(await staff().query(BONUS, { p: after.id, m: month, a: formatGrosze(cap + 1) }))).toEqual(['amount']);
    expect((await staff().query(BONUS, { p: after.id, m: month, a: '250.00' })).data.recordMotivationBonus).toBe(true);
    expect((await staff().query(REPORT, { f: cis, y: Number(month.slice(0, 4)) })).data.socialEmploymentReport.motivationBonusTotal).toBe('250.00');
    expect(problemPaths(await staff().query(BONUS, { p: after.id, m: monthOf(addDays(today, 40)), a: '10.00' }))).toEqual(['month']);
  });

  it('reads its sections in a fixed number of statements, whatever the months and participants', async () => {
    await staff().query(REPORT, { f: cis, y: year });
    const { count } = await t.countStatements(() => staff().query(`${REPORT} `, { f: cis, y: year }));
    expect(count).toBeLessThanOrEqual(9);
  });

  it('is the operator\u2019s and the welfare centre\u2019s, not ANALYST\u2019s, a labour office\u2019s or another NGO\u2019s', async () => {
    expect((await t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops).query(REPORT, { f: cis, y: year })).errors).toBeUndefined();
    for (const caller of [t.as('ANALYST'), t.publicCaller, t.as('LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice)]) {
      expect(errorCodes(await caller.query(REPORT, { f: cis, y: year }))).toEqual(['FORBIDDEN']);
    }
    if (kis) expect((await staff().query(REPORT, { f: kis, y: year })).data.socialEmploymentReport.allowanceTotal).toBeNull();
  });
});

describe('the city-wide yearly report', () => {
  const CITY = `query($y: Int!, $p: Programme!) { citySocialEmploymentReport(year: $y, programme: $p) {
    facilities participants { count suppressed } participantsByGroup { key count suppressed } endedByOutcome { key count suppressed }
    economicallyIndependent { count suppressed } allowanceTotal incompleteMonths } }`;

  it('sums the facilities\u2019 reports for ANALYST, the allowances to the grosz, small counts withheld against subtraction', async () => {
    const city = (await t.as('ANALYST').query(CITY, { y: year, p: 'CIS' })).data.citySocialEmploymentReport;
    const ids = (await t.publicCaller.query('{ facilities(first: 50, filter: { types: [SOCIAL_INTEGRATION_CENTRE] }) { nodes { id } } }')).data.facilities.nodes.map((n: { id: string }) => n.id);
    let grosze = 0;
    for (const id of ids) {
      const one = (await t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops).query(REPORT, { f: id, y: year })).data.socialEmploymentReport;
      grosze += Math.round(Number(one.allowanceTotal) * 100);
    }
    expect(city.facilities).toBe(ids.length);
    expect(city.allowanceTotal).toBe(formatGrosze(grosze));
    const groups = city.participantsByGroup;
    for (const g of groups) if (g.count !== null) expect(g.count >= 5 || g.count === 0).toBe(true);
    // The groups add up to the participants: never exactly one of them withheld.
    expect(groups.filter((g: { suppressed: boolean }) => g.suppressed).length).not.toBe(1);
    expect(errorCodes(await staff().query(CITY, { y: year, p: 'CIS' }))).toEqual(['FORBIDDEN']);
  });
});

describe('the demo city\u2019s socially useful work', () => {
  it('shows the labour office last month\u2019s hours of KIS participants under its agreement, within the caps, with its refund', async () => {
    const office = t.as('LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice);
    const [agreement] = (await office.query('query($d: Date!) { sociallyUsefulWorkAgreements(activeOn: $d) { id hourlyRate refundPerHour } }', { d: today })).data.sociallyUsefulWorkAgreements;
    expect(agreement).toMatchObject({ hourlyRate: '15.00', refundPerHour: '9.00' });
    const month = monthOf(addDays(`${monthOf(today)}-01`, -1));
    const work = (await office.query('query($a: ID!, $m: String!) { sociallyUsefulWork(agreementId: $a, month: $m) { hours labourOfficeRefund participants { hours } } }', { a: agreement.id, m: month })).data.sociallyUsefulWork;
    expect(work.participants.length).toBeGreaterThan(5);
    expect(work.participants.every((p: { hours: number }) => p.hours > 0 && p.hours <= 40)).toBe(true);
    expect(work.labourOfficeRefund).toBe((work.hours * 9).toFixed(2));
  });
});
