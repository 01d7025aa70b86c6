/**
 * Load benchmark of social employment: 1,000,000 attendance days generated in a fresh
 * database, the real server in a child process, then
 *   - reportAttendance with 5,000 entries (200 participants × 25 days), first as new days, then as
 *     corrections of all of them (target: under 1 s each);
 *   - attendanceSummary of a CIS with 200 participants, autocannon at 10 connections (target: p99
 *     under 100 ms).
 * Prints the figures; with --record, appends them to bench/RESULTS.md.
 *
 *   DATABASE_URL=postgres://… npm run bench:attendance -- [--rows 1000000] [--duration 10] [--record]
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { DEVELOPMENT_JWT_SECRET } from '../src/config.js';
import { signDevelopmentToken } from '../src/core/auth/dev-tokens.js';
import { daysBetween, isWorkingDay } from '../src/core/calendar.js';
import { foldForSearch } from '../src/core/text-search.js';
import { DEMO_ORGANISATIONS } from '../seeds/demo-ids.js';
import type { EntityManager } from '../src/core/db/database.js';
import { generateData, prepareBenchDatabase, recordResults, withServer } from './harness.js';

const { values } = parseArgs({
  options: {
    'skip-load': { type: 'boolean', default: false },
    'rows': { type: 'string', default: '1000000' },
    'duration': { type: 'string', default: '10' },
    'connections': { type: 'string', default: '10' },
    'record': { type: 'boolean', default: false },
  },
});
const PORT = 4998;
/** Participants per generated CIS, and the working days of attendance each has before the measured month. */
const PER_CENTRE = 200;
const HISTORY = daysBetween('2025-01-02', '2025-10-31').filter(isWorkingDay);

/**
 * CIS facilities of 200 participants each, with a day of attendance per working day of 2025 up to
 * October, until `rows` days exist. Written by set-based SQL: the benchmark measures the hub, not
 * the generator. The persons' PESEL columns hold placeholders (nothing here reads a PESEL).
 */
async function generate(em: EntityManager, rows: number): Promise<string> {
  const centres = Math.max(1, Math.ceil(rows / (PER_CENTRE * HISTORY.length)));
  const [template] = await em.execute<{ unit_id: string; district_id: string }[]>(`select unit_id, district_id from facility limit 1`);
  const ids: string[] = [];
  for (let c = 0; c < centres; c++) {
    const id = crypto.randomUUID();
    ids.push(id);
    const name = `CIS Benchmark ${c + 1}`;
    await em.execute(
      `insert into facility (id, name, search_name, search_text, type, operator_id, unit_id, district_id, address_street, address_postal_code, address_city,
         management, declared_capacity, status, opened_on, created_at, updated_at, version)
       values (?, ?, ?, ?, 'SOCIAL_INTEGRATION_CENTRE', ?, ?, ?, 'ul. Testowa 1', '31-000', 'Kraków', 'COMMISSIONED', 250, 'ACTIVE', '2020-01-01', now(), now(), 1)`,
      [id, name, foldForSearch(name), foldForSearch(name), DEMO_ORGANISATIONS.ngo, template!.unit_id, template!.district_id],
    );
    await em.execute(
      `with people as (
         insert into person (id, first_name, last_name, search_name, pesel_hash, pesel_ciphertext, birth_date, sex, created_at, updated_at)
         select gen_random_uuid(), 'Jan', 'Uczestnik ' || g, 'uczestnik ' || lpad(g::text, 4, '0'), md5(? || g) || md5(g || ?), 'v1:placeholder', '1980-01-01', 'MALE', now(), now()
           from generate_series(1, ?) g returning id)
       insert into participation (id, person_id, facility_id, programme, eligibility_category, referral_source, programme_document_kind, programme_signed_on,
         start_date, trial_end_date, planned_end_date, enrolled_by, created_at, updated_at)
       select gen_random_uuid(), id, ?, 'CIS', 'LONG_TERM_UNEMPLOYED', 'WELFARE_CENTRE', 'IPZS', '2025-01-02', '2025-01-02', '2025-02-01', '2025-12-31', 'bench', now(), now() from people`,
      [id, id, PER_CENTRE, id],
    );
    await em.execute(
      `insert into attendance_entry (participation_id, date, facility_id, status, excused_kind, hours, report_id, reported_by, reported_at, corrections)
       select pa.id, d::date, pa.facility_id,
              case when random() < 0.9 then 'PRESENT' when random() < 0.5 then 'EXCUSED_ABSENCE' else 'UNEXCUSED_ABSENCE' end, null, null,
              gen_random_uuid(), 'bench', now(), 0
         from participation pa, jsonb_array_elements_text(?::jsonb) d where pa.facility_id = ?`,
      [JSON.stringify(HISTORY), id],
    );
    await em.execute(`update attendance_entry set hours = 6 where facility_id = ? and status = 'PRESENT'`, [id]);
    await em.execute(`update attendance_entry set excused_kind = 'SICK_LEAVE' where facility_id = ? and status = 'EXCUSED_ABSENCE'`, [id]);
    process.stdout.write(`\rgenerated ${((c + 1) * PER_CENTRE * HISTORY.length).toLocaleString('en')} attendance days`);
  }
  // As a long-running database would be: statistics fresh, visibility map set (index-only scans).
  await em.execute('vacuum analyze');
  console.log();
  return ids[0]!;
}

const bench = await prepareBenchDatabase(PORT);
try {
  const { centre, participants } = await generateData(bench, async (em) => {
    const started = Date.now();
    const centre = await generate(em, Number(values.rows));
    const [{ n }] = (await em.execute<{ n: number }[]>('select count(*)::int as n from attendance_entry')) as [{ n: number }];
    console.log(`${n.toLocaleString('en')} attendance days in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const participants = (await em.execute<{ id: string }[]>('select id from participation where facility_id = ? order by id', [centre])).map((r) => r.id);
    return { centre, participants };
  });

  const rows: string[] = [];
  await withServer(bench, async () => {
    const mops = await signDevelopmentToken(DEVELOPMENT_JWT_SECRET, { role: 'MOPS_WORKER', sub: 'bench', org: DEMO_ORGANISATIONS.mops });
    const labourOffice = await signDevelopmentToken(DEVELOPMENT_JWT_SECRET, { role: 'LABOUR_OFFICE', sub: 'bench', org: DEMO_ORGANISATIONS.labourOffice });
    const days = daysBetween('2025-11-03', '2025-12-31').filter(isWorkingDay).slice(0, 25);

    // Each call another key; even calls write new days' values, odd ones correct every day.
    let call = 0;
    const reportBody = () => {
      const i = call++;
      const status = i % 2 === 0 ? 'PRESENT' : 'UNEXCUSED_ABSENCE';
      const entries = participants.flatMap((participantId) => days.map((date) => ({ participantId, date, status, hours: status === 'PRESENT' ? 6 : null })));
      return JSON.stringify({
        query: 'mutation($input: AttendanceReportInput!) { reportAttendance(input: $input) { created corrected unchanged } }',
        variables: { input: { facilityId: centre, idempotencyKey: `bench-${i}`, entries } },
      });
    };
    const report = await autocannon({
      url: bench.url,
      method: 'POST',
      connections: 1,
      amount: 6,
      headers: { 'content-type': 'application/json', 'authorization': `Bearer ${mops}` },
      requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, body: reportBody() }) }],
    });
    rows.push(
      `| reportAttendance, 5,000 entries (200 participants × 25 days; the first new, then corrections of all), 1 connection, 6 calls | ${report.requests.average.toFixed(1)} | ${report.latency.p50} | ${report.latency.max} | ${report.non2xx + report.errors} |`,
    );
    console.log(rows[rows.length - 1]);

    const summary: autocannon.Options = {
      url: bench.url,
      method: 'POST',
      connections: Number(values.connections),
      headers: { 'content-type': 'application/json', 'authorization': `Bearer ${labourOffice}` },
      body: JSON.stringify({
        query: `{ attendanceSummary(facilityId: "${centre}", month: "2025-10") { workingDays daysPresent unexcusedAbsences participant { id person { lastName } } allowance { amount forfeited } } }`,
      }),
    };
    await autocannon({ ...summary, duration: 2 });
    // One clerk at a time gives the latency of one summary; ten at once, what one process sustains.
    for (const connections of [1, Number(values.connections)]) {
      const result = await autocannon({ ...summary, connections, duration: Number(values.duration) });
      rows.push(
        `| attendanceSummary of a CIS with 200 participants (LABOUR_OFFICE), ${connections} connection${connections > 1 ? 's' : ''} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result.non2xx + result.errors} |`,
      );
      console.log(rows[rows.length - 1]);
    }
  });
  if (values.record) {
    recordResults(
      `attendance · ${bench.onPostgres ? 'PostgreSQL' : 'PGlite'} · ${Number(values.rows).toLocaleString('en')} attendance days`,
      ['scenario', 'req/s', 'p50 ms', 'p99 ms (max for the report)', 'errors'],
      rows,
    );
  }
} finally {
  await bench.cleanup();
}
