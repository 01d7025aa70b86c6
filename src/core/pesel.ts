import { CORE } from './messages/core.messages.js';
import type { Message } from './messages/reasons.js';
/**
 * PESEL, the national identification number: `YYMMDDZZZXQ`. The month carries the century
 * (+80 → 1800s, +0 → 1900s, +20 → 2000s, +40 → 2100s, +60 → 2200s), digit 10 the sex (odd male,
 * even female), and Q = (10 − (Σ wᵢ·dᵢ mod 10)) mod 10 with weights 1,3,7,9,1,3,7,9,1,3.
 */
const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
const CENTURY_BY_MONTH_OFFSET: Record<number, number> = { 80: 1800, 0: 1900, 20: 2000, 40: 2100, 60: 2200 };

export type Sex = 'FEMALE' | 'MALE';

export interface PeselFacts {
  /** ISO date `YYYY-MM-DD`. */
  birthDate: string;
  sex: Sex;
}

export function peselCheckDigit(firstTen: string): number {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(firstTen[i]), 0);
  return (10 - (sum % 10)) % 10;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Returns null for a valid PESEL, otherwise why it is not. */
export function peselProblem(input: string): Message | null {
  if (!/^\d{11}$/.test(input)) return CORE.PESEL_LENGTH();
  if (peselCheckDigit(input) !== Number(input[10])) return CORE.PESEL_CHECK_DIGIT();
  if (decodeBirthDate(input) === null) return CORE.PESEL_NO_SUCH_DATE();
  return null;
}

function decodeBirthDate(pesel: string): string | null {
  const yy = Number(pesel.slice(0, 2));
  const encodedMonth = Number(pesel.slice(2, 4));
  const day = Number(pesel.slice(4, 6));
  const offset = Math.floor(encodedMonth / 20) * 20;
  const century = CENTURY_BY_MONTH_OFFSET[offset];
  const month = encodedMonth - offset;
  if (century === undefined || month < 1 || month > 12) return null;
  const year = century + yy;
  if (!isRealDate(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Birth date and sex of a valid PESEL; throws on an invalid one (validate first). */
export function peselFacts(pesel: string): PeselFacts {
  const problem = peselProblem(pesel);
  if (problem) throw new Error(problem.en);
  return { birthDate: decodeBirthDate(pesel)!, sex: Number(pesel[9]) % 2 === 1 ? 'MALE' : 'FEMALE' };
}

/** Shows only what a reader needs to tell two persons apart: `*******1234`. */
export function maskPesel(pesel: string): string {
  return '*'.repeat(7) + pesel.slice(7);
}
