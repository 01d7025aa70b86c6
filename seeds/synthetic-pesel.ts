import { peselCheckDigit } from '../src/core/pesel.js';
import type { Random } from './random.js';

/**
 * A valid PESEL for a made-up person born on `birthDate`: the century in the month, random serial
 * digits, the sex digit's parity and the check digit. Demo and benchmark data only.
 */
export function syntheticPesel(r: Random, birthDate: string, sex: 'FEMALE' | 'MALE'): string {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const offset = year >= 2000 ? 20 : 0;
  const sexDigit = r.int(0, 4) * 2 + (sex === 'MALE' ? 1 : 0);
  const firstTen = `${String(year % 100).padStart(2, '0')}${String(month + offset).padStart(2, '0')}${String(day).padStart(2, '0')}${r.digits(3)}${sexDigit}`;
  return `${firstTen}${peselCheckDigit(firstTen)}`;
}

/**
 * A synthetic PESEL not in `used` (and then added to it). Demo data must never make two persons
 * one: the person table keys them by PESEL, and a repeated number would stop the seed.
 */
export function freshSyntheticPesel(r: Random, birthDate: string, sex: 'FEMALE' | 'MALE', used: Set<string>): string {
  for (;;) {
    const pesel = syntheticPesel(r, birthDate, sex);
    if (!used.has(pesel)) {
      used.add(pesel);
      return pesel;
    }
  }
}
