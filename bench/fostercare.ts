/**
 * Load benchmark of foster care: 5,000 carers and 50,000 placements over five years
 * (a tenth still running) in a fresh database, the real server in a child process, autocannon
 * against `fosterCareVacancies` (a sibling group of two near a district) and `fosterCareCapacity`
 * by kind and district, on today and on a past date (target: p99 under 50 ms).
 *
 *   DATABASE_URL=postgres://… npm run bench:fostercare -- [--carers 5000] [--placements 50000] [--duration 10] [--record]
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { DEVELOPMENT_JWT_SECRET } from '../src/config.js';
import { signDevelopmentToken } from '../src/core/auth/dev-tokens.js';
import { addDays } from '../src/core/calendar.js';
import { DEMO_ORGANISATIONS } from '../seeds/demo-ids.js';
import { generateData, prepareBenchDatabase, recordResults, withServer } from './harness.js';

const { values } = parseArgs({
  options: {
    carers: { type: 'string', default: '5000' },
    placements: { type: 'string', default: '50000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    record: { type: 'boolean', default: false },
  },
});
const PORT = 4995;

const bench = await prepareBenchDatabase(PORT);
try {
  const today = bench.today;
  const districtId = await generateData(bench, async (em) => {
    const started = Date.now();
    const [existing] = (await em.execute<{ carers: number; placements: number }[]>(
      `select (select count(*) from carer)::int as carers, (select count(*) from placement)::int as placements`,
    )) as [{ carers: number; placements: number }];
    // Families to reach the number of carers (the demo city's institutions stay as they are).
    await em.execute(
      `insert into carer (id, kind, name, district_id, coordinator_organisation_id, declared_capacity, siblings_consent, status, created_at, updated_at)
       select gen_random_uuid(), (array['KINSHIP_FAMILY','NON_PROFESSIONAL_FAMILY','PROFESSIONAL_FAMILY','EMERGENCY_FAMILY','PROFESSIONAL_SPECIALIST_FAMILY'])[1 + g % 5],
              'Rodzina generowana ' || g, (select id from district order by number offset g % 18 limit 1), ?, 1 + g % 3, g % 3 = 0,
              case when g % 20 = 0 then 'ON_BREAK' else 'ACTIVE' end, now(), now()
         from generate_series(1, ?) g`,
      [DEMO_ORGANISATIONS.mops, Math.max(Number(values.carers) - existing.carers, 0)],
    );
    // Children and their placements over five years: nine in ten ended, the rest still running.
    const count = Math.max(Number(values.placements) - existing.placements, 0);
    await em.execute(
      `insert into person (id, first_name, last_name, search_name, pesel_hash, pesel_ciphertext, birth_date, sex, created_at, updated_at)
       select gen_random_uuid(), 'Dziecko', 'Generowane ' || g, 'generowane ' || g, md5('child' || g) || md5(g || 'child'), 'v1:placeholder',
              (?::date - (365 * (2 + g % 15)) * interval '1 day')::date, 'FEMALE', now(), now()
         from generate_series(1, ?) g`,
      [today, count],
    );
    await em.execute(`insert into foster_child (person_id, sibling_group_id) select id, gen_random_uuid() from person where last_name like 'Generowane %'`);
    await em.execute(
      `with kids as (select id, row_number() over () as n from person where last_name like 'Generowane %'),
            families as (select id, row_number() over () as n, count(*) over () as total from carer where name like 'Rodzina generowana %'),
            dated as (select k.id as child_id, f.id as carer_id, k.n, (?::date - (k.n * 37 % 1800) * interval '1 day')::date as start_date
                        from kids k join families f on f.n = 1 + k.n % f.total)
       insert into placement (id, child_id, carer_id, start_date, end_date, end_reason, basis, placed_by, created_at, updated_at)
       select gen_random_uuid(), child_id, carer_id, start_date,
              case when n % 10 = 0 then null else least(start_date + (30 + n % 400) * interval '1 day', ?::date - interval '1 day')::date end,
              case when n % 10 = 0 then null else 'RETURN_TO_FAMILY' end, 'EMERGENCY_PENDING_DECISION', 'bench', now(), now()
         from dated`,
      [today, today],
    );
    await em.execute('vacuum analyze');
    const [totals] = (await em.execute<{ carers: number; placements: number }[]>(
      `select (select count(*) from carer)::int as carers, (select count(*) from placement)::int as placements`,
    )) as [{ carers: number; placements: number }];
    console.log(
      `${totals.carers.toLocaleString('en')} carers, ${totals.placements.toLocaleString('en')} placements in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return (await em.execute<{ id: string }[]>(`select id from district where code = 'XIII'`))[0]!.id;
  });
  const rows: string[] = [];
  await withServer(bench, async () => {
    const mops = await signDevelopmentToken(DEVELOPMENT_JWT_SECRET, { role: 'MOPS_WORKER', sub: 'bench', org: DEMO_ORGANISATIONS.mops });
    const analyst = await signDevelopmentToken(DEVELOPMENT_JWT_SECRET, { role: 'ANALYST', sub: 'bench' });
    const past = addDays(today, -400);
    const scenarios = [
      {
        name: 'fosterCareVacancies, 2 siblings aged 8, near a district (MOPS_WORKER)',
        token: mops,
        query: `{ fosterCareVacancies(filter: { districtId: "${districtId}", siblings: 2, childAge: 8 }) { carer { id name kind } freePlaces exceptionNeeded proximity } }`,
      },
      {
        name: 'fosterCareCapacity by KIND, DISTRICT, today (ANALYST)',
        token: analyst,
        query:
          '{ fosterCareCapacity(groupBy: [KIND, DISTRICT]) { kind district { name } carers capacity occupied free overduePlacements childrenUnderAgeLimitInInstitutions } }',
      },
      {
        name: 'fosterCareCapacity by KIND, DISTRICT, 400 days ago (ANALYST)',
        token: analyst,
        query: `{ fosterCareCapacity(groupBy: [KIND, DISTRICT], asOf: "${past}") { kind district { name } carers capacity occupied free overduePlacements } }`,
      },
    ];
    for (const scenario of scenarios) {
      const request: autocannon.Options = {
        url: bench.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'authorization': `Bearer ${scenario.token}` },
        body: JSON.stringify({ query: scenario.query }),
      };
      await autocannon({ ...request, connections: 1, duration: 2 });
      for (const connections of [1, Number(values.connections)]) {
        const result = await autocannon({ ...request, connections, duration: Number(values.duration) });
        rows.push(
          `| ${scenario.name}, ${connections} connection${connections > 1 ? 's' : ''} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result.non2xx + result.errors} |`,
        );
        console.log(rows[rows.length - 1]);
      }
    }
  });
  if (values.record) {
    recordResults(
      `foster care · ${bench.onPostgres ? 'PostgreSQL' : 'PGlite'} · ${Number(values.carers).toLocaleString('en')} carers × ${Number(values.placements).toLocaleString('en')} placements`,
      ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors'],
      rows,
    );
  }
} finally {
  await bench.cleanup();
}
