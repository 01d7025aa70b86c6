import { describe, expect, it } from 'vitest';
import { parseAttendanceCsv } from '../../src/modules/integration/attendance-csv.js';

describe('reading an attendance spreadsheet export', () => {
  it('reads a Polish Excel export: semicolons, a BOM, DD.MM.YYYY dates, decimal commas and paper-list codes', () => {
    const text = '\uFEFFPESEL;Data;Status;Godziny\n85010112345;03.11.2025;O;6,5\n85010112345;04.11.2025;L4;\n85010112345;05.11.2025;NN;\n';
    const { rows, problems } = parseAttendanceCsv(text);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, participantId: null, pesel: '85010112345', date: '2025-11-03', status: 'PRESENT', excusedKind: null, hours: 6.5 },
      { line: 3, participantId: null, pesel: '85010112345', date: '2025-11-04', status: 'EXCUSED_ABSENCE', excusedKind: 'SICK_LEAVE', hours: null },
      { line: 4, participantId: null, pesel: '85010112345', date: '2025-11-05', status: 'UNEXCUSED_ABSENCE', excusedKind: null, hours: null },
    ]);
  });

  it('reads the API\u2019s own names with commas', () => {
    const { rows } = parseAttendanceCsv('participant_id,date,status,excused_kind,hours\nabc,2025-11-03,EXCUSED_ABSENCE,DAY_OFF,\n');
    expect(rows[0]).toMatchObject({ participantId: 'abc', status: 'EXCUSED_ABSENCE', excusedKind: 'DAY_OFF' });
  });

  it('reports each bad line with its number and column', () => {
    const { problems } = parseAttendanceCsv('pesel;data;status;godziny\n;31.02.2025;X;dużo\n');
    expect(problems.map((p) => p.path)).toEqual(['line 2 (participant)', 'line 2 (date)', 'line 2 (status)', 'line 2 (hours)']);
  });

  it('refuses a header without a participant, date or status column', () => {
    expect(parseAttendanceCsv('imie;nazwisko\nJan;Nowak\n').problems.map((p) => p.message)).toEqual([
      'Name the participant in a column participant_id or pesel',
      'The header has no date column',
      'The header has no status column',
    ]);
  });
});
