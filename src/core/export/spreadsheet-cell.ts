/**
 * What a spreadsheet cell of an export holds, by one rule for the hub's files and the web app's
 * downloads (this module has no imports, so the web app builds it too).
 *
 * A text a spreadsheet would run as a formula, one beginning with `=`, `+`, `-`, `@`, a tab or a
 * carriage return (OWASP, "CSV Injection"), gets a leading apostrophe: Excel and LibreOffice show
 * it as text, the apostrophe not shown in the cell. A number travels as a number (a negative one
 * is not a formula), so that a sum over its column works.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A decimal or whole number written as text by the API (money as `"1234.50"`): read as a number. */
export const NUMBER_TEXT = /^-?\d+(\.\d+)?$/;

/** A number as the Polish dialect writes it: a decimal comma, money with two decimals. */
export function polishNumber(value: number, decimals?: number): string {
  return (decimals === undefined ? String(value) : value.toFixed(decimals)).replace('.', ',');
}

/** A CSV field: quoted when it holds the separator, a quote or a line break (RFC 4180). */
export function csvField(text: string, separator: ';' | ','): string {
  return text.includes(separator) || /["\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * An identifier of digits (a PESEL, a NIP) as a CSV field Excel keeps whole: `="0123…"`, which it
 * shows as the text `0123…` where a bare `0123…` would become a number without its leading zero
 * (or 1,23E+10). Only digits are so wrapped, so nothing but the identifier can ride in the formula;
 * any other text is neutralised as usual.
 */
export function identifierText(text: string): string {
  return /^\d+$/.test(text) ? `="${text}"` : neutraliseFormula(text);
}
