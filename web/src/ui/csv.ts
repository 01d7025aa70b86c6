import { csvField, identifierText, neutraliseFormula, NUMBER_TEXT, polishNumber } from '../../../src/core/export/spreadsheet-cell.js';

/**
 * A table as CSV in Polish Excel's dialect (`;` between fields, a decimal comma, a BOM so that the
 * Polish letters read right), downloaded as a file; a text a spreadsheet would run as a formula is
 * neutralised by the hub's own rule for its exports.
 */
export function downloadCsv(fileName: string, header: string[], rows: (string | number | null | undefined)[][], identifiers: readonly boolean[] = []): void {
  saveBlob(fileName, new Blob(['\uFEFF', csvText(header, rows, identifiers)], { type: 'text/csv;charset=utf-8' }));
}

/** A file made in the page, offered as a download. */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The file's text (without its BOM); a column marked as identifiers keeps its leading zeros in Excel. */
export function csvText(header: string[], rows: (string | number | null | undefined)[][], identifiers: readonly boolean[] = []): string {
  const cell = (v: string | number | null | undefined, i: number) => {
    if (v === null || v === undefined) return '';
    if (identifiers[i]) return csvField(identifierText(String(v)), ';');
    if (typeof v === 'number') return polishNumber(v);
    return csvField(NUMBER_TEXT.test(v) ? v.replace('.', ',') : neutraliseFormula(v), ';');
  };
  return [header, ...rows].map((r) => r.map((v, i) => (r === header ? csvField(neutraliseFormula(String(v)), ';') : cell(v, i))).join(';')).join('\r\n');
}
