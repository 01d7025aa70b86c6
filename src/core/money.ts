/**
 * Money as the API takes and gives it: złoty as exact decimal text ("18000.00"), never a float.
 * One reading for every module: digits, optionally a point and one or two decimals, and nothing
 * else (no spaces, signs or thousands separators): an amount the hub cannot read exactly is refused
 * rather than guessed.
 */
const MONEY_TEXT = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/** Whether `text` is an amount in złoty with at most `maxWholeDigits` digits before the point. */
export function isMoneyText(text: string, maxWholeDigits = 12): boolean {
  const match = MONEY_TEXT.exec(text);
  return match !== null && match[1]!.length <= maxWholeDigits;
}

/** An amount in złoty as typed ("250", "10.9", "10.90") in grosze; null when it is not one (up to 999,999.99). */
export function groszeOf(amount: string): number | null {
  if (!isMoneyText(amount, 6)) return null;
  const [whole, fraction = ''] = amount.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

export function formatGrosze(grosze: number): string {
  return `${Math.trunc(grosze / 100)}.${String(grosze % 100).padStart(2, '0')}`;
}
