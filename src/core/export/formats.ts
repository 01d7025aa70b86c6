import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { headerOf } from './labels.js';
import type { Table } from './tables.js';

/**
 * The symbols of Polish public statistics (GUS, "Objaśnienia znaków umownych"), so that a reader
 * tells no data from zero: a dash where the phenomenon did not occur, a dot where the figure is not
 * known, a hash where it is withheld to protect persons (a suppressed small count).
 */
export const SYMBOLS = { zero: '–', noData: '.', withheld: '#' } as const;

function cell(row: Record<string, unknown>, column: string): string | number | boolean {
  const value = row[column];
  if (value === null || value === undefined) return row.suppressed === true || row['count.suppressed'] === true ? SYMBOLS.withheld : SYMBOLS.noData;
  if (value === 0) return SYMBOLS.zero;
  return value as string | number | boolean;
}

/** CSV in UTF-8 with a BOM (so that a spreadsheet reads the Polish letters), tables one after another with their titles. */
export function toCsv(tables: Table[]): string {
  const parts = tables.map((t) => {
    const title = tables.length > 1 ? [[headerOf(t.name)]] : [];
    return stringify([...title, t.columns.map(headerOf), ...t.rows.map((r) => t.columns.map((c) => cell(r, c)))]);
  });
  return `\uFEFF${parts.join('\r\n')}`;
}

/** An XLSX workbook, one sheet per table, the header row bold and frozen. */
export async function toXlsx(tables: Table[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Splot';
  const used = new Set<string>();
  for (const t of tables) {
    // Sheet names: at most 31 characters, no []:*?/\, unique.
    let name = headerOf(t.name).replace(/[[\]:*?/\\]/g, ' ').slice(0, 28) || 'Arkusz';
    for (let i = 2; used.has(name); i++) name = `${name.slice(0, 26)} ${i}`;
    used.add(name);
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(t.columns.map(headerOf)).font = { bold: true };
    for (const r of t.rows) sheet.addRow(t.columns.map((c) => cell(r, c)));
    sheet.columns.forEach((column) => (column.width = 18));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
