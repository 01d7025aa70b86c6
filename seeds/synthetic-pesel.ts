import { peselCheckDigit } from '../src/core/pesel.js';
import type { Random } from './random.js';

/**
 * The valid PESEL of a made-up person born on `birthDate` with number `serial` (0 to 4,999) among
 * those born that day with that sex: the century in the month, three serial digits, a sex digit of
 * the right parity, and the check digit. Different serials give different PESELs.
 */
export function peselFor(birthDate: string, sex: 'FEMALE' | 'MALE', serial: number): string {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const offset = year >= 2000 ? 20 : 0;
  const sexDigit = (Math.floor(serial / 1000) % 5) * 2 + (sex === 'MALE' ? 1 : 0);
  const firstTen = `${String(year % 100).padStart(2, '0')}${String(month + offset).padStart(2, '0')}${String(day).padStart(2, '0')}${String(serial % 1000).padStart(3, '0')}${sexDigit}`;
  return `${firstTen}${peselCheckDigit(firstTen)}`;
}

/** A PESEL with a random serial, for demo and benchmark data. */
export function syntheticPesel(r: Random, birthDate: string, sex: 'FEMALE' | 'MALE'): string {
  const variant = r.int(0, 4);
  return peselFor(birthDate, sex, variant * 1000 + Number(r.digits(3)));
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
