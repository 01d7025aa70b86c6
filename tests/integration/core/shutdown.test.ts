import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB, TEST_JWT_SECRET, testToday } from '../../support/test-hub.js';

/**
 * The hub as `npm start` runs it, a process of its own: SIGTERM lets a request in flight finish,
 * closes the database, logs that it stopped and exits 0, whoever else (Apollo Server) would like
 * to handle the signal.
 */
const today = testToday('2026-11-30');
const dataDir = mkdtempSync(join(tmpdir(), 'splot-shutdown-'));

interface Hub {
  process: ChildProcessWithoutNullStreams;
  url: URL;
  output: () => string;
  exited: Promise<number | null>;
}

async function startHubProcess(): Promise<Hub> {
  // Not vitest's NODE_ENV=test, under which Apollo Server leaves the signals alone: as `npm start` runs.
  const { NODE_ENV: _test, ...environment } = process.env;
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    env: {
      ...environment,
      PORT: '0',
      HUB_DATA_DIR: dataDir,
      HUB_PGLITE_DIR: 'memory://',
      HUB_SEED_DEMO: 'false',
      HUB_TODAY: today,
      HUB_JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'warn',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<URL>((resolve, reject) => {
    const look = () => {
      const found = /listening on (http:\/\/\S+)/.exec(output);
      if (found) resolve(new URL(found[1]!));
    };
    child.stdout.on('data', look);
    void exited.then((code) => reject(new Error(`the hub exited with ${code} before listening:\n${output}`)));
  });
  return { process: child, url, output: () => output, exited };
}

const healthy = (url: URL) =>
  fetch(new URL('/healthz', url)).then(
    (r) => r.ok,
    () => false,
  );

describe.skipIf(TEST_DB === 'postgres')('a SIGTERM to the hub process', () => {
  beforeAll(() => {
    // The process runs what `npm start` runs: the built hub, built here if its sources changed.
    execFileSync(process.execPath, ['scripts/build-if-changed.mjs', 'hub'], { stdio: 'inherit' });
  }, 600_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('with nothing in flight stops cleanly, says so and exits 0', async () => {
    const hub = await startHubProcess();
    expect(await healthy(hub.url)).toBe(true);
    // A first start without the demo city tells the operator how to set the city up.
    while (!hub.output().includes('The hub is empty')) await new Promise((r) => setTimeout(r, 20));
    hub.process.kill('SIGTERM');
    expect(await hub.exited).toBe(0);
    expect(hub.output()).toContain('stopped');
    expect(hub.output()).toContain('npm run admin:create');
  });

  it('lets a request in flight finish before it stops, then exits 0', async () => {
    const hub = await startHubProcess();
    const body = JSON.stringify({ query: '{ serviceStandards { code } }' });
    const inFlight: { finish?: () => void } = {};
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(hub.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, text }));
      });
      req.on('error', reject);
      // Half the body: the request is in flight, waiting for the rest.
      req.write(body.slice(0, 10));
      inFlight.finish = () => req.end(body.slice(10));
    });
    // Another request answered after the first was sent means the hub has read the first one's headers.
    expect(await healthy(hub.url)).toBe(true);
    hub.process.kill('SIGTERM');
    // The hub takes no new connection once it is stopping …
    while (await healthy(hub.url)) await new Promise((r) => setTimeout(r, 20));
    // … and still answers the one in flight.
    inFlight.finish!();
    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text).data.serviceStandards.length).toBeGreaterThan(0);
    expect(await hub.exited).toBe(0);
    expect(hub.output()).toContain('stopped');
  });
});
