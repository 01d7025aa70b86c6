import { CORE } from './messages/core.messages.js';
import type { Message } from './messages/reasons.js';

/**
 * REGON, the national business register number: 9 digits (weights 8,9,2,3,4,5,6,7) or 14 digits
 * (weights 2,4,8,5,0,9,7,3,6,1,2,4,8, for local units); check = sum mod 11, where 10 counts as 0.
 */
const WEIGHTS_9 = [8, 9, 2, 3, 4, 5, 6, 7];
const WEIGHTS_14 = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];

export function normaliseRegon(input: string): string {
  return input.replace(/[\s-]/g, '');
}

function checkDigit(body: string, weights: number[]): number {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return (sum % 11) % 10;
}

/** Returns null for a valid REGON, otherwise why it is not. */
export function regonProblem(input: string): Message | null {
  const digits = normaliseRegon(input);
  if (!/^(\d{9}|\d{14})$/.test(digits)) return CORE.REGON_LENGTH();
  const weights = digits.length === 9 ? WEIGHTS_9 : WEIGHTS_14;
  if (checkDigit(digits, weights) !== Number(digits[digits.length - 1])) return CORE.REGON_CHECK_DIGIT();
  return null;
}

/** Completes the body of a REGON (8 or 13 digits) with its check digit. */
export function withRegonCheckDigit(body: string): string {
  return body + String(checkDigit(body, body.length === 8 ? WEIGHTS_9 : WEIGHTS_14));
}
