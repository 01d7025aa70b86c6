import { describe, expect, it } from 'vitest';
import { cellsFromCsv } from '../../web/src/pages/attendance/csv-import.js';

const participants = [
  { id: 'a1', lastName: 'Kowalska', firstName: 'Anna', birthYear: 1980, peselMasked: '*******1234', from: '2026-10-01', to: '2026-10-31' },
  { id: 'b2', lastName: 'Nowak', firstName: 'Jan', birthYear: 1975, peselMasked: '*******5678', from: '2026-10-10', to: '2026-10-31' },
];
const twins = [
  { id: 'w1', lastName: 'Woźniak', firstName: 'Michał', birthYear: 1985, peselMasked: '*******1111', from: '2026-10-01', to: '2026-10-31' },
  { id: 'w2', lastName: 'Woźniak', firstName: 'Michał', birthYear: 1992, peselMasked: '*******2222', from: '2026-10-01', to: '2026-10-31' },
];

describe('the attendance grid\u2019s CSV import', () => {
  it('fills the cells of the lines it understands, by name or id, and reports every other line by its number', () => {
    const csv = [
      'uczestnik;data;kod;godziny',
      'Kowalska Anna;01.10.2026;O;6,5',
      'b2;2026-10-12;L4;',
      'Nowak Jan;2026-10-05;NN;',
      'Zieliński Piotr;2026-10-05;NN;',
      'Kowalska Anna;2026-11-02;O;6',
      'kowalska  anna;2026-10-01;NN;',
      'Kowalska Anna;2026-10-02;XX;',
    ].join('\n');
    const result = cellsFromCsv(csv, participants, '2026-10');
    expect(result.cells).toEqual({ 'a1|2026-10-01': 'O:6.5', 'b2|2026-10-12': 'L4' });
    expect(result.lines).toEqual({ 'a1|2026-10-01': 2, 'b2|2026-10-12': 3 });
    expect(result.problems.map((p) => p.line)).toEqual([4, 5, 6, 7, 8]);
  });

  it('needs the participant, date and code columns', () => {
    expect(cellsFromCsv('imie,dzien\nA,2026-10-01', participants, '2026-10').problems).toEqual([
      { line: 1, message: expect.stringContaining('uczestnik, data, kod') },
    ]);
  });

  it('never picks one of two participants with the same name: the line says so, and the year of birth or the PESEL\u2019s last digits tell them apart', () => {
    const csv = [
      'uczestnik;data;kod',
      'Woźniak Michał;2026-10-01;NN',
      'Woźniak Michał 1992;2026-10-02;NN',
      'Woźniak Michał (1985);2026-10-02;L4',
      'Woźniak Michał 2222;2026-10-05;DW',
    ].join('\n');
    const result = cellsFromCsv(csv, twins, '2026-10');
    expect(result.problems).toEqual([{ line: 2, message: expect.stringContaining('dopisz rok urodzenia') }]);
    expect(result.cells).toEqual({ 'w2|2026-10-02': 'NN', 'w1|2026-10-02': 'L4', 'w2|2026-10-05': 'DW' });
  });
});
