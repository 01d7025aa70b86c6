import { CORE } from './messages/core.messages.js';
import type { Message } from './messages/reasons.js';

/** Polish postal codes are written `NN-NNN` (e.g. `31-005`). */
export function postalCodeProblem(input: string): Message | null {
  return /^\d{2}-\d{3}$/.test(input) ? null : CORE.POSTAL_CODE_FORM();
}

/** TERYT code of a gmina: 7 digits, the last one the gmina's kind. Optional on addresses. */
export function terytProblem(input: string): Message | null {
  return /^\d{7}$/.test(input) ? null : CORE.TERYT_FORM();
}
