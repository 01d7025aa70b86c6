import { GraphQLError } from 'graphql';
import { databaseErrorToGraphQL } from '../db/database-errors.js';
import { type InputProblem } from '../errors.js';
import { withOwnLoaders, type RequestContext } from '../graphql/context.js';
import { foldHeader, IGNORED_HEADERS, type ImportAction, type ImportRegister, type ImportRow } from './register.js';
import type { Table } from './read-table.js';
import type { Message } from '../messages/reasons.js';
import { IMPORT } from './import.messages.js';

/** One problem of an import: where a clerk finds it in the spreadsheet, and what is wrong, in English and Polish. */
export interface ImportProblem {
  /** The line as the spreadsheet numbers it (1 = the header row); null for the file as a whole. */
  line: number | null;
  /** The column: its header in the file where it has one, else the field's name. */
  column: string | null;
  /** Why (API.md, Errors), with the values the message was worded with. */
  reason: string;
  params: Readonly<Record<string, string | number>>;
  message: string;
  /** The message in Polish. */
  messagePl: string;
}

export interface ImportReport {
  register: string;
  dryRun: boolean;
  /** True when the rows were written (no problem, and not a dry run). */
  written: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Lines with at least one problem. */
  rejected: number;
  /** Records absent from the file that were closed (`closeMissing`). */
  closed: number;
  problems: ImportProblem[];
}

export interface ImportOptions {
  dryRun: boolean;
  closeMissing: boolean;
  /** A city's own headers: header as written → the field's key (or null to ignore the column). */
  mapping: Record<string, string | null>;
}

/** A problem of the file at its line and column. */
export function importProblem(message: Message, line: number | null, column: string | null): ImportProblem {
  return { line, column, reason: message.reason, params: message.params, message: message.en, messagePl: message.pl };
}

/** Rolls the import's transaction back once its report is made (a dry run, or a file with problems). */
class RollBack extends Error {}

/**
 * Loads a register's rows in one transaction: all at once by the register's set-based rules, or each
 * row through the module's services (in a savepoint of its own, so that one refused row does not
 * hide the next one's problems), and the whole rolled back when any row has a problem or the caller
 * asked for a dry run. All or nothing.
 */
export async function runImport(ctx: RequestContext, register: ImportRegister, table: Table, options: ImportOptions): Promise<ImportReport> {
  const report: ImportReport = {
    register: register.name,
    dryRun: options.dryRun,
    written: false,
    rows: table.rows.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    closed: 0,
    problems: [],
  };
  const { columnOf, problems: headerProblems, headerOf } = mapHeaders(register, table.headers, options.mapping);
  report.problems.push(...headerProblems);
  if (table.rows.length === 0) report.problems.push(importProblem(IMPORT.NO_ROWS(), null, null));
  if (report.problems.length) return finish(report);

  const rows: ImportRow[] = table.rows.map(({ line, cells }) => {
    const get = (key: string) => {
      const index = columnOf.get(key);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    return { line, get, optional: (key) => get(key) || null };
  });
  const firstLineOfKey = new Map<string, number>();
  const duplicates = new Set<number>();
  for (const row of rows) {
    const key = register.keyOf(row);
    if (key === null) continue;
    const first = firstLineOfKey.get(key);
    if (first === undefined) firstLineOfKey.set(key, row.line);
    else {
      duplicates.add(row.line);
      report.problems.push(importProblem(IMPORT.DUPLICATE_ROW({ line: first }), row.line, null));
    }
  }

  try {
    await ctx.em.transactional(async (em) => {
      const unique = rows.filter((row) => !duplicates.has(row.line));
      if (register.importRows) {
        const outcomes = await register.importRows(inImport(ctx, em), unique);
        outcomes.forEach((outcome, i) => {
          if (outcome instanceof Error) report.problems.push(...problemsOf(outcome, unique[i]!.line, register, headerOf));
          else report[outcome]++;
        });
      } else {
        for (const row of unique) {
          try {
            // A fresh identity map for each row, emptied after it: a fork that copied the rows before
            // would flush over all of them, and a file of 10,000 rows would take quadratic time.
            const action: ImportAction = await em.transactional((rowEm) => register.importRow!(inImport(ctx, rowEm), row), { clear: true });
            report[action]++;
          } catch (error) {
            report.problems.push(...problemsOf(error, row.line, register, headerOf));
          }
          em.clear();
        }
      }
      if (options.closeMissing && register.closeMissing && !report.problems.length) {
        report.closed = await register.closeMissing(inImport(ctx, em), new Set(firstLineOfKey.keys()));
      }
      if (report.problems.length || options.dryRun) throw new RollBack();
    });
    report.written = true;
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  return finish(report);
}

/**
 * The request's context inside the import's transaction: its own loaders, and a data revision of
 * its own, so that what the services read through the hub's shared caches is read in the
 * transaction (the rows written by the lines before) and never outside it, where PGlite's one
 * connection would wait for the transaction to end.
 */
function inImport(ctx: RequestContext, em: RequestContext['em']): RequestContext {
  const revision = Promise.resolve(`import-${crypto.randomUUID()}`);
  return withOwnLoaders({ ...ctx, em, dataRevision: () => revision });
}

function finish(report: ImportReport): ImportReport {
  report.rejected = new Set(report.problems.filter((p) => p.line !== null && p.line > 1).map((p) => p.line)).size;
  report.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return report;
}

/** Which cell of a row holds each field: by the register's headers, the field's own name, or the caller's mapping. */
function mapHeaders(register: ImportRegister, headers: string[], mapping: Record<string, string | null>) {
  const problems: ImportProblem[] = [];
  const columnOf = new Map<string, number>();
  const headerOf = new Map<string, string>();
  const byFolded = new Map<string, string>();
  for (const column of register.columns) for (const header of [column.key, ...column.headers]) byFolded.set(foldHeader(header), column.key);
  const mapped = new Map(Object.entries(mapping).map(([header, key]) => [foldHeader(header), key]));
  const keys = new Set(register.columns.map((c) => c.key));
  for (const [header, key] of Object.entries(mapping)) {
    if (key !== null && key !== '' && !keys.has(key))
      problems.push(importProblem(IMPORT.MAPPING_UNKNOWN_FIELD({ header, key, keys: [...keys].join(', ') }), 1, header));
  }
  headers.forEach((header, index) => {
    const folded = foldHeader(header);
    if (folded === '' || IGNORED_HEADERS.has(folded)) return;
    const key = mapped.has(folded) ? mapped.get(folded) : byFolded.get(folded);
    if (key === null || key === '') return;
    if (key === undefined) {
      problems.push(importProblem(IMPORT.UNKNOWN_HEADER({ header, known: register.columns.map((c) => c.headers[0] ?? c.key).join(', ') }), 1, header));
      return;
    }
    if (columnOf.has(key)) {
      problems.push(importProblem(IMPORT.DUPLICATE_COLUMN({ column: key }), 1, header));
      return;
    }
    columnOf.set(key, index);
    headerOf.set(key, header);
  });
  for (const column of register.columns) {
    if (column.required && !columnOf.has(column.key))
      problems.push(importProblem(IMPORT.MISSING_COLUMN({ column: column.headers[0] ?? column.key }), 1, column.headers[0] ?? column.key));
  }
  return { columnOf, headerOf, problems };
}

/** A row's refusal as problems of its line: each input problem at the column that holds the field. */
function problemsOf(error: unknown, line: number, register: ImportRegister, headerOf: Map<string, string>): ImportProblem[] {
  const graphql = error instanceof GraphQLError ? error : databaseErrorToGraphQL(error);
  if (!graphql) throw error;
  const code = String(graphql.extensions.code ?? 'BAD_USER_INPUT');
  const details = graphql.extensions.details as InputProblem[] | undefined;
  const columnFor = (path: string) => {
    const key = register.pathColumns?.[path] ?? register.columns.find((c) => c.key === path || path.startsWith(`${c.key}.`))?.key ?? path;
    return headerOf.get(key) ?? key;
  };
  if (details?.length)
    return details.map((d) => ({
      line,
      column: columnFor(d.path),
      reason: d.reason,
      params: d.params,
      message: d.message,
      messagePl: d.messagePl ?? d.message,
    }));
  const { reason, params, messagePl } = graphql.extensions as { reason?: string; params?: Record<string, string | number>; messagePl?: string };
  return [{ line, column: null, reason: reason ?? code, params: params ?? {}, message: graphql.message, messagePl: messagePl ?? graphql.message }];
}
