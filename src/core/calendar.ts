import Holidays from 'date-holidays';

/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) as strings, in UTC, so that no time zone moves a
 * day, and the Polish working-day calendar (ustawa z dnia 18 stycznia 1951 r. o dniach wolnych od
 * pracy, with 24 December from 2025) as the `date-holidays` package keeps it.
 */
const polishHolidays = new Holidays('PL');
const holidaysByYear = new Map<number, Set<string>>();

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  const d = toDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** The same day `months` later; the last day of the month where that day does not exist (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return toIso(target);
}

/** `YYYY-MM` of a date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** True for a real month `YYYY-MM`. */
export function isMonth(text: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

export function firstDayOf(month: string): string {
  return `${month}-01`;
}

export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return toIso(new Date(Date.UTC(y, m, 0)));
}

/** Every day from `from` to `to`, inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

/** Public holidays in Poland (dni ustawowo wolne od pracy) of a year. */
export function publicHolidays(year: number): Set<string> {
  let set = holidaysByYear.get(year);
  if (!set) {
    set = new Set(polishHolidays.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    holidaysByYear.set(year, set);
  }
  return set;
}

// A monthly summary asks about the same few hundred days for every participant; the answers never change.
const workingDayCache = new Map<string, boolean>();
const workingDaysCache = new Map<string, number>();

/** Monday to Friday and not a public holiday. */
export function isWorkingDay(date: string): boolean {
  let working = workingDayCache.get(date);
  if (working === undefined) {
    const weekday = toDate(date).getUTCDay();
    working = weekday !== 0 && weekday !== 6 && !publicHolidays(Number(date.slice(0, 4))).has(date);
    workingDayCache.set(date, working);
  }
  return working;
}

/** Working days from `from` to `to`, inclusive. */
export function workingDaysBetween(from: string, to: string): number {
  if (from > to) return 0;
  const key = `${from}|${to}`;
  let count = workingDaysCache.get(key);
  if (count === undefined) {
    count = daysBetween(from, to).filter(isWorkingDay).length;
    if (workingDaysCache.size > 100_000) workingDaysCache.clear();
    workingDaysCache.set(key, count);
  }
  return count;
}
