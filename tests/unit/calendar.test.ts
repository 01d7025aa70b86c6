import { describe, expect, it } from 'vitest';
import { addMonths, isMonth, isWorkingDay, lastDayOf, workingDaysBetween } from '../../src/core/calendar.js';

describe('the Polish working-day calendar', () => {
  it.each([
    ['2025-11-11', false, 'Independence Day'],
    ['2025-12-24', false, 'Christmas Eve, a holiday from 2025'],
    ['2024-12-24', true, 'Christmas Eve 2024, still a working day'],
    ['2026-04-06', false, 'Easter Monday'],
    ['2026-06-04', false, 'Corpus Christi'],
    ['2026-11-21', false, 'a Saturday'],
    ['2026-11-24', true, 'a Tuesday'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('counts the working days of a month', () => {
    expect(workingDaysBetween('2025-11-01', '2025-11-30')).toBe(19);
    expect(workingDaysBetween('2025-12-01', '2025-12-31')).toBe(20);
    expect(workingDaysBetween('2025-12-02', '2025-12-01')).toBe(0);
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-09-15', 11, '2026-08-15'],
    ['2025-03-31', -1, '2025-02-28'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('knows the last day of a month and what a month looks like', () => {
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(isMonth('2025-12')).toBe(true);
    expect(isMonth('2025-13')).toBe(false);
    expect(isMonth('2025-1')).toBe(false);
  });
});
