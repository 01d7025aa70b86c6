/**
 * Load benchmark of labour-office cross-checks: 500,000 persons (a fifth of them taking
 * part in a KIS or CIS) in a fresh database, the real server in a child process, then autocannon
 * at one connection sending `crossCheckPersons` with 10,000 PESELs each time (target: under 500 ms).
 * The batch mixes persons taking part, persons never seen and a few invalid PESELs. Each call also
 * writes 10,000 audit lines, which is part of what is measured.
 *
 *   DATABASE_URL=postgres://… npm run bench:crosscheck -- [--persons 500000] [--duration 15] [--record]
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { DEVELOPMENT_JWT_SECRET } from '../src/config.js';
import { signDevelopmentToken } from '../src/core/auth/dev-tokens.js';
import { DEMO_ORGANISATIONS } from '../seeds/demo-ids.js';
import { seededRandom } from '../seeds/random.js';
import { syntheticPesel } from '../seeds/synthetic-pesel.js';
import { generateData, prepareBenchDatabase, recordResults, withServer } from './harness.js';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '500000' },
    duration: { type: 'string', default: '15' },
    record: { type: 'boolean', default: false },
  },
});
const PORT = 4997;
const BATCH = 10_000;
const CHUNK = 25_000;

const bench = await prepareBenchDatabase(PORT, { HUB_CROSSCHECK_PESELS_PER_HOUR: '1000000000' });
try {
  const r = seededRandom(5);
  const known: string[] = [];
  const protection = bench.pesel;
  await generateData(bench, async (em) => {
    const started = Date.now();
    const total = Number(values.persons);
    const seen = new Set<string>();
    // Real keyed hashes (the look-up must find them); the ciphertext is a placeholder nobody reads here.
    for (let done = 0; done < total;) {
      const chunk: { pesel_hash: string; n: number }[] = [];
      while (chunk.length < CHUNK && done + chunk.length < total) {
        const pesel = syntheticPesel(
          r,
          `${r.int(1950, 2005)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
          r.next() < 0.5 ? 'MALE' : 'FEMALE',
        );
        if (seen.has(pesel)) continue;
        seen.add(pesel);
        if (known.length < BATCH && r.next() < 0.05) known.push(pesel);
        chunk.push({ pesel_hash: protection.lookupHash(pesel), n: done + chunk.length });
      }
      await em.execute(
        `insert into person (id, first_name, last_name, search_name, pesel_hash, pesel_ciphertext, birth_date, sex, created_at, updated_at)
         select gen_random_uuid(), 'Jan', 'Osoba ' || x.n, 'osoba ' || x.n, x.pesel_hash, 'v1:placeholder', '1980-01-01', 'MALE', now(), now()
           from jsonb_to_recordset(?::jsonb) as x(pesel_hash text, n int)
         on conflict (pesel_hash) do nothing`,
        [JSON.stringify(chunk)],
      );
      done += chunk.length;
      process.stdout.write(`\rgenerated ${done.toLocaleString('en')} persons`);
    }
    const [cis] = await em.execute<{ id: string }[]>(`select id from facility where type = 'SOCIAL_INTEGRATION_CENTRE' order by name limit 1`);
    await em.execute(
      `insert into participation (id, person_id, facility_id, programme, eligibility_category, referral_source, programme_document_kind, programme_signed_on,
         start_date, planned_end_date, end_date, end_reason, outcome, enrolled_by, created_at, updated_at)
       select gen_random_uuid(), id, ?, 'CIS', 'HOMELESS', 'WELFARE_CENTRE', 'IPZS', '2025-01-02', '2025-01-02', '2025-12-01',
              case when random() < 0.5 then '2025-06-30'::date end, null, null, 'bench', now(), now()
         from person where last_name like 'Osoba %' and random() < 0.2`,
      [cis!.id],
    );
    // As a long-running database would be: statistics fresh, visibility map set (index-only scans).
    await em.execute('vacuum analyze');
    console.log(`\n${total.toLocaleString('en')} persons in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
  // A batch: persons known to the hub (some taking part), persons it never saw, and a few invalid numbers.
  const pesels = Array.from({ length: BATCH }, (_, i) =>
    i % 100 === 99 ? '12345678901' : i % 2 ? known[i % known.length]! : syntheticPesel(r, '1999-09-09', 'FEMALE'),
  );

  await withServer(bench, async () => {
    const token = await signDevelopmentToken(DEVELOPMENT_JWT_SECRET, { role: 'LABOUR_OFFICE', sub: 'bench', org: DEMO_ORGANISATIONS.labourOffice });
    const request: autocannon.Options = {
      url: bench.url,
      method: 'POST',
      connections: 1,
      headers: { 'content-type': 'application/json', 'authorization': `Bearer ${token}` },
      body: JSON.stringify({
        query:
          'query($p: [String!]!) { crossCheckPersons(pesels: $p, purpose: REFERRAL) { index status participation { programme facilityId startDate endDate } } }',
        variables: { p: pesels },
      }),
    };
    await autocannon({ ...request, duration: 3 });
    const result = await autocannon({ ...request, duration: Number(values.duration) });
    const line = `| crossCheckPersons, ${BATCH.toLocaleString('en')} PESELs (half known, 1% invalid) against ${Number(values.persons).toLocaleString('en')} persons, 1 connection | ${result.requests.average.toFixed(1)} | ${result.latency.p50} | ${result.latency.p99} | ${result.non2xx + result.errors} |`;
    console.log(line);
    if (values.record) {
      recordResults(`cross-checks · ${bench.onPostgres ? 'PostgreSQL' : 'PGlite'}`, ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors'], [line]);
    }
  });
} finally {
  await bench.cleanup();
}
