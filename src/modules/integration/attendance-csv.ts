import { parse } from 'csv-parse/sync';
import { inputProblem, type InputProblem } from '../../core/errors.js';
import { peselProblem } from '../../core/pesel.js';
import type { AttendanceStatus, ExcusedKind } from './integration.entities.js';
import { INTEGRATION } from './integration.messages.js';
import { IMPORT } from '../../core/import/import.messages.js';

/**
 * Reads attendance as NGOs export it from a spreadsheet: a header row, then one day of one
 * participant per row. Polish Excel writes `;` between fields and `,` in decimals, and often dates
 * as `DD.MM.YYYY`; both spellings of everything are accepted. A participant is named by the hub's
 * id (`participant_id`) or by PESEL (`pesel`), which the importer resolves at the facility.
 *
 * Status column: PRESENT / UNEXCUSED_ABSENCE / EXCUSED_ABSENCE (with `excused_kind`), or the short
 * codes of a paper attendance list: O (obecny), NN (nieobecność nieusprawiedliwiona), L4 (sick
 * leave), DW (dzień wolny), NU (another excused absence).
 */
export interface CsvAttendanceRow {
  /** Line of the file (1 = header). */
  line: number;
  participantId: string | null;
  pesel: string | null;
  date: string;
  status: AttendanceStatus;
  excusedKind: ExcusedKind | null;
  hours: number | null;
}

const HEADER_ALIASES: Record<string, string> = {
  participant_id: 'participantId',
  participantid: 'participantId',
  uczestnik_id: 'participantId',
  id_uczestnika: 'participantId',
  pesel: 'pesel',
  date: 'date',
  data: 'date',
  dzien: 'date',
  dzień: 'date',
  status: 'status',
  obecnosc: 'status',
  obecność: 'status',
  excused_kind: 'excusedKind',
  excusedkind: 'excusedKind',
  rodzaj: 'excusedKind',
  rodzaj_nieobecnosci: 'excusedKind',
  hours: 'hours',
  godziny: 'hours',
  liczba_godzin: 'hours',
};

const STATUS_CODES: Record<string, { status: AttendanceStatus; excusedKind: ExcusedKind | null }> = {
  O: { status: 'PRESENT', excusedKind: null },
  NN: { status: 'UNEXCUSED_ABSENCE', excusedKind: null },
  L4: { status: 'EXCUSED_ABSENCE', excusedKind: 'SICK_LEAVE' },
  DW: { status: 'EXCUSED_ABSENCE', excusedKind: 'DAY_OFF' },
  NU: { status: 'EXCUSED_ABSENCE', excusedKind: 'OTHER_EXCUSED' },
};
const STATUSES = ['PRESENT', 'UNEXCUSED_ABSENCE', 'EXCUSED_ABSENCE'];
const KINDS = ['SICK_LEAVE', 'DAY_OFF', 'OTHER_EXCUSED'];

function normaliseHeader(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, '_');
}

function parseDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const polish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : polish ? [polish[3], polish[2], polish[1]] : [];
  if (!y || !m || !d) return null;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const check = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== date ? null : date;
}

export function parseAttendanceCsv(text: string): { rows: CsvAttendanceRow[]; problems: InputProblem[] } {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g) ?? []).length >= (firstLine.match(/,/g) ?? []).length ? ';' : ',';
  const problems: InputProblem[] = [];
  // Each record with the line it ends on, so that a blank line skipped does not shift the numbers.
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, delimiter, skip_empty_lines: true, trim: true, relax_column_count: true, info: true }) as unknown as typeof records;
  } catch (error) {
    return { rows: [], problems: [inputProblem('file', IMPORT.CSV_UNREADABLE({ detail: (error as Error).message }))] };
  }
  const [head, ...body] = records;
  const header = head?.record;
  if (!header) return { rows: [], problems: [inputProblem('line 1', IMPORT.FILE_EMPTY())] };
  const columns = header.map((h) => HEADER_ALIASES[normaliseHeader(h)] ?? null);
  const index = (name: string) => columns.indexOf(name);
  if (index('participantId') < 0 && index('pesel') < 0) problems.push(inputProblem('line 1', INTEGRATION.CSV_NO_PARTICIPANT_COLUMN()));
  for (const required of ['date', 'status'])
    if (index(required) < 0) problems.push(inputProblem('line 1', INTEGRATION.CSV_MISSING_COLUMN({ column: required })));
  if (problems.length) return { rows: [], problems };

  const rows: CsvAttendanceRow[] = [];
  body.forEach(({ record, info }) => {
    const line = info.lines;
    const cell = (name: string) => (index(name) >= 0 ? (record[index(name)] ?? '').trim() : '');
    const at = (field: string) => `line ${line} (${field})`;
    const participantId = cell('participantId') || null;
    const pesel = cell('pesel') || null;
    if (!participantId && !pesel) problems.push(inputProblem(at('participant'), INTEGRATION.CSV_NO_PARTICIPANT()));
    const peselWrong = pesel && !participantId ? peselProblem(pesel) : null;
    if (peselWrong) problems.push(inputProblem(at('pesel'), peselWrong));
    const date = parseDate(cell('date'));
    if (!date) problems.push(inputProblem(at('date'), INTEGRATION.CSV_NOT_A_DATE({ text: cell('date') })));
    const statusText = cell('status').toUpperCase();
    const code = STATUS_CODES[statusText];
    const kindText = cell('excusedKind').toUpperCase() || null;
    const status: AttendanceStatus | null = code?.status ?? (STATUSES.includes(statusText) ? (statusText as AttendanceStatus) : null);
    const excusedKind: ExcusedKind | null = code?.excusedKind ?? (kindText && KINDS.includes(kindText) ? (kindText as ExcusedKind) : null);
    if (!status) problems.push(inputProblem(at('status'), INTEGRATION.CSV_NOT_A_STATUS({ text: cell('status') })));
    if (kindText && !KINDS.includes(kindText) && !code)
      problems.push(inputProblem(at('excused_kind'), INTEGRATION.CSV_NOT_AN_EXCUSED_KIND({ text: cell('excusedKind') })));
    const hoursText = cell('hours').replace(',', '.');
    const hours = hoursText === '' ? null : Number(hoursText);
    if (hours !== null && !Number.isFinite(hours)) problems.push(inputProblem(at('hours'), INTEGRATION.CSV_NOT_HOURS({ text: cell('hours') })));
    if (date && status && !peselWrong)
      rows.push({ line, participantId, pesel, date, status, excusedKind, hours: hours !== null && Number.isFinite(hours) ? hours : null });
  });
  if (body.length === 0) problems.push(inputProblem('line 2', INTEGRATION.CSV_NO_ROWS()));
  return { rows, problems };
}
