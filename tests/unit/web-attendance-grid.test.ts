import { describe, expect, it } from 'vitest';
import { clipboardBlock, fill, pasteBlock, type GridShape } from '../../web/src/pages/attendance/grid-edits.js';
import { distinctions } from '../../web/src/pages/attendance/participant-names.js';
import { problemsByCell } from '../../web/src/pages/attendance/save-problems.js';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

const shape: GridShape = {
  participantIds: ['a', 'b', 'c'],
  dates: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05'],
  // c joined on the 3rd.
  isOpen: (id, date) => id !== 'c' || date >= '2026-10-03',
};
const weekday = (date: string) => !['2026-10-03', '2026-10-04'].includes(date);

describe('the attendance grid as a spreadsheet', () => {
  it('pastes a block copied from Excel (tabs and CRLF) at the focused cell, skipping cells that are not open', () => {
    const block = clipboardBlock('o:6\tNN\tL4\r\n6\t\tdw\r\n7\t7\t7\r\n');
    expect(block).toEqual([
      ['O:6', 'NN', 'L4'],
      ['6', '', 'DW'],
      ['7', '7', '7'],
    ]);
    const { cells, written } = pasteBlock({}, shape, 0, 1, block);
    expect(cells).toEqual({
      'a|2026-10-02': 'O:6',
      'a|2026-10-03': 'NN',
      'a|2026-10-04': 'L4',
      'b|2026-10-02': '6',
      'b|2026-10-03': '',
      'b|2026-10-04': 'DW',
      'c|2026-10-03': '7',
      'c|2026-10-04': '7',
    });
    expect(written).toBe(8);
    // Past the grid's edge, the rest of the block is dropped.
    expect(pasteBlock({}, shape, 2, 4, block).written).toBe(1);
  });

  it('fills a row\u2019s empty working days or a column\u2019s empty open cells, never over a typed value', () => {
    const cells = { 'a|2026-10-01': 'O:6', 'a|2026-10-05': 'L4' };
    expect(fill(cells, shape, { participantId: 'a', date: '2026-10-01' }, 'row', weekday)).toEqual({
      'a|2026-10-01': 'O:6',
      'a|2026-10-02': 'O:6',
      'a|2026-10-05': 'L4',
    });
    expect(fill(cells, shape, { participantId: 'a', date: '2026-10-01' }, 'column', weekday)).toEqual({ ...cells, 'b|2026-10-01': 'O:6' });
  });

  it('tells two participants of one name apart by the year of birth, and by the PESEL\u2019s last digits when that is shared too', () => {
    const p = (id: string, lastName: string, birthYear: number, pesel: string) => ({
      id,
      lastName,
      firstName: 'Michał',
      birthYear,
      peselMasked: `*******${pesel}`,
    });
    const labels = distinctions([
      p('1', 'Woźniak', 1985, '1111'),
      p('2', 'Woźniak', 1992, '2222'),
      p('3', 'Woźniak', 1992, '3333'),
      p('4', 'Nowak', 1990, '4444'),
    ]);
    expect(Object.fromEntries(labels)).toEqual({ 1: 'ur. 1985', 2: 'ur. 1992, PESEL …2222', 3: 'ur. 1992, PESEL …3333' });
  });
});

describe('the problems of a save, back in their cells', () => {
  const keys = ['a|2026-10-01', 'b|2026-10-02'];
  const refusal = (details: { path: string; message: string }[], message = 'refused') =>
    new CombinedGraphQLErrors({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', details } }] });

  it('puts each problem of an entry in the cell that entry came from, with its CSV line', () => {
    const { byCell, other } = problemsByCell(
      refusal([
        { path: 'entries.1.hours', message: 'Dzień obecności ma więcej niż 0 i najwyżej 12 godzin' },
        { path: 'entries.1.date', message: 'Miesiąc 2026-10 jest zamknięty' },
      ]),
      keys,
      (key) => (key === 'b|2026-10-02' ? 'wiersz 7' : null),
    );
    expect(byCell).toEqual({ 'b|2026-10-02': 'wiersz 7: Dzień obecności ma więcej niż 0 i najwyżej 12 godzin; wiersz 7: Miesiąc 2026-10 jest zamknięty' });
    expect(other).toBeNull();
  });

  it('says beside the grid what concerns the save as a whole', () => {
    expect(problemsByCell(refusal([{ path: 'entries', message: 'Zgłoszenie ma najwyżej 10 000 pozycji: podziel je' }]), keys, () => null)).toEqual({
      byCell: {},
      other: 'Zgłoszenie ma najwyżej 10 000 pozycji: podziel je',
    });
    expect(problemsByCell(refusal([], 'Twoja organizacja nie prowadzi tej placówki'), keys, () => null).other).toBe(
      'Twoja organizacja nie prowadzi tej placówki',
    );
    expect(problemsByCell(new Error('network'), keys, () => null).other).toBe('network');
  });
});
