/**
 * Imports of registers at a city's scale: 10,000 facilities (the voivode's register) and 10,000
 * participants of a KIS, each as a CSV, posted to the real server (`POST /import/<register>`), first
 * as a dry run and then applied; the time of each and the server's peak resident memory, sampled
 * from its /metrics while the imports run. Target: 10,000 rows in under 10 s, memory bounded.
 *
 *   DATABASE_URL=postgres://… npm run bench:import -- [--rows 10000] [--record]
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DEVELOPMENT_JWT_SECRET } from '../src/config.js';
import { signDevelopmentToken } from '../src/core/auth/dev-tokens.js';
import { addDays } from '../src/core/calendar.js';
import { seededRandom } from '../seeds/random.js';
import { freshSyntheticPesel } from '../seeds/synthetic-pesel.js';
import { generateData, prepareBenchDatabase, recordResults, withServer } from './harness.js';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '10000' }, record: { type: 'boolean', default: false } } });
const ROWS = Number(values.rows);
const PORT = 4996;

const bench = await prepareBenchDatabase(PORT);
try {
  await generateData(bench, async () => undefined);
  const base = bench.url.replace(/\/graphql$/, '');
  const token = await signDevelopmentToken(DEVELOPMENT_JWT_SECRET, { role: 'ADMIN', sub: 'bench-import', org: null });
  const r = seededRandom(11);
  const districts = ['Stare Miasto', 'Grzegórzki', 'Dębniki', 'Krowodrza', 'Podgórze', 'Czyżyny', 'Bieżanów-Prokocim', 'Nowa Huta'];
  const types = ['noclegownia', 'ogrzewalnia', 'schronisko dla osób bezdomnych', 'klub samopomocy', 'mieszkanie chronione treningowe', 'DPS'];
  const facilities = [
    'Nazwa placówki;Typ placówki;Podmiot prowadzący;Adres;Liczba miejsc;Numer w rejestrze;Data wpisu;Dzielnica;Nr umowy;Umowa od',
    ...Array.from({ length: ROWS }, (_, i) => {
      const type = types[i % types.length]!;
      const places = type === 'DPS' ? 60 : type.startsWith('mieszkanie') ? 5 : r.int(10, 60);
      return `Placówka ${i + 1};${type};Fundacja Wiosna Życia;ul. Testowa ${i + 1}, 30-${String(100 + (i % 800)).padStart(3, '0')} Kraków;${places};BENCH/${i + 1};01.03.2024;${districts[i % districts.length]};UM/${i + 1}/2026;01.01.2026`;
    }),
  ].join('\n');
  const kis = [
    'Nazwa placówki;Typ placówki;Podmiot prowadzący;Adres;Numer w rejestrze;Dzielnica;Nr umowy;Umowa od',
    'KIS Benchmark;KIS;Fundacja Wiosna Życia;ul. Testowa 1, 30-100 Kraków;BENCH-KIS/1;Stare Miasto;UM/KIS/2026;01.01.2026',
  ].join('\n');
  const used = new Set<string>();
  const start = addDays(bench.today, -30);
  const participants = [
    'PESEL;Imię;Nazwisko;Placówka;Kategoria;Program;Data rozpoczęcia;Planowane zakończenie',
    ...Array.from({ length: ROWS }, (_, i) => {
      const birth = `19${String(50 + (i % 50)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      return `${freshSyntheticPesel(r, birth, i % 2 ? 'MALE' : 'FEMALE', used)};Imię${i};Nazwisko${i};BENCH-KIS/1;bezdomna;kontrakt socjalny;${start};${addDays(start, 180)}`;
    }),
  ].join('\n');

  const post = async (register: string, body: string, dryRun: boolean) => {
    const started = performance.now();
    const response = await fetch(`${base}/import/${register}${dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      headers: { 'authorization': `Bearer ${token}`, 'content-type': 'text/csv' },
      body,
    });
    const report = (await response.json()) as { rows: number; created: number; rejected: number; problems: unknown[] };
    const seconds = (performance.now() - started) / 1000;
    if (report.problems?.length) throw new Error(`${register}: ${JSON.stringify(report.problems.slice(0, 3))}`);
    return { seconds, rows: report.rows };
  };

  const rows: string[] = [];
  await withServer(bench, async () => {
    let peak = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const text = await (await fetch(`${base}/metrics`)).text().catch(() => '');
        const rss = Number(/^splot_process_resident_memory_bytes (\d+)/m.exec(text)?.[1] ?? 0);
        peak = Math.max(peak, rss);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();
    const measure = async (label: string, register: string, body: string) => {
      // A dry run, the file applied, and the same file again (every row unchanged, nothing written).
      for (const [run, dryRun] of [
        ['dry run', true],
        ['apply', false],
        ['again, unchanged', false],
      ] as const) {
        const { seconds, rows: count } = await post(register, body, dryRun);
        const line = `| ${label} | ${run} | ${count} | ${seconds.toFixed(1)} s | ${(count / seconds).toFixed(0)} rows/s | ${(Buffer.byteLength(body) / 1e6).toFixed(1)} MB |`;
        console.log(line);
        rows.push(line);
      }
    };
    await measure('facilities', 'facilities', facilities);
    await post('facilities', kis, false);
    await measure('participants (KIS)', 'participants', participants);
    sampling = false;
    await sampler;
    console.log(`peak resident memory of the server: ${(peak / 1e6).toFixed(0)} MB`);
    rows.push(`| peak RSS of the server | | | | | ${(peak / 1e6).toFixed(0)} MB |`);
  });
  if (values.record)
    recordResults(
      `import of registers, ${ROWS} rows each (${bench.onPostgres ? 'PostgreSQL' : 'PGlite'})`,
      ['register', 'run', 'rows', 'time', 'rate', 'file / memory'],
      rows,
    );
} finally {
  await bench.cleanup();
}
