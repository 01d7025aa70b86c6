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

/**
 * The last day of a legal period of `months` months that begins on `start`, as the civil code
 * counts it (Kodeks cywilny art. 112): the period "ends with the lapse of the day whose date
 * corresponds to the first day of the period, and where that month has no such day, on the last day
 * of that month". The ministry applies it literally to the CIS trial: a one-month trial starting on
 * 1 January ends on 1 February (gov.legalis.pl, "Zmiany w ustawie o zatrudnieniu socjalnym",
 * "Okres próbny"). So 1 month from 2026-01-15 ends on 2026-02-15, from 2026-10-31 on 2026-11-30.
 *
 * Labour-law practice would end the day before the matching day; this is the one place that chooses
 * the ministry's reading, and every period in months of the hub (CIS trial, participation and its
 * extension, emergency-family and intervention stays, ages) comes from here.
 */
export function periodEnd(start: string, months: number): string {
  return addMonths(start, months);
}

/**
 * Whole years of age on `date` of a person born on `birthDate`: a year is a period of 12 months
 * (periodEnd), so a person born on 29 February turns N on 28 February of a common year.
 */
export function ageOn(birthDate: string, date: string): number {
  if (date < birthDate) return -1;
  let years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  while (years > 0 && periodEnd(birthDate, 12 * years) > date) years--;
  return years;
}

/** The Monday of the week (Monday to Sunday) of a date. */
export function mondayOf(date: string): string {
  const weekday = (toDate(date).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
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

/** A `date` column as the drivers hand it over (text, or a Date at midnight UTC), as `YYYY-MM-DD`. */
export function isoDateOf(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function dayCount(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
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
    set = new Set(
      polishHolidays
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
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
