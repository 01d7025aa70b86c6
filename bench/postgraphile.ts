/**
 * Side by side with PostGraphile 5: the same generated PostgreSQL database served by
 * Splot (its real server) and by PostGraphile's amber preset (with its aggregates plugin for the
 * capacity overview), each in a process of its own,
 * the same questions asked of both with their own field names, each request a response-cache miss
 * for Splot (a different page, or a different facility, every time). The runs are interleaved,
 * Splot then PostGraphile, three rounds, and the ratio of requests per second printed.
 *
 *   DATABASE_URL=postgres://… npm run bench:postgraphile -- [--facilities 20000] [--reports 7] [--duration 10] [--connections 10] [--only capacity] [--record]
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { signDevelopmentToken } from '../src/core/auth/dev-tokens.js';
import { generateScaleData } from '../seeds/scale.js';
import { generateData, prepareBenchDatabase, recordResults, withProcesses } from './harness.js';

const { values } = parseArgs({
  options: {
    facilities: { type: 'string', default: '20000' },
    /** Daily occupancy reports per facility, the last of them today. */
    reports: { type: 'string', default: '7' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    record: { type: 'boolean', default: false },
    /** Only the scenarios whose name contains this text. */
    only: { type: 'string', default: '' },
  },
});
if (!process.env.DATABASE_URL) throw new Error('PostGraphile needs PostgreSQL: set DATABASE_URL');
const PG_PORT = 4993;

interface Side {
  url: string;
  headers: Record<string, string>;
  /** The request bodies to cycle through: each a cache miss for Splot. */
  bodies: string[];
}

async function post(url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown>): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

/** The cursors of the first `pages` pages, by paging as a client does. */
async function cursors(
  url: string,
  headers: Record<string, string>,
  query: string,
  pick: (data: any) => { endCursor: string | null },
  pages: number,
): Promise<(string | null)[]> {
  const list: (string | null)[] = [null];
  for (let i = 1; i < pages; i++) {
    const next = pick(await post(url, headers, query, { after: list[i - 1] })).endCursor;
    if (!next) break;
    list.push(next);
  }
  return list;
}

/** The body with a variable `miss` of `n` added. */
function withMiss(body: string, n: number): string {
  return body.includes('"variables":{}')
    ? body.replace('"variables":{}', `"variables":{"miss":${n}}`)
    : body.replace('"variables":{', `"variables":{"miss":${n},`);
}

/**
 * Counts every request the benchmark sends, across all its measurements: a body the response
 * cache has seen (an earlier round's, within its 600 s) would be a hit, not the miss measured.
 */
let call = 0;

async function measure(side: Side, connections: number, duration: number) {
  const result = await autocannon({
    url: side.url,
    method: 'POST',
    connections,
    duration,
    headers: { 'content-type': 'application/json', ...side.headers },
    // A variable the operation does not declare changes nothing in the answer but makes every body
    // new, so that Splot's response cache misses every time, as after a write.
    requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, body: withMiss(side.bodies[call % side.bodies.length]!, call++) }) }],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

// Both sides as deployed: PostGraphile with GRAPHILE_ENV=production, Splot with NODE_ENV=production
// (graphql-js drops its development checks; the hub then needs a secret of its own).
const secret = randomBytes(32).toString('hex');
const bench = await prepareBenchDatabase(4994, { NODE_ENV: 'production', HUB_JWT_SECRET: secret });
try {
  await generateData(bench, (em) =>
    generateScaleData(em, { facilities: Number(values.facilities) - 186, reportsPerFacility: Number(values.reports), today: bench.today }),
  );
  const rows: string[] = [];
  const splotProcess = { script: 'dist/src/main.js', env: bench.env, readyUrl: bench.url.replace('/graphql', '/readyz') };
  const postgraphileProcess = {
    script: 'dist/bench/postgraphile-server.js',
    env: { ...process.env, DATABASE_URL: bench.env.DATABASE_URL, PORT: String(PG_PORT), GRAPHILE_ENV: 'production' },
    readyUrl: `http://127.0.0.1:${PG_PORT}/graphql`,
    readyRequest: { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' },
  };
  await withProcesses([splotProcess, postgraphileProcess], async () => {
    const token = await signDevelopmentToken(secret, { role: 'ANALYST', sub: 'bench' });
    const splot = { url: bench.url, headers: { authorization: `Bearer ${token}` } };
    const pg = { url: `http://127.0.0.1:${PG_PORT}/graphql`, headers: {} };

    const SPLOT_PAGE =
      'query($after: String) { facilities(first: 50, after: $after) { nodes { id name type declaredCapacity operator { name } district { name } } pageInfo { endCursor } } }';
    const PG_PAGE =
      'query($after: Cursor) { allFacilities(first: 50, after: $after, orderBy: [SEARCH_NAME_ASC, PRIMARY_KEY_ASC]) { nodes { rowId name type declaredCapacity organisationByOperatorId { name } districtByDistrictId { name } } pageInfo { endCursor } } }';
    const SPLOT_ONE = 'query($id: ID!) { facility(id: $id) { id name type declaredCapacity operator { name kind } district { name } unit { name } } }';
    const PG_ONE =
      'query($id: UUID!) { facilityByRowId(rowId: $id) { rowId name type declaredCapacity organisationByOperatorId { name kind } districtByDistrictId { name } welfareUnitByUnitId { name } } }';
    // PostGraphile's grouped aggregates give the district's id, not its name; Splot's overview also
    // counts suspended facilities, free places and fresh reports in the same statement.
    const SPLOT_CAPACITY =
      'query($days: Int!, $filter: FacilityFilter) { capacityOverview(groupBy: [DISTRICT], freshWithinDays: $days, filter: $filter) { district { name } facilities declaredCapacity occupiedPlaces freePlaces } }';
    const PG_CAPACITY =
      '{ allFacilities(condition: { status: "ACTIVE" }) { groupedAggregates(groupBy: [DISTRICT_ID]) { keys distinctCount { rowId } sum { declaredCapacity occupiedPlaces } } } }';
    // 734 different arguments asked in turn, more than Splot's aggregate cache holds (500, first in
    // first out), so that every request is computed in SQL, as after a write.
    const computedEveryTime = [null, {}].flatMap((filter) =>
      Array.from({ length: 367 }, (_, days) => JSON.stringify({ query: SPLOT_CAPACITY, variables: { days, filter } })),
    );

    // The same page as a client library writes it: a fragment, and aliases.
    const SPLOT_FRAGMENT = `query($after: String) { facilities(first: 50, after: $after) { list: nodes { ...Row } pageInfo { endCursor } } }
      fragment Row on Facility { id title: name type declaredCapacity operator { name } district { name } }`;
    const PG_FRAGMENT = `query($after: Cursor) { allFacilities(first: 50, after: $after, orderBy: [SEARCH_NAME_ASC, PRIMARY_KEY_ASC]) { list: nodes { ...Row } pageInfo { endCursor } } }
      fragment Row on Facility { rowId title: name type declaredCapacity organisationByOperatorId { name } districtByDistrictId { name } }`;
    // A page filtered by type (PostGraphile's conditions take one value).
    const SPLOT_FILTERED =
      'query($after: String) { facilities(first: 50, after: $after, filter: { types: [NIGHT_SHELTER] }) { nodes { id name declaredCapacity district { name } } pageInfo { endCursor } } }';
    const PG_FILTERED =
      'query($after: Cursor) { allFacilities(first: 50, after: $after, condition: { type: "NIGHT_SHELTER" }, orderBy: [SEARCH_NAME_ASC, PRIMARY_KEY_ASC]) { nodes { rowId name declaredCapacity districtByDistrictId { name } } pageInfo { endCursor } } }';
    // Another module's list.
    const SPLOT_ORGANISATIONS = 'query($after: String) { organisations(first: 50, after: $after) { nodes { id name kind nip } pageInfo { endCursor } } }';
    const PG_ORGANISATIONS =
      'query($after: Cursor) { allOrganisations(first: 50, after: $after, orderBy: [SEARCH_NAME_ASC, PRIMARY_KEY_ASC]) { nodes { rowId name kind nip } pageInfo { endCursor } } }';

    // A nested list under a to-one field: each facility's unit with the districts it serves.
    const SPLOT_NESTED =
      'query($after: String) { facilities(first: 50, after: $after) { nodes { id name unit { name districts { name } } } pageInfo { endCursor } } }';
    const PG_NESTED =
      'query($after: Cursor) { allFacilities(first: 50, after: $after, orderBy: [SEARCH_NAME_ASC, PRIMARY_KEY_ASC]) { nodes { rowId name welfareUnitByUnitId { name districtsByBranchId { nodes { name } } } } pageInfo { endCursor } } }';
    // A field with arguments: each facility's reports of the last week (one a day), newest first.
    const weekAgo = new Date(Date.parse(`${bench.today}T00:00:00Z`) - 6 * 86_400_000).toISOString().slice(0, 10);
    const SPLOT_HISTORY = `query($after: String) { facilities(first: 50, after: $after) { nodes { id name occupancyHistory(from: "${weekAgo}") { date occupiedPlaces } } pageInfo { endCursor } } }`;
    const PG_HISTORY =
      'query($after: Cursor) { allFacilities(first: 50, after: $after, orderBy: [SEARCH_NAME_ASC, PRIMARY_KEY_ASC]) { nodes { rowId name occupancyReportsByFacilityId(first: 7, orderBy: [DATE_DESC]) { nodes { date occupiedPlaces } } } pageInfo { endCursor } } }';

    const [splotCursors, pgCursors] = await Promise.all([
      cursors(splot.url, splot.headers, SPLOT_PAGE, (d) => d.facilities.pageInfo, 200),
      cursors(pg.url, pg.headers, PG_PAGE, (d) => d.allFacilities.pageInfo, 200),
    ]);
    const ids = (await post(pg.url, pg.headers, '{ allFacilities(first: 2000) { nodes { rowId } } }', {})).allFacilities.nodes.map(
      (n: { rowId: string }) => n.rowId,
    ) as string[];
    const [splotShelterCursors, pgShelterCursors, splotOrganisationCursors, pgOrganisationCursors] = await Promise.all([
      cursors(splot.url, splot.headers, SPLOT_FILTERED, (d) => d.facilities.pageInfo, 20),
      cursors(pg.url, pg.headers, PG_FILTERED, (d) => d.allFacilities.pageInfo, 20),
      cursors(splot.url, splot.headers, SPLOT_ORGANISATIONS, (d) => d.organisations.pageInfo, 20),
      cursors(pg.url, pg.headers, PG_ORGANISATIONS, (d) => d.allOrganisations.pageInfo, 20),
    ]);
    const pages = (query: string, after: (string | null)[]) => after.map((cursor) => JSON.stringify({ query, variables: { after: cursor } }));
    const scenarios: { name: string; splot: Side; pg: Side }[] = [
      {
        name: `page of 50 facilities with operator and district, ${Number(values.facilities).toLocaleString('en')} facilities`,
        splot: { ...splot, bodies: splotCursors.map((after) => JSON.stringify({ query: SPLOT_PAGE, variables: { after } })) },
        pg: { ...pg, bodies: pgCursors.map((after) => JSON.stringify({ query: PG_PAGE, variables: { after } })) },
      },
      {
        name: 'the same page written with a fragment and aliases',
        splot: { ...splot, bodies: pages(SPLOT_FRAGMENT, splotCursors) },
        pg: { ...pg, bodies: pages(PG_FRAGMENT, pgCursors) },
      },
      {
        name: 'a page filtered by type (night shelters)',
        splot: { ...splot, bodies: pages(SPLOT_FILTERED, splotShelterCursors) },
        pg: { ...pg, bodies: pages(PG_FILTERED, pgShelterCursors) },
      },
      {
        name: 'a nested list: each facility\u2019s unit with its districts',
        splot: { ...splot, bodies: pages(SPLOT_NESTED, splotCursors) },
        pg: { ...pg, bodies: pages(PG_NESTED, pgCursors) },
      },
      {
        name: `a field with arguments: each facility\u2019s last ${values.reports} occupancy reports`,
        splot: { ...splot, bodies: pages(SPLOT_HISTORY, splotCursors) },
        pg: { ...pg, bodies: pages(PG_HISTORY, pgCursors) },
      },
      {
        name: 'a page of organisations (another module\u2019s list)',
        splot: { ...splot, bodies: pages(SPLOT_ORGANISATIONS, splotOrganisationCursors) },
        pg: { ...pg, bodies: pages(PG_ORGANISATIONS, pgOrganisationCursors) },
      },
      {
        name: 'one facility by id with operator, district and unit',
        splot: { ...splot, bodies: ids.map((id) => JSON.stringify({ query: SPLOT_ONE, variables: { id } })) },
        pg: { ...pg, bodies: ids.map((id) => JSON.stringify({ query: PG_ONE, variables: { id } })) },
      },
      {
        name: 'capacity by district, computed every time (as after a write)',
        splot: { ...splot, bodies: computedEveryTime },
        pg: { ...pg, bodies: [JSON.stringify({ query: PG_CAPACITY, variables: {} })] },
      },
      {
        // The response cache is per role and organisation; the aggregates are shared by all of them.
        name: 'capacity by district, response-cache miss, aggregates of this revision already computed (another office asking)',
        splot: { ...splot, bodies: [JSON.stringify({ query: SPLOT_CAPACITY, variables: { days: 7, filter: null } })] },
        pg: { ...pg, bodies: [JSON.stringify({ query: PG_CAPACITY, variables: {} })] },
      },
    ];
    // Both sides must answer each scenario without errors before it is measured.
    const chosen = scenarios.filter((scenario) => scenario.name.includes(values.only));
    for (const scenario of chosen) {
      for (const side of [scenario.splot, scenario.pg]) {
        const { query, variables } = JSON.parse(side.bodies[0]!) as { query: string; variables: Record<string, unknown> };
        await post(side.url, side.headers, query, variables);
      }
    }
    const connections = Number(values.connections);
    const duration = Number(values.duration);
    // Neither server is measured just started: one pass over every scenario warms both (the JIT,
    // the connection pools, PostgreSQL's buffers) before the first is measured.
    for (const scenario of chosen) {
      await measure(scenario.splot, connections, 3);
      await measure(scenario.pg, connections, 3);
    }
    for (const scenario of chosen) {
      await measure(scenario.splot, connections, 2);
      await measure(scenario.pg, connections, 2);
      const runs: { splot: Awaited<ReturnType<typeof measure>>; pg: Awaited<ReturnType<typeof measure>> }[] = [];
      for (let round = 0; round < 3; round++)
        runs.push({ splot: await measure(scenario.splot, connections, duration), pg: await measure(scenario.pg, connections, duration) });
      const mean = (f: (r: (typeof runs)[number]) => number) => runs.reduce((s, r) => s + f(r), 0) / runs.length;
      const row = `| ${scenario.name} | ${mean((r) => r.splot.rps).toFixed(0)} | ${mean((r) => r.pg.rps).toFixed(0)} | ${(mean((r) => r.splot.rps) / mean((r) => r.pg.rps)).toFixed(2)} | ${mean((r) => r.splot.p50).toFixed(0)} / ${mean((r) => r.pg.p50).toFixed(0)} | ${mean((r) => r.splot.p99).toFixed(0)} / ${mean((r) => r.pg.p99).toFixed(0)} | ${runs.reduce((s, r) => s + r.splot.errors + r.pg.errors, 0)} |`;
      rows.push(row);
      console.log(row);
    }
  });
  if (values.record) {
    recordResults(
      `Side by side with PostGraphile 5 (amber, with @graphile/pg-aggregates) · PostgreSQL · ${Number(values.facilities).toLocaleString('en')} facilities · ${values.connections} connections · cache misses · 3 interleaved rounds of ${values.duration} s`,
      ['query', 'Splot req/s', 'PostGraphile req/s', 'ratio', 'p50 ms (Splot / PG)', 'p99 ms (Splot / PG)', 'errors'],
      rows,
    );
  }
} finally {
  await bench.cleanup();
}
