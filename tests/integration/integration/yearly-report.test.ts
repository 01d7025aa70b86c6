import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { addDays, monthOf } from '../../../src/core/calendar.js';
import { formatGrosze } from '../../../src/core/money.js';
import { peselFor } from '../../../seeds/synthetic-pesel.js';
import { signDevelopmentToken } from '../../../src/core/auth/dev-tokens.js';
import { errorCodes, problemPaths, startTestHub, TEST_JWT_SECRET, testToday, type TestHub } from '../../support/test-hub.js';

const today = testToday('2026-11-30');
const year = Number(today.slice(0, 4));
let t: TestHub;
let cis: string;
let kis: string;
beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true });
  const own = (
    await t
      .as('NGO_STAFF', DEMO_ORGANISATIONS.ngo)
      .query(
        `{ facilities(first: 50, filter: { operatorIds: ["${DEMO_ORGANISATIONS.ngo}"], types: [SOCIAL_INTEGRATION_CENTRE, SOCIAL_INTEGRATION_CLUB] }) { nodes { id type } } }`,
      )
  ).data.facilities.nodes;
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
      const summary = (
        await staff().query(`query($f: ID!, $m: String!) { attendanceSummary(facilityId: $f, month: $m) { allowance { grosze } } }`, { f: cis, m: month })
      ).data.attendanceSummary;
      grosze += summary.reduce((s: number, row: { allowance: { grosze: number } | null }) => s + (row.allowance?.grosze ?? 0), 0);
    }
    expect(report.allowanceTotal).toBe(formatGrosze(grosze));
    expect(grosze).toBeGreaterThan(0);
    expect(report.allowancesByMonth.map((m: { amount: string }) => Math.round(Number(m.amount) * 100)).reduce((a: number, b: number) => a + b, 0)).toBe(grosze);
    // The months after this one are still to come; this one is open.
    expect(report.incompleteMonths).toContain(monthOf(today));
    for (let m = Number(monthOf(today).slice(5)) + 1; m <= 12; m++) expect(report.incompleteMonths).toContain(`${year}-${String(m).padStart(2, '0')}`);
    expect(
      report.allowancesByMonth
        .filter((m: { closed: boolean; month: string }) => !m.closed)
        .every((m: { month: string }) => report.incompleteMonths.includes(m.month)),
    ).toBe(true);
  });

  it('counts participants as persons, each once, their groups adding up to them', async () => {
    const report = (await staff().query(REPORT, { f: cis, y: year })).data.socialEmploymentReport;
    const [counted] = await t
      .em()
      .execute<{ n: number }[]>(
        `select count(distinct person_id)::int as n from participation where facility_id = ? and start_date <= ? and coalesce(end_date, planned_end_date) >= ?`,
        [cis, `${year}-12-31`, `${year}-01-01`],
      );
    const n = counted!.n;
    expect(report.participants).toBe(n);
    expect(report.participantsByGroup.reduce((s: number, g: { count: number }) => s + g.count, 0)).toBe(n);
    const independent = report.endedByOutcome
      .filter((o: { key: string }) => ['EMPLOYMENT', 'OWN_BUSINESS', 'SOCIAL_COOPERATIVE'].includes(o.key))
      .reduce((s: number, o: { count: number }) => s + o.count, 0);
    expect(report.economicallyIndependent).toBe(independent);
  });

  it('carries the staff the operator reports', async () => {
    expect((await staff().query(REPORT, { f: cis, y: year })).data.socialEmploymentReport.staff).toBeNull();
    expect(
      (await staff().query('mutation($f: ID!, $y: Int!) { recordCentreStaff(facilityId: $f, year: $y, headcount: 9, fte: "7.25") }', { f: cis, y: year })).data
        .recordCentreStaff,
    ).toBe(true);
    expect((await staff().query(REPORT, { f: cis, y: year })).data.socialEmploymentReport.staff).toEqual({ headcount: 9, fte: '7.25' });
    expect(
      problemPaths(
        await staff().query('mutation($f: ID!, $y: Int!) { recordCentreStaff(facilityId: $f, year: $y, headcount: -1, fte: "7.255") }', { f: cis, y: year }),
      ).sort(),
    ).toEqual(['fte', 'headcount']);
  });

  it('adds motivation bonuses up to 100% of the month\u2019s allowance, after the trial period only', async () => {
    const month = monthOf(addDays(today, -31));
    const participants = (
      await staff().query(`query($f: ID!, $m: String!) { attendanceSummary(facilityId: $f, month: $m) { participant { id trialEndDate } } }`, {
        f: cis,
        m: month,
      })
    ).data.attendanceSummary;
    const after = participants.find(
      (p: { participant: { trialEndDate: string | null } }) => !p.participant.trialEndDate || p.participant.trialEndDate < `${month}-01`,
    ).participant;
    const BONUS = 'mutation($p: ID!, $m: String!, $a: String!) { recordMotivationBonus(participantId: $p, month: $m, amount: $a) }';
    // 120% of the benefit of the month is the allowance; the bonus may reach all of it, not more.
    const benefit = month >= '2026-06' ? 178_390 : 172_190;
    const cap = Math.floor(benefit * 1.2);
    expect(problemPaths(await staff().query(BONUS, { p: after.id, m: month, a: formatGrosze(cap + 1) }))).toEqual(['amount']);
    expect((await staff().query(BONUS, { p: after.id, m: month, a: '250.00' })).data.recordMotivationBonus).toBe(true);
    expect((await staff().query(REPORT, { f: cis, y: Number(month.slice(0, 4)) })).data.socialEmploymentReport.motivationBonusTotal).toBe('250.00');
    expect(problemPaths(await staff().query(BONUS, { p: after.id, m: monthOf(addDays(today, 40)), a: '10.00' }))).toEqual(['month']);
  });

  it('gives the staff by basis of employment, the effects by group, the allowances paid apart from those computed, and every part the operator enters', async () => {
    const BASIS =
      'mutation($f: ID!, $y: Int!, $b: [StaffByBasisInput!]) { recordCentreStaff(facilityId: $f, year: $y, headcount: 9, fte: "7.25", byBasis: $b) }';
    expect(
      problemPaths(
        await staff().query(BASIS, {
          f: cis,
          y: year,
          b: [
            { basis: 'EMPLOYMENT_CONTRACT', headcount: 6 },
            { basis: 'VOLUNTEERING', headcount: 2 },
          ],
        }),
      ),
    ).toEqual(['byBasis']);
    expect(
      (
        await staff().query(BASIS, {
          f: cis,
          y: year,
          b: [
            { basis: 'EMPLOYMENT_CONTRACT', headcount: 6 },
            { basis: 'CIVIL_LAW_CONTRACT', headcount: 3 },
          ],
        })
      ).errors,
    ).toBeUndefined();
    const SECTION =
      'mutation($f: ID!, $y: Int!, $s: YearlyReportSection!, $c: String!, $a: String) { recordYearlyReportSection(facilityId: $f, year: $y, section: $s, content: $c, amount: $a) }';
    expect((await staff().query(SECTION, { f: cis, y: year, s: 'GRANTS', c: 'Dotacja gminy rozliczona w terminie', a: '120000.00' })).errors).toBeUndefined();
    expect(problemPaths(await staff().query(SECTION, { f: cis, y: year, s: 'ACTIONS', c: '   ' }))).toEqual(['content']);
    const report = (
      await staff().query(
        `query($f: ID!, $y: Int!) { socialEmploymentReport(facilityId: $f, year: $y) {
      staff { byBasis { basis headcount } } participantsByGroup { key count } endedByOutcome { key count } outcomesByGroup { group outcome count }
      allowanceTotal allowancePaidTotal allowancesByMonth { amount closed } sections { section name content amount } } }`,
        { f: cis, y: year },
      )
    ).data.socialEmploymentReport;
    expect(report.staff.byBasis).toEqual([
      { basis: 'EMPLOYMENT_CONTRACT', headcount: 6 },
      { basis: 'CIVIL_LAW_CONTRACT', headcount: 3 },
    ]);
    // The effects by group are the outcomes split by group: the same persons, counted once.
    const byOutcome = (outcome: string) =>
      report.outcomesByGroup.filter((g: { outcome: string }) => g.outcome === outcome).reduce((s: number, g: { count: number }) => s + g.count, 0);
    for (const { key, count } of report.endedByOutcome) expect(byOutcome(key)).toBe(count);
    // Paid: the closed months only.
    const paid = report.allowancesByMonth
      .filter((m: { closed: boolean }) => m.closed)
      .reduce((s: number, m: { amount: string }) => s + Math.round(Number(m.amount) * 100), 0);
    expect(report.allowancePaidTotal).toBe(formatGrosze(paid));
    expect(Number(report.allowancePaidTotal)).toBeLessThanOrEqual(Number(report.allowanceTotal));
    // Every part of a CIS's report is listed, the ones not entered with no content.
    expect(report.sections.map((s: { section: string; content: string | null; amount: string | null }) => [s.section, s.content, s.amount])).toEqual([
      ['ACTIONS', null, null],
      ['GRANTS', 'Dotacja gminy rozliczona w terminie', '120000.00'],
      ['SERVICES', null, null],
      ['FINANCIAL_PLAN', null, null],
    ]);
    if (kis) {
      expect(problemPaths(await staff().query(SECTION, { f: kis, y: year, s: 'FINANCIAL_PLAN', c: 'Plan' }))).toEqual(['section']);
      const club = (
        await staff().query('query($f: ID!, $y: Int!) { socialEmploymentReport(facilityId: $f, year: $y) { allowancePaidTotal sections { section } } }', {
          f: kis,
          y: year,
        })
      ).data.socialEmploymentReport;
      expect(club).toEqual({ allowancePaidTotal: null, sections: [{ section: 'ACTIONS' }, { section: 'GRANTS' }] });
    }
  });

  it('names what it is filed under: the CIS form of Dz.U. 2017 poz. 97, art. 18a ust. 6 for a KIS, none before the form', async () => {
    const basis = async (f: string, y: number) =>
      (await staff().query('query($f: ID!, $y: Int!) { socialEmploymentReport(facilityId: $f, year: $y) { legalBasis } }', { f, y })).data
        .socialEmploymentReport.legalBasis;
    expect(await basis(cis, year)).toContain('Dz.U. 2017 poz. 97');
    expect(await basis(cis, 2015)).toBeNull();
    if (kis) expect(await basis(kis, year)).toContain('art. 18a ust. 6');
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
    const ids = (
      await t.publicCaller.query('{ facilities(first: 50, filter: { types: [SOCIAL_INTEGRATION_CENTRE] }) { nodes { id } } }')
    ).data.facilities.nodes.map((n: { id: string }) => n.id);
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
    const [agreement] = (await office.query('query($d: Date!) { sociallyUsefulWorkAgreements(activeOn: $d) { id hourlyRate refundPerHour } }', { d: today }))
      .data.sociallyUsefulWorkAgreements;
    expect(agreement).toMatchObject({ hourlyRate: '15.00', refundPerHour: '9.00' });
    const month = monthOf(addDays(`${monthOf(today)}-01`, -1));
    const work = (
      await office.query('query($a: ID!, $m: String!) { sociallyUsefulWork(agreementId: $a, month: $m) { hours labourOfficeRefund participants { hours } } }', {
        a: agreement.id,
        m: month,
      })
    ).data.sociallyUsefulWork;
    expect(work.participants.length).toBeGreaterThan(5);
    expect(work.participants.every((p: { hours: number }) => p.hours > 0 && p.hours <= 40)).toBe(true);
    expect(work.labourOfficeRefund).toBe((work.hours * 9).toFixed(2));
  });
});

describe('a club whose participants left and enrolled again in the year', () => {
  const lastYear = year - 1;
  const header = 'PESEL;Imię;Nazwisko;Placówka;Kategoria;Program;Data rozpoczęcia;Planowane zakończenie';
  const pesel = (i: number) => peselFor(`19${60 + (i % 30)}-0${1 + (i % 9)}-1${i % 9}`, i % 2 ? 'MALE' : 'FEMALE', 700 + i);
  const upload = async (lines: string[]) => {
    const token = await signDevelopmentToken(TEST_JWT_SECRET, { role: 'ADMIN', sub: 'yearly-report', org: null });
    const response = await fetch(t.url.replace(/\/graphql$/, '/import/participants'), {
      method: 'POST',
      headers: { 'authorization': `Bearer ${token}`, 'content-type': 'text/csv' },
      body: [header, ...lines].join('\n'),
    });
    return (await response.json()) as { created: number; problems: unknown[] };
  };
  let club: string;

  beforeAll(async () => {
    const organisation = (
      await t.as('ADMIN').query('mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }', {
        i: { name: 'Stowarzyszenie Klub Powrotów', kind: 'ASSOCIATION' },
      })
    ).data.createOrganisation.id;
    const [unit] = (await t.as('ADMIN').query('{ districts { id branch { id } } }')).data.districts;
    club = (
      await t.as('ADMIN').query('mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id } }', {
        i: {
          name: 'KIS Powroty',
          type: 'SOCIAL_INTEGRATION_CLUB',
          operatorId: organisation,
          unitId: unit.branch.id,
          districtId: unit.id,
          management: 'COMMISSIONED',
          agreement: { number: 'UM/KIS/POWROTY', validFrom: `${lastYear}-01-01` },
          declaredCapacity: 60,
          address: { street: 'ul. Powrotna 1', postalCode: '30-001', city: 'Kraków' },
        },
      })
    ).data.createFacility.id;
    // Sixty persons from January; five of them leave in February and come back in March.
    const first = await upload(
      Array.from({ length: 60 }, (_, i) => `${pesel(i)};Imię${i};Nazwisko${i};KIS Powroty;bezdomna;kontrakt socjalny;${lastYear}-01-05;${lastYear}-06-30`),
    );
    expect(first).toMatchObject({ created: 60, problems: [] });
    const nodes = (
      await t.as('ADMIN').query('query($f: ID!) { participants(first: 100, filter: { facilityId: $f }) { nodes { id person { lastName } } } }', { f: club })
    ).data.participants.nodes;
    const leaving = nodes.filter((n: { person: { lastName: string } }) =>
      ['Nazwisko0', 'Nazwisko1', 'Nazwisko2', 'Nazwisko3', 'Nazwisko4'].includes(n.person.lastName),
    );
    for (const { id } of leaving) {
      const ended = await t.as('ADMIN').query('mutation($id: ID!, $i: EndParticipationInput!) { endParticipation(id: $id, input: $i) { id } }', {
        id,
        i: { endDate: `${lastYear}-02-10`, reason: 'przerwa', outcome: 'DROPPED_OUT' },
      });
      expect(ended.errors).toBeUndefined();
    }
    const again = await upload(
      Array.from({ length: 5 }, (_, i) => `${pesel(i)};Imię${i};Nazwisko${i};KIS Powroty;bezdomna;kontrakt socjalny;${lastYear}-03-02;${lastYear}-06-30`),
    );
    expect(again).toMatchObject({ created: 5, problems: [] });
  });

  it('reports 60 participants, not 65, and says 65 participations under their own name', async () => {
    const report = (
      await t
        .as('ADMIN')
        .query(
          `query($f: ID!, $y: Int!) { socialEmploymentReport(facilityId: $f, year: $y) { participants participations participantsByGroup { key count } endedByOutcome { key count } } }`,
          { f: club, y: lastYear },
        )
    ).data.socialEmploymentReport;
    expect(report).toMatchObject({ participants: 60, participations: 65, participantsByGroup: [{ key: 'HOMELESS', count: 60 }] });
    // The five who left in February are counted once each by that ending, though they came back.
    expect(report.endedByOutcome).toEqual([{ key: 'DROPPED_OUT', count: 5 }]);
  });

  it('counts each person once in the city-wide report, as flowReport does for the same year', async () => {
    const city = (
      await t
        .as('ANALYST')
        .query('query($y: Int!) { citySocialEmploymentReport(year: $y, programme: KIS) { participants { count } participations { count suppressed } } }', {
          y: lastYear,
        })
    ).data.citySocialEmploymentReport;
    const flows = (
      await t.as('ANALYST').query('query($f: Date, $t: Date) { flowReport(from: $f, to: $t) { personsByService { key count } } }', {
        f: `${lastYear}-01-01`,
        t: `${lastYear}-12-31`,
      })
    ).data.flowReport;
    expect(city.participants.count).toBe(flows.personsByService.find((c: { key: string }) => c.key === 'KIS').count);
    expect(city.participations.count === null || city.participations.count >= city.participants.count + 5).toBe(true);
  });
});
