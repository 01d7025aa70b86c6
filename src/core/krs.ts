import { wording, type Wording } from './errors.js';

/** KRS, the National Court Register number: 10 digits, no checksum; leading zeros are significant. */
export function krsProblem(input: string): Wording | null {
  return /^\d{10}$/.test(input) ? null : wording('A KRS number has exactly 10 digits', 'Numer KRS ma dokładnie 10 cyfr (z zerami na początku)');
}
