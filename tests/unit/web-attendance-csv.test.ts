import { describe, expect, it } from 'vitest';
import { cellsFromCsv } from '../../web/src/pages/attendance/csv-import.js';

const participants = [
  { id: 'a1', name: 'Kowalska Anna', from: '2026-10-01', to: '2026-10-31' },
  { id: 'b2', name: 'Nowak Jan', from: '2026-10-10', to: '2026-10-31' },
];

describe('the attendance grid\u2019s CSV import', () => {
  it('fills the cells of the lines it understands, by name or id, and reports every other line by its number', () => {
    const csv = ['uczestnik;data;kod;godziny', 'Kowalska Anna;01.10.2026;O;6,5', 'b2;2026-10-12;L4;', 'Nowak Jan;2026-10-05;NN;', 'Zieliński Piotr;2026-10-05;NN;', 'Kowalska Anna;2026-11-02;O;6', 'kowalska  anna;2026-10-01;NN;', 'Kowalska Anna;2026-10-02;XX;'].join('\n');
    const result = cellsFromCsv(csv, participants, '2026-10');
    expect(result.cells).toEqual({ 'a1|2026-10-01': 'O:6.5', 'b2|2026-10-12': 'L4' });
    expect(result.lines).toEqual({ 'a1|2026-10-01': 2, 'b2|2026-10-12': 3 });
    expect(result.problems.map((p) => p.line)).toEqual([4, 5, 6, 7, 8]);
  });

  it('needs the participant, date and code columns', () => {
    expect(cellsFromCsv('imie,dzien\nA,2026-10-01', participants, '2026-10').problems).toEqual([{ line: 1, message: expect.stringContaining('uczestnik, data, kod') }]);
  });
});
