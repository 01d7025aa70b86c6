import { wording, type Wording } from './errors.js';

/** Polish postal codes are written `NN-NNN` (e.g. `31-005`). */
export function postalCodeProblem(input: string): Wording | null {
  return /^\d{2}-\d{3}$/.test(input) ? null : wording('A postal code has the form NN-NNN, e.g. 31-005', 'Kod pocztowy ma postać NN-NNN, np. 31-005');
}

/** TERYT code of a gmina: 7 digits, the last one the gmina's kind. Optional on addresses. */
export function terytProblem(input: string): Wording | null {
  return /^\d{7}$/.test(input) ? null : wording('A TERYT gmina code has 7 digits (including the kind digit)', 'Kod TERYT gminy ma 7 cyfr (z cyfrą rodzaju gminy)');
}
