import { NUMBER_TEXT } from '../../../src/core/export/spreadsheet-cell.js';
import { saveBlob } from './csv';

/**
 * A table as an XLSX workbook made in the page: numbers as number cells (a decimal text from the
 * API too, so that a sum works), identifiers and every other text as text cells (an identifier
 * keeps its leading zeros; a text cell is never run as a formula), the header row frozen.
 * The library is loaded on the first download only, so it does not weigh on the first view.
 */
export async function downloadXlsx(
  fileName: string,
  sheet: string,
  header: string[],
  rows: (string | number | null | undefined)[][],
  identifiers: readonly boolean[] = [],
): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const cell = (v: string | number | null | undefined, i: number) => {
    if (v === null || v === undefined || v === '') return null;
    if (identifiers[i]) return { type: String, value: String(v) };
    if (typeof v === 'number') return { type: Number, value: v };
    if (NUMBER_TEXT.test(v)) return { type: Number, value: Number(v), format: v.includes('.') ? `0.${'0'.repeat(v.split('.')[1]!.length)}` : undefined };
    return { type: String, value: v };
  };
  const data = [header.map((h) => ({ type: String, value: h, fontWeight: 'bold' as const })), ...rows.map((r) => r.map(cell))];
  // Excel allows 31 characters and none of []:*?/\ in a sheet's name.
  const name = sheet.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
  const blob = await writeXlsxFile(data as never, { sheet: name, stickyRowsCount: 1, columns: header.map(() => ({ width: 18 })) }).toBlob();
  saveBlob(fileName, blob);
}
