/**
 * Load benchmark of the registry: a generated city in a fresh database, the real server in a child
 * process, autocannon at 10 connections against it. Prints requests/s and p50/p99 latency per
 * scenario; with --record, appends them to bench/RESULTS.md.
 *
 *   DATABASE_URL=postgres://… npm run bench -- [--facilities 20000] [--reports 30] [--duration 10] [--record]
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { signDevelopmentToken } from '../src/core/auth/dev-tokens.js';
import { DEVELOPMENT_JWT_SECRET } from '../src/config.js';
import { generateScaleData } from '../seeds/scale.js';
import { addDays } from '../src/core/calendar.js';
import { generateData, prepareBenchDatabase, recordResults, withServer } from './harness.js';

const { values } = parseArgs({
  options: {
    facilities: { type: 'string', default: '20000' },
    reports: { type: 'string', default: '30' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    record: { type: 'boolean', default: false },
  },
});
const facilities = Number(values.facilities);

const PAGE =
  'query($first: Int, $after: String) { facilities(first: $first, after: $after) { totalCount edges { cursor node { id name type declaredCapacity operator { name kind } unit { code } district { name } occupancy { occupiedPlaces freePlaces } } } pageInfo { endCursor } } }';
const PAGE_WITH_FRAGMENT = `query($first: Int, $after: String, $withOccupancy: Boolean!) { facilities(first: $first, after: $after) { totalCount edges { cursor node { ...Row } } pageInfo { endCursor } } }
  fragment Row on Facility { id name type declaredCapacity operator { name kind } unit { code } district { name } occupancy @include(if: $withOccupancy) { occupiedPlaces freePlaces } }`;

const bench = await prepareBenchDatabase(4999);
try {
  await generateData(bench, async (em) => {
    const started = Date.now();
    await generateScaleData(em, {
      facilities: facilities - 186,
      reportsPerFacility: Number(values.reports),
      today: bench.today,
      onProgress: (done, total) => process.stdout.write(`\rgenerating ${done}/${total} facilities`),
    });
    console.log(`\ngenerated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  const rows: string[] = [];
  await withServer(bench, async () => {
    const token = await signDevelopmentToken(DEVELOPMENT_JWT_SECRET, { role: 'ANALYST', sub: 'bench' });
    const past = addDays(bench.today, -10);
    // Cursors of every page, so that one scenario can ask for a different page (and size) each time
    // and measure the work behind a cache miss rather than the response cache.
    const cursors: (string | null)[] = [null];
    for (;;) {
      const response = await fetch(bench.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'authorization': `Bearer ${token}` },
        body: JSON.stringify({
          query: 'query($after: String) { facilities(first: 50, after: $after) { pageInfo { hasNextPage endCursor } } }',
          variables: { after: cursors[cursors.length - 1] },
        }),
      });
      const page = ((await response.json()) as { data: { facilities: { pageInfo: { hasNextPage: boolean; endCursor: string } } } }).data.facilities.pageInfo;
      if (!page.hasNextPage) break;
      cursors.push(page.endCursor);
    }
    let missCounter = 0;
    const uncachedPage = () => {
      const i = missCounter++;
      return JSON.stringify({ query: PAGE, variables: { first: 41 + (((i / cursors.length) | 0) % 20), after: cursors[i % cursors.length] } });
    };
    // The same page as a client library writes it: a fragment, and a part under @include.
    const withFragment = () => {
      const i = missCounter++;
      return JSON.stringify({
        query: PAGE_WITH_FRAGMENT,
        variables: { first: 41 + (((i / cursors.length) | 0) % 20), after: cursors[i % cursors.length], withOccupancy: true },
      });
    };
    const scenarios: { name: string; query: string; body?: () => string }[] = [
      { name: 'facilities(first: 41..60) on a different page each time (response-cache misses)', query: '', body: uncachedPage },
      { name: 'the same, written with a fragment and @include(if: $withOccupancy) (response-cache misses)', query: '', body: withFragment },
      {
        name: 'facilities(first: 50) with operator, unit, district, occupancy',
        query:
          '{ facilities(first: 50) { totalCount edges { cursor node { id name type declaredCapacity operator { name kind } unit { code } district { name } occupancy { occupiedPlaces freePlaces } } } pageInfo { endCursor } } }',
      },
      {
        name: 'facilities(first: 50, filter: shelters with free places, search)',
        query:
          '{ facilities(first: 50, filter: { types: [NIGHT_SHELTER, HOMELESS_SHELTER, WARMING_CENTRE], hasFreePlaces: true, search: "nr 1" }) { edges { node { id name occupancy { freePlaces } } } } }',
      },
      {
        name: 'capacityOverview by TYPE (today)',
        query: '{ capacityOverview(groupBy: [TYPE]) { type facilities declaredCapacity occupiedPlaces freePlaces } }',
      },
      {
        name: 'capacityOverview by TYPE, DISTRICT (today)',
        query: '{ capacityOverview(groupBy: [TYPE, DISTRICT]) { type district { name } facilities declaredCapacity occupiedPlaces freePlaces } }',
      },
      {
        name: 'capacityOverview by TYPE, asOf 10 days ago (history)',
        query: `{ capacityOverview(groupBy: [TYPE], asOf: "${past}") { type facilities occupiedPlaces freePlaces } }`,
      },
    ];
    for (const scenario of scenarios) {
      // A short unmeasured run first, so that JIT warm-up and cold caches do not land in the figures.
      const request: autocannon.Options = {
        url: bench.url,
        method: 'POST' as const,
        connections: Number(values.connections),
        headers: { 'content-type': 'application/json', 'authorization': `Bearer ${token}` },
        ...(scenario.body
          ? { requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, body: scenario.body!() }) }] }
          : { body: JSON.stringify({ query: scenario.query }) }),
      };
      if (!scenario.body) await autocannon({ ...request, duration: 2 });
      const result = await autocannon({ ...request, duration: Number(values.duration) });
      const line = `| ${scenario.name} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result.non2xx + result.errors} |`;
      rows.push(line);
      console.log(line);
    }
  });
  if (values.record) {
    recordResults(
      `${bench.onPostgres ? 'PostgreSQL' : 'PGlite'} · ${facilities} facilities × ${values.reports} reports · ${values.connections} connections`,
      ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors'],
      rows,
    );
  }
} finally {
  await bench.cleanup();
}
