import { parse } from 'csv-parse/browser/esm/sync';
import { parseCode } from './codes.js';
import { fold, fullName, participantsNamed, type NamedParticipant } from './participant-names.js';

/** A participant of the grid, as a CSV line may name them (participant-names.ts), with the days of the participation. */
export interface GridParticipant extends NamedParticipant {
  from: string;
  to: string;
}

export interface CsvImport {
  /** The grid's cells to fill, `participantId|date` → code. */
  cells: Record<string, string>;
  /** The line of the file each cell came from, for the report of what the hub says. */
  lines: Record<string, number>;
  problems: { line: number; message: string }[];
}

const COLUMNS: Record<string, 'participant' | 'date' | 'code' | 'hours'> = {
  uczestnik: 'participant',
  participant: 'participant',
  participant_id: 'participant',
  id: 'participant',
  nazwisko_imie: 'participant',
  data: 'date',
  date: 'date',
  dzien: 'date',
  dzień: 'date',
  kod: 'code',
  status: 'code',
  code: 'code',
  obecnosc: 'code',
  obecność: 'code',
  godziny: 'hours',
  hours: 'hours',
  liczba_godzin: 'hours',
};

/** A day written YYYY-MM-DD or DD.MM.YYYY (as Polish Excel writes it); null otherwise. */
function isoDate(text: string): string | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : null;
}

/**
 * Reads a spreadsheet's attendance into the grid: a header row (uczestnik, data, kod, godziny, or
 * their English names), then one day of one participant a line, `;` or `,` between fields. Every
 * line that cannot go into the grid is reported with its number (a name two participants share,
 * without the year of birth, is such a line); the rest fill their cells.
 */
export function cellsFromCsv(text: string, participants: GridParticipant[], month: string): CsvImport {
  const result: CsvImport = { cells: {}, lines: {}, problems: [] };
  const delimiter = (text.split(/\r?\n/, 1)[0] ?? '').includes(';') ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { delimiter, relax_column_count: true, skip_empty_lines: false, trim: true });
  } catch (error) {
    return { ...result, problems: [{ line: 1, message: (error as Error).message }] };
  }
  const header = (records[0] ?? []).map((h) => COLUMNS[fold(h).replace(/[\s-]+/g, '_')]);
  const at = (name: 'participant' | 'date' | 'code' | 'hours') => header.indexOf(name);
  if (at('participant') < 0 || at('date') < 0 || at('code') < 0) {
    return { ...result, problems: [{ line: 1, message: 'Nagłówek musi mieć kolumny: uczestnik, data, kod (i opcjonalnie godziny)' }] };
  }
  records.slice(1).forEach((record, i) => {
    const line = i + 2;
    if (record.every((v) => !v)) return;
    const who = record[at('participant')] ?? '';
    const named = participantsNamed(who, participants);
    if (named.length > 1) {
      return void result.problems.push({
        line,
        message: `W tej placówce jest ${named.length} uczestników „${who.trim()}”: dopisz rok urodzenia (np. „${fullName(named[0]!)} ${named[0]!.birthYear ?? 'RRRR'}”) albo cztery ostatnie cyfry PESEL`,
      });
    }
    const participant = named[0];
    if (!participant) return void result.problems.push({ line, message: `Nie ma w tej placówce uczestnika „${who}” w tym miesiącu` });
    const date = isoDate(record[at('date')] ?? '');
    if (!date) return void result.problems.push({ line, message: `„${record[at('date')]}” nie jest datą (RRRR-MM-DD lub DD.MM.RRRR)` });
    if (!date.startsWith(`${month}-`)) return void result.problems.push({ line, message: `${date} nie należy do miesiąca ${month}` });
    if (date < participant.from || date > participant.to)
      return void result.problems.push({ line, message: `${fullName(participant)} nie uczestniczy ${date}` });
    const hours = at('hours') >= 0 ? (record[at('hours')] ?? '').trim() : '';
    const raw = (record[at('code')] ?? '').trim().toUpperCase();
    const code = raw === 'O' && hours ? `O:${hours.replace(',', '.')}` : raw;
    const parsed = parseCode(code);
    if (typeof parsed === 'string') return void result.problems.push({ line, message: parsed });
    const key = `${participant.id}|${date}`;
    if (result.lines[key]) return void result.problems.push({ line, message: `Ten sam uczestnik i dzień co w wierszu ${result.lines[key]}` });
    result.cells[key] = code;
    result.lines[key] = line;
  });
  return result;
}
