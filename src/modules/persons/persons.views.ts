import type { Sex } from './persons.entities.js';

/** A person as reads return it: a plain row; the PESEL stays protected until a field reveals it. */
export interface PersonView {
  id: string;
  firstName: string;
  lastName: string;
  peselHash: string;
  peselCiphertext: string;
  birthDate: string;
  sex: Sex;
}

/** The properties of `Person` a view reads. */
export const PERSON_VIEW_PROPERTIES = [
  'id',
  'firstName',
  'lastName',
  'peselHash',
  'peselCiphertext',
  'birthDate',
  'sex',
] as const satisfies readonly (keyof PersonView)[];

export function personFromRow(row: Record<string, any>): PersonView {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    peselHash: row.peselHash,
    peselCiphertext: row.peselCiphertext,
    birthDate: row.birthDate,
    sex: row.sex,
  };
}

/** Columns of `person` (alias `pe`) to join into another module's read, prefixed so they cannot clash. */
export const PERSON_COLUMNS = `pe.id as person__id, pe.first_name as person__first_name, pe.last_name as person__last_name, pe.pesel_hash as person__pesel_hash,
  pe.pesel_ciphertext as person__pesel_ciphertext, pe.birth_date::text as person__birth_date, pe.sex as person__sex`;

/** The person of a row read with PERSON_COLUMNS. */
export function personFromJoinedRow(row: Record<string, any>): PersonView {
  return {
    id: row.person__id,
    firstName: row.person__first_name,
    lastName: row.person__last_name,
    peselHash: row.person__pesel_hash,
    peselCiphertext: row.person__pesel_ciphertext,
    birthDate: row.person__birth_date,
    sex: row.person__sex,
  };
}
