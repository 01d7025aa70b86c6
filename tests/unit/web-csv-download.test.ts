import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvText } from '../../web/src/ui/csv.js';

describe('the web app\u2019s CSV downloads', () => {
  it('are in Polish Excel\u2019s dialect: `;`, a decimal comma, fields with the separator quoted', () => {
    const text = csvText(
      ['Nazwa', 'Miejsca', 'Kwota (zł)'],
      [
        ['Dom; Nadzieja', 12, '1234.50'],
        ['Klub', null, '-3.25'],
      ],
    );
    expect(parse(text, { delimiter: ';' })).toEqual([
      ['Nazwa', 'Miejsca', 'Kwota (zł)'],
      ['Dom; Nadzieja', '12', '1234,50'],
      ['Klub', '', '-3,25'],
    ]);
  });

  it('neutralise a text a spreadsheet would run as a formula, as the hub\u2019s exports do', () => {
    const rows = ['=HYPERLINK("http://x","y")', "+1+cmd|' /C calc'!A0", '-x', '@SUM(A1)', '\tTAB', '\rCR'].map((name) => [name]);
    const cells = (parse(csvText(['Nazwa'], rows), { delimiter: ';', relax_quotes: true }) as string[][]).slice(1).map((r) => r[0]!);
    expect(cells.every((c) => c.startsWith("'"))).toBe(true);
  });

  it('keep an identifier\u2019s leading zero in Excel (="0…"), and wrap nothing but digits that way', () => {
    const text = csvText(
      ['PESEL', 'Nazwa'],
      [
        ['04250612345', 'x'],
        ['=1+1', 'y'],
      ],
      [true, false],
    );
    expect(parse(text, { delimiter: ';' })).toEqual([
      ['PESEL', 'Nazwa'],
      ['="04250612345"', 'x'],
      ["'=1+1", 'y'],
    ]);
  });
});
