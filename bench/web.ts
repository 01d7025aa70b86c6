/// <reference lib="dom" />
/**
 * The web app's first view, in Debian's Chromium against the real server on the demo city: from
 * navigation to `/pulpit` until its first table has rows and the district filter takes focus, and
 * the JavaScript transferred for it. Ten cold loads (a fresh browser context each), median and worst.
 * Targets: interactive within 1.5 s, under 300 kB of compressed JavaScript.
 *
 *   npm run bench:web -- [--runs 10] [--record]
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { generateData, prepareBenchDatabase, recordResults, withServer } from './harness.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' }, record: { type: 'boolean', default: false } } });
const runs = Number(values.runs);

const bench = await prepareBenchDatabase(4995, { HUB_WEB_DIR: 'web/dist' });
try {
  await generateData(bench, async () => undefined);
  const results = await withServer(bench, async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    const origin = new URL(bench.url).origin;
    const measured: { ms: number; kb: number }[] = [];
    try {
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const started = performance.now();
        await page.goto(`${origin}/pulpit`);
        await page.getByTestId('capacity-by-type').locator('tbody tr').first().waitFor();
        await page.getByLabel('Dzielnica').focus();
        const ms = performance.now() - started;
        const bytes = await page.evaluate(() =>
          (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
            .filter((e) => e.name.endsWith('.js'))
            .reduce((s, e) => s + e.transferSize, 0),
        );
        measured.push({ ms, kb: bytes / 1024 });
        await context.close();
      }
    } finally {
      await browser.close();
    }
    return measured;
  });
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const worst = times[times.length - 1]!;
  const kb = Math.max(...results.map((r) => r.kb));
  console.log(`first view of /pulpit over ${runs} cold loads: median ${median.toFixed(0)} ms, worst ${worst.toFixed(0)} ms, ${kb.toFixed(0)} kB of JavaScript`);
  if (values.record) {
    recordResults(
      `Web app first view · ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'} · demo city · Debian Chromium headless · ${runs} cold loads`,
      ['what', 'figure', 'target'],
      [
        `| interactive, median | ${median.toFixed(0)} ms | 1,500 ms |`,
        `| interactive, worst | ${worst.toFixed(0)} ms | |`,
        `| JavaScript transferred (compressed) | ${kb.toFixed(0)} kB | 300 kB |`,
      ],
    );
  }
  process.exitCode = median <= 1500 && kb <= 300 ? 0 : 1;
} finally {
  await bench.cleanup();
}
