/**
 * Pages through a generated registry to its very end, one page after another as a client would,
 * against the real server: every page is a response-cache miss (a new cursor). Prints the median
 * time per page in groups of pages, and the ratio of the last group to the first: with keyset
 * pages read by an index range it stays near 1 however deep the page (within 20%).
 *
 *   DATABASE_URL=postgres://… npm run bench:paging -- [--facilities 200000] [--first 50] [--record]
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { signDevelopmentToken } from '../src/core/auth/dev-tokens.js';
import { DEVELOPMENT_JWT_SECRET } from '../src/config.js';
import { generateScaleData } from '../seeds/scale.js';
import { generateData, prepareBenchDatabase, recordResults, withServer } from './harness.js';

const { values } = parseArgs({
  options: {
    facilities: { type: 'string', default: '200000' },
    first: { type: 'string', default: '50' },
    record: { type: 'boolean', default: false },
  },
});
const facilities = Number(values.facilities);
const first = Number(values.first);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const bench = await prepareBenchDatabase(4996);
try {
  await generateData(bench, async (em) => {
    const started = performance.now();
    await generateScaleData(em, {
      facilities: facilities - 186,
      reportsPerFacility: 0,
      today: bench.today,
      onProgress: (done, total) => process.stdout.write(`\rgenerating ${done}/${total} facilities`),
    });
    console.log(`\ngenerated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });

  const rows: string[] = [];
  await withServer(bench, async () => {
    const token = await signDevelopmentToken(DEVELOPMENT_JWT_SECRET, { role: 'ANALYST', sub: 'bench' });
    const query =
      'query($first: Int, $after: String) { facilities(first: $first, after: $after) { edges { node { id name type declaredCapacity operator { name } district { name } } } pageInfo { hasNextPage endCursor } } }';
    const times: number[] = [];
    let after: string | null = null;
    for (;;) {
      const started = performance.now();
      const response = await fetch(bench.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'authorization': `Bearer ${token}` },
        body: JSON.stringify({ query, variables: { first, after } }),
      });
      const body = (await response.json()) as { data: { facilities: { pageInfo: { hasNextPage: boolean; endCursor: string } } } };
      times.push(performance.now() - started);
      const page = body.data.facilities.pageInfo;
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    // Groups of 100 pages: the first (after 20 pages of warm-up), some in between, and the last.
    const group = (from: number) => times.slice(from, from + 100);
    const marks = [20, Math.floor(times.length * 0.25), Math.floor(times.length * 0.5), Math.floor(times.length * 0.75), Math.max(20, times.length - 100)];
    for (const from of marks) {
      const line = `| pages ${from + 1}–${Math.min(from + 100, times.length)} of ${times.length} | ${median(group(from)).toFixed(2)} |`;
      rows.push(line);
      console.log(line);
    }
    const ratio = median(group(marks[marks.length - 1]!)) / median(group(20));
    const line = `| last ÷ first group | ${ratio.toFixed(2)} |`;
    rows.push(line);
    console.log(line);
  });
  if (values.record) {
    recordResults(
      `Paging to the end · ${bench.onPostgres ? 'PostgreSQL' : 'PGlite'} · ${facilities} facilities · first: ${first} · one client, each page a cache miss`,
      ['pages', 'median ms per page'],
      rows,
    );
  }
} finally {
  await bench.cleanup();
}
