/**
 * The one clock of the hub: every "today" and "now" a rule, a default or a record uses comes from
 * here, never from the machine's date directly, so that a test (or a demonstration) can state the
 * day it runs on and get the same answers on any day of the year.
 *
 * The hub's day is the calendar day in Warsaw: an attendance day or a placement's start is a Polish
 * civil date, and at 00:30 in Kraków it is already tomorrow while UTC still says today.
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
  /** Today's date in the city's time zone (Europe/Warsaw), `YYYY-MM-DD`. */
  today(): string;
  /** True for a clock fixed on a day (`HUB_TODAY`, tests); refused in production. */
  readonly fixed: boolean;
}

const warsawDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit' });

const HOUR_MS = 3_600_000;
let memoHour = Number.NaN;
let memoDay = '';

/**
 * The calendar day in Warsaw of an instant, `YYYY-MM-DD`. Warsaw is always a whole number of hours
 * from UTC (CET or CEST), so its day can only change on a full UTC hour: the day of the last hour
 * asked about is kept, since formatting with Intl costs more than the rest of reading a page's
 * date rules (every request asks for today at least twice).
 */
export function dateInWarsaw(instant: Date): string {
  const hour = Math.floor(instant.getTime() / HOUR_MS);
  if (hour !== memoHour) {
    memoDay = warsawDate.format(instant);
    memoHour = hour;
  }
  return memoDay;
}

/** The machine's clock, read at every call. */
export function systemClock(): Clock {
  return { now: () => new Date(), today: () => dateInWarsaw(new Date()), fixed: false };
}

/** True for an ISO date `YYYY-MM-DD` that exists in the calendar (no 2026-02-29). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * A clock that stays on one day (development and tests). Its instants start in the late morning of that
 * day and advance with real time, so records written one after another keep their order, while
 * `today()` stays on the stated day however long the process runs. `setToday` moves it (a test
 * that lets time pass).
 */
export class FixedClock implements Clock {
  readonly fixed = true;
  private day: string;
  private startedAt: number;

  constructor(today: string) {
    if (!isIsoDate(today)) throw new Error(`A fixed clock needs a real date YYYY-MM-DD, got "${today}"`);
    this.day = today;
    this.startedAt = performance.now();
  }

  today(): string {
    return this.day;
  }

  now(): Date {
    // 10:00 UTC is 11:00 or 12:00 in Warsaw; at most 11 hours later it is still the same day in both zones.
    return new Date(Date.parse(`${this.day}T10:00:00Z`) + Math.min(performance.now() - this.startedAt, 11 * 3_600_000));
  }

  setToday(today: string): void {
    if (!isIsoDate(today)) throw new Error(`A fixed clock needs a real date YYYY-MM-DD, got "${today}"`);
    this.day = today;
    this.startedAt = performance.now();
  }
}

/** The clock a configuration asks for: fixed on `fixedToday`, or the machine's. */
export function clockFor(fixedToday: string | null): Clock {
  return fixedToday ? new FixedClock(fixedToday) : systemClock();
}
