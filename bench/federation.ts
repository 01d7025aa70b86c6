/**
 * The same cross-module queries through @apollo/gateway over one subgraph process per module, and
 * against the single-process hub, on one PostgreSQL database (the demo city): what the federated
 * way costs in latency and throughput. All processes share this machine, so the gateway's figures
 * include six subgraphs and a gateway competing for its cores.
 *
 *   DATABASE_URL=postgres://… npm run bench:federation -- [--duration 10] [--connections 10] [--record]
 */
import 'reflect-metadata';
import { isDeepStrictEqual } from 'node:util';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { DEVELOPMENT_JWT_SECRET } from '../src/config.js';
import { signDevelopmentToken } from '../src/core/auth/dev-tokens.js';
import { SUBGRAPH_NAMES } from '../src/hub.js';
import { DEMO_ORGANISATIONS } from '../seeds/demo-ids.js';
import { generateData, prepareBenchDatabase, recordResults, withProcesses, type BenchProcess } from './harness.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    record: { type: 'boolean', default: false },
  },
});
if (!process.env.DATABASE_URL) {
  console.error('The subgraphs are separate processes on one database: set DATABASE_URL to a PostgreSQL server (embedded PGlite belongs to one process).');
  process.exit(2);
}
const HUB_PORT = 4990;
const GATEWAY_PORT = 4980;
const subgraphPort = (i: number) => 4981 + i;

const bench = await prepareBenchDatabase(HUB_PORT);
try {
  const cisId = await generateData(bench, async (em) => {
    const [row] = await em.execute<{ id: string }[]>(`select f.id from facility f join participation pa on pa.facility_id = f.id
      where f.type = 'SOCIAL_INTEGRATION_CENTRE' and pa.end_date is null group by f.id order by count(*) desc, f.id limit 1`);
    return row!.id;
  });
  const quiet = (env: NodeJS.ProcessEnv) => ({ ...env, LOG_LEVEL: 'warn' });
  const hub: BenchProcess = { script: 'dist/src/main.js', env: bench.env, readyUrl: `http://127.0.0.1:${HUB_PORT}/readyz` };
  const subgraphs: BenchProcess[] = SUBGRAPH_NAMES.map((name, i) => ({
    script: 'dist/src/main.js',
    env: quiet({ ...bench.env, PORT: String(subgraphPort(i)), HUB_SUBGRAPHS: name }),
    readyUrl: `http://127.0.0.1:${subgraphPort(i)}/readyz`,
  }));
  const gateway: BenchProcess = {
    script: 'dist/scripts/gateway.js',
    env: {
      ...process.env,
      PORT: String(GATEWAY_PORT),
      HUB_SUBGRAPH_URLS: SUBGRAPH_NAMES.map((name, i) => `${name}=http://127.0.0.1:${subgraphPort(i)}/graphql`).join(','),
    },
    readyUrl: `http://127.0.0.1:${GATEWAY_PORT}/healthz`,
  };
  const mops = await signDevelopmentToken(DEVELOPMENT_JWT_SECRET, { role: 'MOPS_WORKER', sub: 'bench', org: DEMO_ORGANISATIONS.mops });
  const scenarios = [
    {
      name: 'a CIS with its participants (person names), compliance and placements (MOPS_WORKER)',
      query: `query FacilityPicture { facility(id: "${cisId}") { name operator { name } compliance { status standard { code } } participants { startDate person { firstName lastName } } placements { startDate } } }`,
    },
    {
      name: '20 facilities with district, compliance, participants and placements (MOPS_WORKER)',
      query: '{ facilities(first: 20) { nodes { name district { name } compliance { status } participants { id } placements { id } } } }',
    },
  ];
  const ask = async (url: string, query: string) =>
    (
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'authorization': `Bearer ${mops}` }, body: JSON.stringify({ query }) })
    ).json();
  const load = async (url: string, label: string) => {
    const rows: string[] = [];
    for (const scenario of scenarios) {
      const request: autocannon.Options = {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'authorization': `Bearer ${mops}` },
        body: JSON.stringify({ query: scenario.query }),
      };
      await autocannon({ ...request, connections: 1, duration: 2 });
      for (const connections of [1, Number(values.connections)]) {
        const result = await autocannon({ ...request, connections, duration: Number(values.duration) });
        rows.push(
          `| ${scenario.name} | ${label} | ${connections} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result.non2xx + result.errors} |`,
        );
        console.log(rows[rows.length - 1]);
      }
    }
    return rows;
  };

  const answers: unknown[] = [];
  const rows = [
    ...(await withProcesses([hub], async () => {
      for (const s of scenarios) answers.push(await ask(`http://127.0.0.1:${HUB_PORT}/graphql`, s.query));
      return load(`http://127.0.0.1:${HUB_PORT}/graphql`, 'one process');
    })),
    ...(await withProcesses([...subgraphs, gateway], async () => {
      // The comparison means something only if both ways answer the same, without errors.
      for (const [i, s] of scenarios.entries()) {
        const federated = await ask(`http://127.0.0.1:${GATEWAY_PORT}/graphql`, s.query);
        if ((federated as { errors?: unknown }).errors || !isDeepStrictEqual(federated, answers[i])) {
          throw new Error(`The gateway answers "${s.name}" differently:\n${JSON.stringify(federated).slice(0, 500)}`);
        }
      }
      return load(`http://127.0.0.1:${GATEWAY_PORT}/graphql`, 'gateway + 6 subgraphs');
    })),
  ];
  if (values.record) recordResults('federation · PostgreSQL · demo city', ['query', 'served by', 'connections', 'req/s', 'p50 ms', 'p99 ms', 'errors'], rows);
} finally {
  await bench.cleanup();
}
