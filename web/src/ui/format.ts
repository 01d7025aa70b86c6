import type { Language } from '../i18n';

/** The locale the page writes numbers and dates in: Polish by default (a decimal comma, 30.11.2026). */
export const localeOf = (language: Language) => (language === 'pl' ? 'pl-PL' : 'en-GB');

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/** A number, or a decimal the API sends as text (money "1234.50"), as the page's locale writes it; the decimals kept. */
export function formatNumber(value: number | string, language: Language): string {
  const text = String(value);
  if (typeof value === 'string' && !DECIMAL_TEXT.test(value)) return value;
  const decimals = text.split('.')[1]?.length ?? 0;
  return new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(Number(value));
}

/** A day (YYYY-MM-DD) as the page's locale writes it, read as a calendar day (no time zone shifts it). */
export function formatDate(iso: string, language: Language): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return new Intl.DateTimeFormat(localeOf(language), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** A month (YYYY-MM) in words: "listopad 2026". */
export function formatMonth(month: string, language: Language): string {
  if (!/^\d{4}-\d{2}$/.test(month)) return month;
  return new Intl.DateTimeFormat(localeOf(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}
