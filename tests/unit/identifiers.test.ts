import { describe, expect, it } from 'vitest';
import { nipProblem, normaliseNip, withNipCheckDigit } from '../../src/core/nip.js';
import { regonProblem, withRegonCheckDigit } from '../../src/core/regon.js';
import { krsProblem } from '../../src/core/krs.js';
import { postalCodeProblem, terytProblem } from '../../src/core/postal-code.js';
import { maskPesel, peselCheckDigit, peselFacts, peselProblem } from '../../src/core/pesel.js';

describe('NIP', () => {
  it.each([
    ['5261040828', null],
    ['526-104-08-28', null],
    ['526 104 08 28', null],
    ['5261040829', 'The NIP check digit does not match'],
    ['526104082', 'A NIP has 10 digits (dashes and spaces allowed)'],
    ['52610408A8', 'A NIP has 10 digits (dashes and spaces allowed)'],
  ])('%s → %s', (nip, problem) => {
    expect(nipProblem(nip)?.en ?? null).toBe(problem);
  });

  it('rejects a number whose checksum remainder is 10, which has no check digit', () => {
    // 1,0,0,2,2,1,7,3,2 weighted 6,5,7,2,3,4,5,6,7 sums to 87; 87 mod 11 = 10.
    expect(withNipCheckDigit('100221732')).toBeNull();
    for (let d = 0; d <= 9; d++) expect(nipProblem(`100221732${d}`)).not.toBeNull();
  });

  it('stores digits only', () => {
    expect(normaliseNip('526-104-08-28')).toBe('5261040828');
  });
});

describe('REGON', () => {
  it.each([
    ['123456785', null],
    ['123456786', 'The REGON check digit does not match'],
    ['12345678512347', null],
    ['12345678512348', 'The REGON check digit does not match'],
    ['1234567', 'A REGON has 9 or 14 digits'],
  ])('%s → %s', (regon, problem) => {
    expect(regonProblem(regon)?.en ?? null).toBe(problem);
  });

  it('counts a remainder of 10 as check digit 0', () => {
    // 0,1,0,0,0,0,2,0 weighted 8,9,2,3,4,5,6,7 sums to 9 + 12 = 21; 21 mod 11 = 10 → 0.
    expect(withRegonCheckDigit('01000020')).toBe('010000200');
    expect(regonProblem('010000200')).toBeNull();
    expect(withRegonCheckDigit('00000030')).toBe('000000307');
  });
});

describe('KRS, postal code, TERYT', () => {
  it('accepts ten digits for KRS and nothing else', () => {
    expect(krsProblem('0000123456')).toBeNull();
    expect(krsProblem('123456')).not.toBeNull();
  });
  it.each(['31-005', '30-529'])('accepts postal code %s', (code) => expect(postalCodeProblem(code)).toBeNull());
  it.each(['31005', '3-1005', '31-00', 'ab-cde'])('rejects postal code %s', (code) => expect(postalCodeProblem(code)).not.toBeNull());
  it('accepts a 7-digit TERYT gmina code only', () => {
    expect(terytProblem('1261011')).toBeNull();
    expect(terytProblem('126101')).not.toBeNull();
  });
});

describe('PESEL', () => {
  it.each([
    ['44051401359', { birthDate: '1944-05-14', sex: 'MALE' }],
    ['02270803624', { birthDate: '2002-07-08', sex: 'FEMALE' }],
  ])('%s decodes its birth date and sex', (pesel, facts) => {
    expect(peselProblem(pesel)).toBeNull();
    expect(peselFacts(pesel)).toEqual(facts);
  });

  it.each([
    ['1800s', '81', '1801-01-01'],
    ['2100s', '41', '2101-01-01'],
    ['2200s', '61', '2201-01-01'],
  ])('reads the %s century from month %s', (_label, month, birthDate) => {
    const body = `01${month}01${'0001'}`;
    const pesel = `${body}${peselCheckDigit(body)}`;
    expect(peselFacts(pesel).birthDate).toBe(birthDate);
  });

  it('rejects a wrong check digit, a wrong length and letters', () => {
    expect(peselProblem('44051401358')?.en).toBe('The PESEL check digit does not match');
    expect(peselProblem('4405140135')?.en).toBe('A PESEL has exactly 11 digits');
    expect(peselProblem('4405140135a')?.en).toBe('A PESEL has exactly 11 digits');
  });

  it('accepts 29 February only in a leap year', () => {
    const leap = '0022290000'; // 2000-02-29
    const notLeap = '0122290000'; // 2001-02-29
    expect(peselProblem(`${leap}${peselCheckDigit(leap)}`)).toBeNull();
    expect(peselProblem(`${notLeap}${peselCheckDigit(notLeap)}`)?.en).toBe('The PESEL encodes a birth date that does not exist');
  });

  it('rejects a month that encodes no century', () => {
    const body = '0013010000';
    expect(peselProblem(`${body}${peselCheckDigit(body)}`)?.en).toBe('The PESEL encodes a birth date that does not exist');
  });

  it('masks all but the last four digits', () => {
    expect(maskPesel('44051401359')).toBe('*******1359');
  });
});
