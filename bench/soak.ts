/**
 * Memory soak: the real server on a generated city, autocannon at 20 connections for minutes on a
 * mix that misses the response cache (a different search, page or date each time), reads person-level
 * lists, and writes (each write empties the cache for everyone). The server's resident memory and JS
 * heap are sampled from its own /metrics. Target: RSS under 600 MB after 10 minutes.
 *
 *   DATABASE_URL=postgres://… npm run bench:soak -- [--minutes 10] [--connections 20] [--facilities 5000] [--record]
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { DEVELOPMENT_JWT_SECRET } from '../src/config.js';
import { addDays } from '../src/core/calendar.js';
import { signDevelopmentToken } from '../src/core/auth/dev-tokens.js';
import { generateScaleData } from '../seeds/scale.js';
import { DEMO_ORGANISATIONS } from '../seeds/demo-ids.js';
import { generateData, prepareBenchDatabase, recordResults, withServer } from './harness.js';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
    facilities: { type: 'string', default: '5000' },
    record: { type: 'boolean', default: false },
  },
});
const TARGET_MB = 600;
const bench = await prepareBenchDatabase(4990, { HUB_JWT_SECRET: DEVELOPMENT_JWT_SECRET });

async function memory(): Promise<{ rssMb: number; heapMb: number }> {
  const text = await (await fetch(bench.url.replace('/graphql', '/metrics'))).text();
  const read = (name: string) => Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1] ?? NaN) / 1024 / 1024;
  return { rssMb: read('splot_process_resident_memory_bytes'), heapMb: read('splot_nodejs_heap_size_used_bytes') };
}

try {
  await generateData(bench, (em) =>
    generateScaleData(em, { facilities: Math.max(Number(values.facilities) - 186, 0), reportsPerFacility: 10, today: bench.today }),
  );
  await withServer(bench, async () => {
    const analyst = await signDevelopmentToken(DEVELOPMENT_JWT_SECRET, { role: 'ANALYST', sub: 'soak' });
    const mops = await signDevelopmentToken(DEVELOPMENT_JWT_SECRET, { role: 'MOPS_WORKER', sub: 'soak', org: DEMO_ORGANISATIONS.mops });
    const [shelter] = (
      (await (
        await fetch(bench.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ facilities(first: 1, filter: { types: [NIGHT_SHELTER] }) { nodes { id } } }' }),
        })
      ).json()) as { data: { facilities: { nodes: { id: string }[] } } }
    ).data.facilities.nodes;
    let n = 0;
    const bodies: (() => { token: string; body: string })[] = [
      () => ({
        token: analyst,
        body: JSON.stringify({
          query:
            'query($s: String) { facilities(first: 50, filter: { search: $s }) { totalCount nodes { id name operator { name } district { name } occupancy { freePlaces } } } }',
          variables: { s: `nr ${n % 997}` },
        }),
      }),
      () => ({
        token: analyst,
        body: JSON.stringify({
          query: 'query($d: Date) { capacityOverview(groupBy: [TYPE, DISTRICT], asOf: $d) { type facilities freePlaces oldestReportDate } }',
          variables: { d: addDays(bench.today, -(n % 300)) },
        }),
      }),
      () => ({
        token: mops,
        body: JSON.stringify({ query: '{ participants(first: 100) { nodes { id person { lastName peselMasked } facility { name } } } }' }),
      }),
      () => ({
        token: mops,
        body: JSON.stringify({
          query: 'mutation($f: ID!, $d: Date!, $o: Int!) { reportOccupancy(facilityId: $f, date: $d, occupiedPlaces: $o, overCapacityReason: "soak") { id } }',
          variables: { f: shelter!.id, d: bench.today, o: n % 40 },
        }),
      }),
    ];
    const samples: { minute: string; rssMb: number; heapMb: number }[] = [];
    const started = Date.now();
    const sampler = setInterval(() => {
      void memory().then((m) => {
        samples.push({ minute: ((Date.now() - started) / 60_000).toFixed(1), ...m });
        console.log(`${samples.at(-1)!.minute} min: RSS ${m.rssMb.toFixed(0)} MB, heap ${m.heapMb.toFixed(0)} MB`);
      });
    }, 30_000);
    const before = await memory();
    const result = await autocannon({
      url: bench.url,
      connections: Number(values.connections),
      duration: Number(values.minutes) * 60,
      requests: [
        {
          method: 'POST',
          setupRequest: (req) => {
            const next = bodies[n++ % bodies.length]!();
            return { ...req, headers: { 'content-type': 'application/json', 'authorization': `Bearer ${next.token}` }, body: next.body };
          },
        },
      ],
    });
    clearInterval(sampler);
    const after = await memory();
    const peak = Math.max(after.rssMb, ...samples.map((s) => s.rssMb));
    const verdict = after.rssMb < TARGET_MB ? 'within' : 'OVER';
    const line = `| ${values.minutes} min × ${values.connections} connections | ${result.requests.average.toFixed(0)} | ${result.latency.p99} | ${result.non2xx + result.errors} | ${before.rssMb.toFixed(0)} | ${peak.toFixed(0)} | ${after.rssMb.toFixed(0)} (${verdict} ${TARGET_MB}) | ${after.heapMb.toFixed(0)} |`;
    console.log(line);
    if (values.record) {
      recordResults(
        `soak · ${bench.onPostgres ? 'PostgreSQL' : 'PGlite'} · ${values.facilities} facilities`,
        ['run', 'req/s', 'p99 ms', 'errors', 'RSS before MB', 'RSS peak MB', 'RSS after MB', 'heap after MB'],
        [line],
      );
    }
  });
} finally {
  await bench.cleanup();
}
