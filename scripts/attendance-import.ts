/**
 * Sends a facility's attendance from a CSV file (as NGOs export it from a spreadsheet) to the hub's
 * `reportAttendance`, the same all-or-nothing, idempotent service the API offers:
 *
 *   npm run attendance:import -- <file.csv> --facility <id> [--token <JWT> | HUB_TOKEN=…] [--url http://127.0.0.1:4000/graphql]
 *
 * Participants named by PESEL are resolved at the facility first. Every bad line is reported with
 * its line number and nothing is written; the file's SHA-256 is the idempotency key, so sending the
 * same file twice writes it once. The import goes through the running hub (the embedded database
 * belongs to one process) with the caller's own token, so the audit trail names them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { inputProblem, type InputProblem } from '../src/core/errors.js';
import { parseAttendanceCsv, type CsvAttendanceRow } from '../src/modules/integration/attendance-csv.js';
import { INTEGRATION } from '../src/modules/integration/integration.messages.js';

export interface ImportOptions {
  url: string;
  token: string;
  facilityId: string;
  text: string;
  /** Called as work advances: `done` of `total` steps. */
  onProgress?: (done: number, total: number, stage: string) => void;
}

export type ImportResult = { ok: true; result: Record<string, unknown> } | { ok: false; problems: InputProblem[] };

/** Lookups per request: the hub allows 15 aliases in one operation. */
const PESELS_PER_REQUEST = 15;

type HubAnswer = { data?: any; errors?: { message: string; extensions?: { code?: string; reason?: string; details?: InputProblem[] } }[] };

/** The hub's answer; a hub that cannot be reached, or answers what is not GraphQL, is an error of the same shape. */
async function graphql(options: ImportOptions, query: string, variables: Record<string, unknown>): Promise<HubAnswer> {
  let response: Response;
  try {
    response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'authorization': `Bearer ${options.token}`, 'accept-language': 'pl' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    return { errors: [{ message: `Nie można połączyć się z hubem pod ${options.url} (${cause}): czy działa?`, extensions: { code: 'HUB_UNREACHABLE' } }] };
  }
  try {
    return (await response.json()) as HubAnswer;
  } catch {
    return {
      errors: [
        { message: `Hub odpowiedział ${response.status} bez odpowiedzi GraphQL: czy adres ${options.url} jest właściwy?`, extensions: { code: 'NOT_GRAPHQL' } },
      ],
    };
  }
}

/** A refusal of the whole file (the token, the hub): one problem, in Polish (the CLI asks the hub for Polish). */
function fileProblem(answer: HubAnswer): InputProblem {
  const error = answer.errors?.[0];
  const code = error?.extensions?.code ?? 'ERROR';
  const message =
    code === 'UNAUTHENTICATED' ? 'Hub nie przyjął tokenu (wygasł, jest błędny lub z innego huba): poproś o nowy' : (error?.message ?? 'Hub nie odpowiedział');
  return { path: 'file', reason: error?.extensions?.reason ?? code, params: {}, message: `${code}: ${message}` };
}

/** The participations of the facility for each PESEL of the file, in a few requests. */
async function resolvePesels(options: ImportOptions, pesels: string[]) {
  const found = new Map<string, { id: string; startDate: string; endDate: string | null; plannedEndDate: string }[]>();
  for (let i = 0; i < pesels.length; i += PESELS_PER_REQUEST) {
    const chunk = pesels.slice(i, i + PESELS_PER_REQUEST);
    const fields = chunk.map(
      (_, j) => `p${j}: participants(first: 20, filter: { facilityId: $facility, pesel: $pesel${j} }) { nodes { id startDate endDate plannedEndDate } }`,
    );
    const query = `query Resolve($facility: ID!, ${chunk.map((_, j) => `$pesel${j}: String!`).join(', ')}) { ${fields.join(' ')} }`;
    const variables = Object.fromEntries([['facility', options.facilityId], ...chunk.map((p, j) => [`pesel${j}`, p])]);
    const response = await graphql(options, query, variables);
    if (!response.data) return { found, refused: fileProblem(response) };
    chunk.forEach((pesel, j) => found.set(pesel, response.data[`p${j}`]?.nodes ?? []));
    options.onProgress?.(Math.min(i + PESELS_PER_REQUEST, pesels.length), pesels.length, 'resolving PESELs');
  }
  return { found, refused: null };
}

export async function importAttendance(options: ImportOptions): Promise<ImportResult> {
  const { rows, problems } = parseAttendanceCsv(options.text);
  const pesels = [...new Set(rows.filter((r) => !r.participantId && r.pesel).map((r) => r.pesel!))];
  const resolved = pesels.length ? await resolvePesels(options, pesels) : { found: new Map(), refused: null };
  if (resolved.refused) return { ok: false, problems: [resolved.refused] };
  const byPesel = resolved.found;
  const entries: { row: CsvAttendanceRow; participantId: string }[] = [];
  for (const row of rows) {
    if (row.participantId) {
      entries.push({ row, participantId: row.participantId });
      continue;
    }
    const candidates = (byPesel.get(row.pesel!) ?? []).filter(
      (p: { startDate: string; endDate: string | null; plannedEndDate: string }) => p.startDate <= row.date && row.date <= (p.endDate ?? p.plannedEndDate),
    );
    if (candidates.length === 1) entries.push({ row, participantId: candidates[0].id });
    else
      problems.push(
        inputProblem(`line ${row.line} (pesel)`, candidates.length ? INTEGRATION.CSV_TWO_PARTICIPATIONS() : INTEGRATION.CSV_NO_PARTICIPATION_THAT_DAY()),
      );
  }
  if (problems.length) return { ok: false, problems: problems.sort(byLine) };

  options.onProgress?.(0, 1, 'saving');
  const response = await graphql(
    options,
    `
      mutation Import($input: AttendanceReportInput!) {
        reportAttendance(input: $input) {
          reportId
          replayed
          entriesReceived
          created
          corrected
          unchanged
          months
        }
      }
    `,
    {
      input: {
        facilityId: options.facilityId,
        idempotencyKey: `csv:${createHash('sha256').update(options.text).digest('hex')}`,
        entries: entries.map(({ row, participantId }) => ({
          participantId,
          date: row.date,
          status: row.status,
          excusedKind: row.excusedKind,
          hours: row.hours,
        })),
      },
    },
  );
  options.onProgress?.(1, 1, 'saving');
  if (response.data?.reportAttendance) return { ok: true, result: response.data.reportAttendance };
  const error = response.errors?.[0];
  if (error?.extensions?.code === 'BAD_USER_INPUT' && error.extensions.details) {
    // entries.N.field → the line the entry came from.
    const lineOf = (path: string) => {
      const match = /^entries\.(\d+)(?:\.(\w+))?$/.exec(path);
      const entry = match ? entries[Number(match[1])] : undefined;
      return entry ? `line ${entry.row.line}${match![2] ? ` (${match![2]})` : ''}` : path;
    };
    return { ok: false, problems: error.extensions.details.map((d) => ({ ...d, path: lineOf(d.path) })).sort(byLine) };
  }
  return { ok: false, problems: [fileProblem(response)] };
}

function byLine(a: InputProblem, b: InputProblem): number {
  const line = (p: InputProblem) => Number(/^line (\d+)/.exec(p.path)?.[1] ?? 0);
  return line(a) - line(b);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { facility: { type: 'string' }, token: { type: 'string' }, url: { type: 'string', default: 'http://127.0.0.1:4000/graphql' } },
  });
  const token = values.token ?? process.env.HUB_TOKEN;
  const [file] = positionals;
  if (!file || !values.facility || !token) {
    console.error('Usage: npm run attendance:import -- <file.csv> --facility <id> [--token <JWT> | HUB_TOKEN=…] [--url http://127.0.0.1:4000/graphql]');
    process.exit(2);
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`Nie można odczytać pliku ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    process.exit(2);
  }
  const bar = new cliProgress.SingleBar({ format: '{stage} [{bar}] {value}/{total}', clearOnComplete: true }, cliProgress.Presets.shades_classic);
  let started = false;
  const outcome = await importAttendance({
    url: values.url!,
    token,
    facilityId: values.facility,
    text,
    onProgress: (done, total, stage) => {
      if (!started) bar.start(total, done, { stage });
      started = true;
      bar.setTotal(total);
      bar.update(done, { stage });
    },
  });
  bar.stop();
  if (outcome.ok) {
    console.log(JSON.stringify(outcome.result, null, 2));
  } else {
    console.error(`Nic nie zapisano. Problemy (${outcome.problems.length}):`);
    for (const p of outcome.problems) console.error(`  ${p.path.replace(/^line /, 'wiersz ').replace(/^file$/, 'plik')}: ${p.messagePl ?? p.message}`);
    process.exit(1);
  }
}
