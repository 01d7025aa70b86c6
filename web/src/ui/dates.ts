/** Calendar arithmetic on YYYY-MM-DD strings in UTC: the day comes from the hub's clock (`today`), never the browser's. */
const pad = (n: number) => String(n).padStart(2, '0');

export function lastDayOfMonth(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

/** The last days of the `count` months up to `date`'s, oldest first; `date` itself stands for its month. */
export function monthEndsBefore(date: string, count: number): string[] {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const ends: string[] = [];
  for (let i = count - 1; i >= 1; i--) {
    const m = month - i;
    const y = year + Math.floor((m - 1) / 12);
    const mm = ((((m - 1) % 12) + 12) % 12) + 1;
    ends.push(lastDayOfMonth(y, mm));
  }
  ends.push(date);
  return ends;
}

/** The days of a month (YYYY-MM). */
export function daysOfMonth(month: string): string[] {
  const last = Number(lastDayOfMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7))).slice(8));
  return Array.from({ length: last }, (_, i) => `${month}-${pad(i + 1)}`);
}

/** The month before a month. */
export function previousMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
}

/** Monday to Friday (the grid marks weekends; public holidays come from the API's working days). */
export function isWeekend(date: string): boolean {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}
