import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { headerOf, type FieldHeaders } from './labels.js';
import { NUMBER_TEXT, neutraliseFormula } from './spreadsheet-cell.js';
import type { Table } from './tables.js';

/**
 * The symbols of Polish public statistics (GUS, "Objaśnienia znaków umownych"), so that a reader
 * tells no data from zero: a dash where the phenomenon did not occur, a dot where the figure is not
 * known, a hash where it is withheld to protect persons (a suppressed small count).
 */
export const SYMBOLS = { zero: '–', noData: '.', withheld: '#' } as const;

/** The legend of the symbols, as GUS prints it under its tables (a sheet of its own in a workbook). */
export const SYMBOL_LEGEND: [string, string][] = [
  [SYMBOLS.zero, 'zjawisko nie wystąpiło'],
  [SYMBOLS.noData, 'zupełny brak informacji albo brak informacji wiarygodnych'],
  [SYMBOLS.withheld, 'dane nie mogą być opublikowane ze względu na konieczność zachowania tajemnicy statystycznej (mniej niż 5 osób)'],
];

/**
 * CSV as Polish Excel reads it (`pl`, the default): `;` between fields and a decimal comma; or the
 * plain dialect (`,` and a decimal point) for other tools. Both in UTF-8 with a BOM.
 */
export type CsvDialect = 'pl' | 'plain';

/** A cell's value: a number (from a number or the API's decimal text, money as "1234.50"), a date, a symbol, or text made safe to open. */
type Cell = { number: number; text: string; decimals: number } | { date: string } | { text: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function cell(row: Record<string, unknown>, column: string): Cell {
  const value = row[column];
  if (value === null || value === undefined) return { text: row.suppressed === true || row['count.suppressed'] === true ? SYMBOLS.withheld : SYMBOLS.noData };
  if (value === 0 || value === '0' || value === '0.00') return { text: SYMBOLS.zero };
  if (typeof value === 'number') return { number: value, text: String(value), decimals: String(value).split('.')[1]?.length ?? 0 };
  if (typeof value === 'string' && NUMBER_TEXT.test(value)) return { number: Number(value), text: value, decimals: value.split('.')[1]?.length ?? 0 };
  if (typeof value === 'string' && DATE.test(value)) return { date: value };
  if (typeof value === 'boolean') return { text: value ? 'tak' : 'nie' };
  return { text: neutraliseFormula(String(value)) };
}

function csvText(c: Cell, dialect: CsvDialect): string {
  if ('date' in c) return c.date;
  if ('number' in c) return dialect === 'pl' ? c.text.replace('.', ',') : c.text;
  return c.text;
}

/** CSV in UTF-8 with a BOM (so that a spreadsheet reads the Polish letters), tables one after another with their titles. */
export function toCsv(tables: Table[], headers: FieldHeaders, dialect: CsvDialect = 'pl'): string {
  const delimiter = dialect === 'pl' ? ';' : ',';
  const parts = tables.map((t) => {
    const title = tables.length > 1 ? [[neutraliseFormula(headerOf(t.name, headers))]] : [];
    return stringify(
      [...title, t.columns.map((c) => neutraliseFormula(headerOf(c, headers))), ...t.rows.map((r) => t.columns.map((c) => csvText(cell(r, c), dialect)))],
      { delimiter, record_delimiter: '\r\n' },
    );
  });
  return `\uFEFF${parts.join('\r\n')}`;
}

/**
 * An XLSX workbook, one sheet per table, the header row bold and frozen; numbers and money as
 * numbers (money with two decimals), dates as dates, so that a sum or a filter works; the
 * statistical symbols explained on a sheet of their own.
 */
export async function toXlsx(tables: Table[], headers: FieldHeaders): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Splot';
  const used = new Set<string>();
  for (const t of tables) {
    // Sheet names: at most 31 characters, no []:*?/\, unique; the whole title is the sheet's first cell's note.
    // A section is named by itself (its report is the workbook's first sheet), so that the name fits.
    let name =
      headerOf(t.name.split('.').at(-1)!, headers)
        .replace(/[[\]:*?/\\]/g, ' ')
        .slice(0, 28) || 'Arkusz';
    for (let i = 2; used.has(name); i++) name = `${name.slice(0, 26)} ${i}`;
    used.add(name);
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(t.columns.map((c) => neutraliseFormula(headerOf(c, headers)))).font = { bold: true };
    if (headerOf(t.name, headers).length > name.length) sheet.getCell(1, 1).note = headerOf(t.name, headers);
    for (const r of t.rows) {
      const cells = t.columns.map((c) => cell(r, c));
      const row = sheet.addRow(cells.map((c) => ('date' in c ? new Date(`${c.date}T00:00:00Z`) : 'number' in c ? c.number : c.text)));
      cells.forEach((c, i) => {
        if ('date' in c) row.getCell(i + 1).numFmt = 'yyyy-mm-dd';
        else if ('number' in c && c.decimals > 0) row.getCell(i + 1).numFmt = `#,##0.${'0'.repeat(c.decimals)}`;
      });
    }
    sheet.columns.forEach((column) => (column.width = 18));
  }
  const legend = workbook.addWorksheet('Objaśnienia znaków');
  legend.addRow(['Znak', 'Znaczenie']).font = { bold: true };
  for (const [symbol, meaning] of SYMBOL_LEGEND) legend.addRow([symbol, meaning]);
  legend.getColumn(2).width = 90;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
