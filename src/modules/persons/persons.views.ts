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

export function personFromRow(row: Record<string, any>): PersonView {
  return {
    id: row.id, firstName: row.firstName, lastName: row.lastName, peselHash: row.peselHash,
    peselCiphertext: row.peselCiphertext, birthDate: row.birthDate, sex: row.sex,
  };
}
