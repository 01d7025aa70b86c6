import { csvField, neutraliseFormula, NUMBER_TEXT, polishNumber } from '../../../src/core/export/spreadsheet-cell.js';

/**
 * A table as CSV in Polish Excel's dialect (`;` between fields, a decimal comma, a BOM so that the
 * Polish letters read right), downloaded as a file; a text a spreadsheet would run as a formula is
 * neutralised by the hub's own rule for its exports.
 */
export function downloadCsv(fileName: string, header: string[], rows: (string | number | null | undefined)[][]): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csvText(header, rows)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The file's text (without its BOM). */
export function csvText(header: string[], rows: (string | number | null | undefined)[][]): string {
  const cell = (v: string | number | null | undefined) => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return polishNumber(v);
    return csvField(NUMBER_TEXT.test(v) ? v.replace('.', ',') : neutraliseFormula(v), ';');
  };
  return [header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n');
}
