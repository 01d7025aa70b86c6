import { CORE } from './messages/core.messages.js';
import type { Message } from './messages/reasons.js';

/**
 * NIP (numer identyfikacji podatkowej), the Polish tax identification number: 10 digits, the last
 * a check digit over weights 6,5,7,2,3,4,5,6,7 mod 11; a remainder of 10 makes the number invalid.
 * Input may carry dashes or spaces (`123-456-32-18`); the stored form is digits only.
 */
const WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7];

export function normaliseNip(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/** Returns null for a valid NIP, otherwise why it is not. */
export function nipProblem(input: string): Message | null {
  const digits = normaliseNip(input);
  if (!/^\d{10}$/.test(digits)) return CORE.NIP_LENGTH();
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  const check = sum % 11;
  if (check === 10 || check !== Number(digits[9])) return CORE.NIP_CHECK_DIGIT();
  return null;
}

/** Completes nine digits with their check digit, or returns null when no check digit exists (remainder 10). */
export function withNipCheckDigit(nineDigits: string): string | null {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(nineDigits[i]), 0);
  const check = sum % 11;
  return check === 10 ? null : nineDigits + String(check);
}
