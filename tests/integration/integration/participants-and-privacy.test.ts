import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../seeds/demo-ids.js';
import { addDays, daysBetween, isWorkingDay, monthOf } from '../../../src/core/calendar.js';
import { AuditEvent } from '../../../src/core/audit/audit.entities.js';
import { Participation } from '../../../src/modules/integration/index.js';
import { Person } from '../../../src/modules/persons/index.js';
import { District, Facility, Organisation, WelfareUnit } from '../../../src/modules/registry/index.js';
import { cisEnrolment, cisFacility, personInput } from '../../support/integration-factories.js';
import { makeOrganisation } from '../../support/registry-factories.js';
import { errorCodes, startTestHub, testToday, type TestHub } from '../../support/test-hub.js';

let t: TestHub;
let ngo: Organisation;
let big: Facility;
let unit: WelfareUnit;
let district: District;
const today = testToday('2026-11-24');
const ids: string[] = [];

const mops = () => t.as('MOPS_WORKER', DEMO_ORGANISATIONS.mops);
const staff = () => t.as('NGO_STAFF', ngo.id);

/** 250 participants of one CIS, written straight to the database (the enrolment rules have their own tests). */
async function enrolMany(facility: Facility, count: number, startDate: string) {
  const em = t.em();
  for (let i = 0; i < count; i++) {
    const input = personInput();
    const { lookupHash, ciphertext } = t.hub.pesel.protect(input.pesel);
    const person = em.create(Person, {
      firstName: input.firstName,
      lastName: input.lastName,
      searchName: input.lastName.toLowerCase(),
      peselHash: lookupHash,
      peselCiphertext: ciphertext,
      birthDate: '1980-01-01',
      sex: 'MALE',
    });
    const p = em.create(Participation, {
      person,
      facility,
      programme: 'CIS',
      eligibilityCategory: i % 3 ? 'LONG_TERM_UNEMPLOYED' : 'HOMELESS',
      referralSource: 'WELFARE_CENTRE',
      referringOrganisation: null,
      programmeDocumentKind: 'IPZS',
      programmeDocumentNumber: null,
      programmeSignedOn: startDate,
      startDate,
      trialEndDate: null,
      plannedEndDate: addDays(startDate, 300),
      extensionReason: null,
      endDate: null,
      endReason: null,
      outcome: null,
      endedBy: null,
      enrolledBy: 'test',
      enrolledByOrganisation: null,
    });
    ids.push(p.id);
  }
  await em.flush();
}

beforeAll(async () => {
  t = await startTestHub({ today, seedDemo: true });
  const em = t.em();
  [unit] = (await em.find(WelfareUnit, { code: 'F1' })) as [WelfareUnit];
  [district] = (await em.find(District, { code: 'III' })) as [District];
  ngo = await makeOrganisation(em, { name: 'Fundacja Wielka' });
  big = await cisFacility(em, { operator: ngo, unit, district, declaredCapacity: 300, name: 'CIS Duży' });
  await enrolMany(big, 250, addDays(today, -100));
});
afterAll(() => t?.close());

describe('SQL statements', () => {
  it('reads 100 participants with person, facility and this month\u2019s attendance in at most 5 statements', async () => {
    // Classes are held on working days (a CIS week has at most 40 hours: 6 a day on 7 days would be refused).
    const days = daysBetween(addDays(today, -6), today).filter((d) => monthOf(d) === monthOf(today) && isWorkingDay(d));
    if (days.length) {
      const entries = ids.slice(0, 100).flatMap((id) => days.map((date) => ({ participantId: id, date, status: 'PRESENT', hours: 6 })));
      expect(
        (
          await staff().query(`mutation($input: AttendanceReportInput!) { reportAttendance(input: $input) { created } }`, {
            input: { facilityId: big.id, idempotencyKey: 'n-plus-one', entries },
          })
        ).errors,
      ).toBeUndefined();
    }
    let response: any;
    const { count } = await t.countStatements(async () => {
      response = await staff().query(
        `{ participants(first: 100, filter: { facilityId: "${big.id}" }) { nodes { id startDate person { firstName lastName peselMasked } facility { name } attendance { date status hours } } } }`,
      );
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.participants.nodes).toHaveLength(100);
    if (days.length) expect(response.data.participants.nodes.some((n: { attendance: unknown[] }) => n.attendance.length > 0)).toBe(true);
    expect(count).toBeLessThanOrEqual(5);
  });

  it('writes 5,000 attendance days in bulk statements, not one per day', async () => {
    const days = daysBetween(addDays(today, -99), addDays(today, -1)).filter(isWorkingDay).slice(0, 20);
    const entries = ids.slice(0, 250).flatMap((id) => days.map((date) => ({ participantId: id, date, status: 'PRESENT', hours: 6 })));
    expect(entries).toHaveLength(5000);
    let response: any;
    const { count } = await t.countStatements(async () => {
      response = await mops().query(`mutation($input: AttendanceReportInput!) { reportAttendance(input: $input) { created corrected unchanged } }`, {
        input: { facilityId: big.id, idempotencyKey: 'bulk-5000', entries },
      });
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.reportAttendance.created + response.data.reportAttendance.unchanged).toBe(5000);
    expect(count).toBeLessThan(20);
  });
});

describe('SQL statements of a summary', () => {
  it('summarises a month of 250 participants with their names in a fixed number of statements', async () => {
    let response: any;
    const office = t.as('LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice);
    await office.query('{ me { role } }'); // the token's organisation is checked once, then known
    const { count } = await t.countStatements(async () => {
      response = await office.query(
        `{ attendanceSummary(facilityId: "${big.id}", month: "${monthOf(today)}") { daysPresent participant { id person { lastName } } allowance { amount } } }`,
      );
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.attendanceSummary.length).toBeGreaterThanOrEqual(250);
    expect(count).toBeLessThanOrEqual(6);
  });
});

describe('participants and who sees them', () => {
  it('shows NGO staff only the participants of facilities their organisation operates', async () => {
    const mine = await staff().query(`{ participants(first: 500) { totalCount nodes { facility { id } } } }`);
    expect(mine.data.participants.totalCount).toBe(250);
    expect(mine.data.participants.nodes.every((n: { facility: { id: string } }) => n.facility.id === big.id)).toBe(true);
    const all = await mops().query(`{ participants(first: 1) { totalCount } }`);
    expect(all.data.participants.totalCount).toBeGreaterThan(250);
  });

  it('pages through participants in name order without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await staff().query(
        `query($after: String) { participants(first: 60, after: $after) { nodes { id person { lastName } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...page.data.participants.nodes.map((n: { id: string }) => n.id));
      after = page.data.participants.pageInfo.hasNextPage ? page.data.participants.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(250);
    expect(new Set(seen).size).toBe(250);
  });

  it('finds a participant by PESEL through its keyed hash', async () => {
    const person = personInput();
    const enrolled = await mops().query(`mutation($input: EnrolmentInput!) { enrolParticipant(input: $input) { id } }`, {
      input: cisEnrolment(big.id, addDays(today, -10), { person }),
    });
    const found = await mops().query(`query($p: String!) { participants(first: 5, filter: { pesel: $p }) { nodes { id person { pesel } } } }`, {
      p: person.pesel,
    });
    expect(found.data.participants.nodes).toEqual([{ id: enrolled.data.enrolParticipant.id, person: { pesel: person.pesel } }]);
  });

  it('never gives NGO staff a full PESEL or birth date, only the masked one', async () => {
    const response = await staff().query(`{ participants(first: 1) { nodes { person { peselMasked birthYear pesel birthDate } } } }`);
    const person = response.data.participants.nodes[0].person;
    expect(person.peselMasked).toMatch(/^\*{7}\d{4}$/);
    expect(person.pesel).toBeNull();
    expect(person.birthDate).toBeNull();
    expect(errorCodes(response)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('refuses the participants list to LABOUR_OFFICE, ANALYST and PUBLIC', async () => {
    for (const caller of [t.as('LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice), t.as('ANALYST'), t.publicCaller]) {
      expect(errorCodes(await caller.query(`{ participants(first: 1) { totalCount } }`))).toEqual(['FORBIDDEN']);
    }
  });

  it('answers null for a participant of another organisation', async () => {
    const [other] = await t.em().find(Participation, { facility: { $ne: big.id } }, { limit: 1 });
    const response = await staff().query(`query($id: ID!) { participant(id: $id) { id } }`, { id: other!.id });
    expect(response.data.participant).toBeNull();
  });
});

describe('a facility\u2019s participants', () => {
  const OF_FACILITY = `query($id: ID!, $on: Date) { facility(id: $id) { name participants(activeOn: $on) { id startDate person { lastName } } } }`;

  it('lists who takes part on a day, in the participants list\u2019s name order, to the operator\u2019s staff and MOPS', async () => {
    const mine = await staff().query(OF_FACILITY, { id: big.id });
    expect(mine.errors).toBeUndefined();
    const listed = await staff().query(
      `query($id: ID!, $on: Date!) { participants(first: 500, filter: { facilityId: $id, activeOn: $on }) { nodes { id } } }`,
      { id: big.id, on: today },
    );
    const ids = listed.data.participants.nodes.map((n: { id: string }) => n.id);
    expect(ids.length).toBeGreaterThanOrEqual(250);
    expect(mine.data.facility.participants.map((p: { id: string }) => p.id)).toEqual(ids);
    expect((await mops().query(OF_FACILITY, { id: big.id })).data.facility.participants).toEqual(mine.data.facility.participants);
  });

  it('lists nobody on a day before anyone started', async () => {
    const before = await staff().query(OF_FACILITY, { id: big.id, on: addDays(today, -101) });
    expect(before.data.facility.participants).toEqual([]);
  });

  it('refuses the list to staff of another organisation, LABOUR_OFFICE, ANALYST and PUBLIC, and still answers the facility', async () => {
    const [other] = await t.em().find(Organisation, { id: { $ne: ngo.id }, kind: { $in: ['FOUNDATION', 'ASSOCIATION'] } }, { limit: 1 });
    for (const caller of [t.as('NGO_STAFF', other!.id), t.as('LABOUR_OFFICE', DEMO_ORGANISATIONS.labourOffice), t.as('ANALYST'), t.publicCaller]) {
      const response = await caller.query(OF_FACILITY, { id: big.id });
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(response.data.facility).toEqual({ name: 'CIS Duży', participants: null });
    }
  });

  it('reads the participants of a page of facilities in one statement', async () => {
    let response: any;
    const { statements } = await t.countStatements(async () => {
      response = await mops().query(`{ facilities(first: 50) { nodes { id participants { id } } } }`);
    });
    expect(response.errors).toBeUndefined();
    expect(statements.filter((sql) => /from participation pa/i.test(sql))).toHaveLength(1);
  });
});

describe('the audit trail of person-level reads', () => {
  it('writes one READ event per PESEL and per eligibility category read, naming the subject, never the value', async () => {
    const before = await t.em().count(AuditEvent, { action: 'READ' });
    const response = await mops().query(
      `query Caseload { participants(first: 3, filter: { facilityId: "${big.id}" }) { nodes { id eligibilityCategory person { id pesel } } } }`,
    );
    const nodes = response.data.participants.nodes;
    const events = await t.em().find(AuditEvent, { action: 'READ' }, { orderBy: { occurredAt: 'asc' }, offset: before });
    expect(events).toHaveLength(6);
    expect(
      events
        .filter((e) => e.field === 'pesel')
        .map((e) => e.subjectId)
        .sort(),
    ).toEqual(nodes.map((n: { person: { id: string } }) => n.person.id).sort());
    expect(
      events
        .filter((e) => e.field === 'eligibilityCategory')
        .map((e) => e.subjectId)
        .sort(),
    ).toEqual(nodes.map((n: { id: string }) => n.id).sort());
    expect(events.every((e) => e.operation === 'Caseload' && e.actorRole === 'MOPS_WORKER')).toBe(true);
    const dump = JSON.stringify(await t.em().execute(`select * from audit_event`));
    for (const n of nodes) expect(dump).not.toContain(n.person.pesel);
  });

  it('writes no READ event for a masked PESEL or a name', async () => {
    const before = await t.em().count(AuditEvent, { action: 'READ' });
    await staff().query(`{ participants(first: 3) { nodes { person { firstName peselMasked } } } }`);
    expect(await t.em().count(AuditEvent, { action: 'READ' })).toBe(before);
  });
});

describe('participation statistics', () => {
  it('gives ANALYST counts by programme and category, suppressing those under 5', async () => {
    const response = await t
      .as('ANALYST')
      .query(
        `{ participationStatistics(groupBy: [PROGRAMME, ELIGIBILITY_CATEGORY, OUTCOME]) { programme eligibilityCategory outcome participants suppressed } }`,
      );
    expect(response.errors).toBeUndefined();
    const rows = response.data.participationStatistics;
    const shown = rows.filter((r: any) => !r.suppressed).map((r: any) => r.participants);
    expect(Math.max(...shown)).toBeGreaterThanOrEqual(84);
    for (const row of rows) {
      if (row.suppressed) expect(row.participants).toBeNull();
      else expect(row.participants).toBeGreaterThanOrEqual(5);
    }
    expect(rows.some((r: any) => r.suppressed)).toBe(true);
  });

  it('counts participants in each month they took part', async () => {
    const month = monthOf(today);
    const response = await t
      .as('ANALYST')
      .query(
        `query($m: String!) { participationStatistics(groupBy: [MONTH], filter: { fromMonth: $m, toMonth: $m, facilityId: "${big.id}" }) { month participants } }`,
        { m: month },
      );
    expect(response.data.participationStatistics).toEqual([{ month, participants: 251 }]);
  });

  it('refuses statistics to NGO staff and PUBLIC, and a reversed period', async () => {
    expect(errorCodes(await staff().query(`{ participationStatistics(groupBy: []) { participants } }`))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.publicCaller.query(`{ participationStatistics(groupBy: []) { participants } }`))).toEqual(['FORBIDDEN']);
    const reversed = await t
      .as('ANALYST')
      .query(`{ participationStatistics(groupBy: [], filter: { fromMonth: "2026-05", toMonth: "2026-01" }) { participants } }`);
    expect(errorCodes(reversed)).toEqual(['BAD_USER_INPUT']);
  });
});
