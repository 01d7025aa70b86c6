import { describe, expect, it } from 'vitest';
import { addMonths, ageOn, daysBetween, isMonth, isWorkingDay, lastDayOf, mondayOf, periodEnd, workingDaysBetween } from '../../src/core/calendar.js';

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

describe('periods in months, as the civil code counts them (art. 112)', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15', 'the day that corresponds to the first day'],
    ['2026-01-01', 1, '2026-02-01', 'the ministry: a one-month trial from 1 January ends on 1 February'],
    ['2026-10-31', 1, '2026-11-30', 'no 31 November: the last day of the month'],
    ['2026-10-31', 11, '2027-09-30', 'no 31 September'],
    ['2026-10-31', 12, '2027-10-31', 'a year'],
    ['2027-01-31', 1, '2027-02-28', 'February of a common year'],
    ['2028-01-31', 1, '2028-02-29', 'February of a leap year'],
    ['2028-02-29', 12, '2029-02-28', 'a leap day, a year on'],
    ['2026-03-29', 4, '2026-07-29', 'across the change to summer time'],
  ])('%s plus %i months ends on %s (%s)', (start, months, end) => {
    expect(periodEnd(start, months)).toBe(end);
  });

  // Every start day of a common and a leap year, for every length the hub uses.
  const startDays = [...daysBetween('2027-01-01', '2027-12-31'), ...daysBetween('2028-01-01', '2028-12-31')];
  const lengths = [1, 3, 4, 8, 11, 12, 18, 24];

  it('ends in the month that lies the given number of months later', () => {
    for (const start of startDays) {
      for (const months of lengths) {
        const [y, m] = start.split('-').map(Number) as [number, number];
        const target = y * 12 + (m - 1) + months;
        expect(periodEnd(start, months).slice(0, 7), `${start} + ${months}`).toBe(`${Math.floor(target / 12)}-${String((target % 12) + 1).padStart(2, '0')}`);
      }
    }
  });

  it('ends on the day of the month of its start, or on the last day of a shorter month', () => {
    for (const start of startDays) {
      for (const months of lengths) {
        const end = periodEnd(start, months);
        const startDay = Number(start.slice(8));
        const lastDay = Number(lastDayOf(end.slice(0, 7)).slice(8));
        expect(Number(end.slice(8)), `${start} + ${months}`).toBe(Math.min(startDay, lastDay));
      }
    }
  });

  it('never ends earlier for a later start, and a longer period never ends earlier', () => {
    for (const months of lengths) {
      for (let i = 1; i < startDays.length; i++) expect(periodEnd(startDays[i]!, months) >= periodEnd(startDays[i - 1]!, months)).toBe(true);
    }
    for (const start of startDays) {
      for (let i = 1; i < lengths.length; i++) expect(periodEnd(start, lengths[i]!) > periodEnd(start, lengths[i - 1]!)).toBe(true);
    }
  });
});

describe('age in whole years', () => {
  it.each([
    ['2016-02-29', '2026-02-27', 9, 'the day before'],
    ['2016-02-29', '2026-02-28', 10, 'born on 29 February: 10 on 28 February of a common year'],
    ['2016-02-29', '2028-02-28', 11, 'the 12th birthday falls on 29 February in 2028'],
    ['2016-02-29', '2028-02-29', 12, 'born on 29 February: 12 on 29 February of a leap year'],
    ['2016-11-30', '2026-11-29', 9, 'the day before the birthday'],
    ['2016-11-30', '2026-11-30', 10, 'on the birthday'],
    ['2026-11-30', '2026-11-30', 0, 'born today'],
  ])('born %s, on %s: %i (%s)', (birth, date, age) => {
    expect(ageOn(birth, date)).toBe(age);
  });
});

describe('weeks', () => {
  it.each([
    ['2026-11-30', '2026-11-30', 'a Monday'],
    ['2026-12-06', '2026-11-30', 'a Sunday belongs to the week that began on Monday'],
    ['2028-03-01', '2028-02-28', 'across a leap day'],
  ])('the week of %s begins on %s (%s)', (date, monday) => {
    expect(mondayOf(date)).toBe(monday);
  });
});
