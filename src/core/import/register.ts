import type { Role } from '../auth/principal.js';
import { InputProblems } from '../errors.js';
import { IMPORT } from './import.messages.js';
import type { RequestContext } from '../graphql/context.js';
import { foldForSearch } from '../text-search.js';

/**
 * A register a city can load from a file (`POST /import/<name>`), declared by the module that owns
 * its records. Each row goes through that module's own services, the same rules as its mutations,
 * so an import can never write what the API would refuse.
 */
export interface ImportRegister {
  /** The path segment: `/import/<name>`. */
  name: string;
  /** Who may import it; row scoping (an NGO's own facilities) is the services'. */
  roles: readonly Role[];
  columns: readonly ImportColumn[];
  /**
   * The record's natural key (REGON, register number, PESEL …) from its cells, to find a duplicate
   * row in the file; null when the row names none (it is then always a new record).
   */
  keyOf(row: ImportRow): string | null;
  /**
   * Writes one row through the module's services, in the import's transaction: created, updated,
   * or unchanged (a record already as the row says). Problems are thrown as the services throw
   * them (BAD_USER_INPUT with input paths, which `pathColumns` turns into columns; CONFLICT …).
   * Each row runs in a savepoint of its own: right for registers of tens or hundreds of rows.
   */
  importRow?(ctx: RequestContext, row: ImportRow): Promise<ImportAction>;
  /**
   * The set-based alternative for registers of thousands of rows: every row judged by the same
   * rules in memory and written in a few statements, in the import's transaction. One outcome per
   * row, in order: its action, or the error it was refused with (as `importRow` would throw it).
   */
  importRows?(ctx: RequestContext, rows: ImportRow[]): Promise<(ImportAction | Error)[]>;
  /** Input paths (`address.postalCode`) to the column a clerk fixes for them. */
  pathColumns?: Record<string, string>;
  /** Closes the records of the register that the file no longer lists (`?closeMissing=true`), by their keys. */
  closeMissing?(ctx: RequestContext, keysInFile: Set<string>): Promise<number>;
}

export type ImportAction = 'created' | 'updated' | 'unchanged';

export interface ImportColumn {
  /** The field it fills, as the API names it (`declaredCapacity`): also accepted as a header. */
  key: string;
  /** Headers a city writes for it, in Polish first (`Liczba miejsc`); compared folded. */
  headers: readonly string[];
  required?: boolean;
  /** What it holds, for the report of an unknown header and the documentation. */
  description: string;
}

/** One data row, by column key: the cell text, '' where empty or where the file has no such column. */
export interface ImportRow {
  line: number;
  get(key: string): string;
  /** The cell's text, or null when empty. */
  optional(key: string): string | null;
}

/** A header folded for comparison: no case, diacritics, spaces or punctuation ("Liczba miejsc:" = "liczbamiejsc"). */
export function foldHeader(header: string): string {
  return foldForSearch(header).replace(/[^a-z0-9]/g, '');
}

/** Headers that number rows rather than hold a field (Lp.), read and ignored. */
export const IGNORED_HEADERS = new Set(['lp', 'nr', 'nrlp', 'lporz']);

/** Yes/no cells as a Polish spreadsheet writes them; null when the cell is empty, undefined when it is neither. */
export function yesNo(text: string): boolean | null | undefined {
  const folded = foldForSearch(text);
  if (folded === '') return null;
  if (['tak', 't', 'yes', 'y', 'true', '1', 'x'].includes(folded)) return true;
  if (['nie', 'n', 'no', 'false', '0'].includes(folded)) return false;
  return undefined;
}

/** A date as clerks write it: `2026-03-01`, `01.03.2026` or `1.3.2026`; null when it is not one that exists. */
export function dateCell(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const polish = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : polish ? [polish[3], polish[2], polish[1]] : [];
  if (!y || !m || !d) return null;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const check = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== date ? null : date;
}

/** A whole number as written in a cell ("12", "12,0", "1 200"); null when it is not one. */
export function integerCell(text: string): number | null {
  const compact = text
    .replace(/[\s\u00a0]/g, '')
    .replace(/,0+$/, '')
    .replace(/\.0+$/, '');
  return /^-?\d+$/.test(compact) ? Number(compact) : null;
}

/**
 * A value of a closed list (an enum) from a cell: its code (`NIGHT_SHELTER`) or any of its labels
 * (`noclegownia`), compared folded; null when none matches.
 */
export function enumCell<T extends string>(text: string, labels: Record<T, readonly string[]>): T | null {
  const folded = foldHeader(text);
  if (!folded) return null;
  for (const [code, names] of Object.entries(labels) as [T, readonly string[]][]) {
    if (foldHeader(code) === folded || names.some((name) => foldHeader(name) === folded)) return code;
  }
  return null;
}

/** A cell as a message shows it: as written, or "(empty)". */
const shown = (text: string) => text || '(empty)';

/** What a register's cell problems say (import.messages.ts), the same for every register. */
export const CELL_PROBLEMS = {
  notADate: (text: string) => IMPORT.CELL_NOT_A_DATE({ text: shown(text) }),
  notAWholeNumber: (text: string) => IMPORT.CELL_NOT_A_WHOLE_NUMBER({ text: shown(text) }),
  notAYear: (text: string) => IMPORT.CELL_NOT_A_YEAR({ text: shown(text) }),
  notYesNo: (text: string) => IMPORT.CELL_NOT_YES_NO({ text: shown(text) }),
  /** A value outside a closed list (a type, a kind, a status …), with the values a clerk may write. */
  notOneOf: (text: string, examples: string) => IMPORT.CELL_NOT_ONE_OF({ text: shown(text), examples }),
  noOrganisation: (text: string) => IMPORT.CELL_NO_ORGANISATION({ text: shown(text) }),
  twoOrganisations: (text: string) => IMPORT.CELL_TWO_ORGANISATIONS({ text: shown(text) }),
  noDistrict: (text: string) => (text ? IMPORT.CELL_NO_DISTRICT({ text }) : IMPORT.CELL_GIVE_DISTRICT()),
  noUnit: (text: string) => IMPORT.CELL_NO_UNIT({ text: shown(text) }),
  giveUnit: () => IMPORT.CELL_GIVE_UNIT(),
  empty: () => IMPORT.CELL_EMPTY(),
};

/** A date cell, null when empty; a cell that holds no date that exists is a problem at its column. */
export function dateOf(row: ImportRow, key: string, problems: InputProblems): string | null {
  const text = row.get(key);
  if (!text) return null;
  const date = dateCell(text);
  if (!date) problems.add(key, CELL_PROBLEMS.notADate(text));
  return date;
}
