import { peselCheckDigit } from '../../src/core/pesel.js';
import type { Organisation } from '../../src/modules/registry/index.js';
import type { District, WelfareUnit } from '../../src/modules/registry/index.js';
import type { EntityManager } from '../../src/core/db/database.js';
import { makeFacility } from './registry-factories.js';

let serial = 0;

/**
 * A valid PESEL that no other call in this test file returns: the serial digits and the sex digit
 * come from a counter, so two made-up persons never turn into one record (each test file has a
 * database of its own).
 */
function uniquePesel(birthDate: string, sex: 'FEMALE' | 'MALE', n: number): string {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const encodedMonth = month + (year >= 2000 ? 20 : 0);
  const sexDigit = (Math.floor(n / 1000) % 5) * 2 + (sex === 'MALE' ? 1 : 0);
  const firstTen = `${String(year % 100).padStart(2, '0')}${String(encodedMonth).padStart(2, '0')}${String(day).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}${sexDigit}`;
  return `${firstTen}${peselCheckDigit(firstTen)}`;
}

/** A made-up person with a valid PESEL, as an enrolment form gives it. */
export function personInput(overrides: Partial<{ pesel: string; firstName: string; lastName: string; birthDate: string; sex: 'FEMALE' | 'MALE' }> = {}) {
  serial++;
  const sex = overrides.sex ?? (serial % 2 ? 'MALE' : 'FEMALE');
  return {
    pesel: overrides.pesel ?? uniquePesel(overrides.birthDate ?? `19${70 + (serial % 29)}-0${1 + (serial % 9)}-1${serial % 9}`, sex, serial),
    firstName: overrides.firstName ?? (sex === 'MALE' ? 'Jan' : 'Anna'),
    lastName: overrides.lastName ?? `Testowy${String(serial).padStart(4, '0')}`,
  };
}

export function cisFacility(em: EntityManager, o: { operator: Organisation; unit: WelfareUnit; district: District; declaredCapacity?: number | null; name?: string }) {
  return makeFacility(em, { type: 'SOCIAL_INTEGRATION_CENTRE', declaredCapacity: o.declaredCapacity === undefined ? 30 : o.declaredCapacity, ...o });
}

export function kisFacility(em: EntityManager, o: { operator: Organisation; unit: WelfareUnit; district: District; declaredCapacity?: number | null; name?: string }) {
  return makeFacility(em, { type: 'SOCIAL_INTEGRATION_CLUB', declaredCapacity: o.declaredCapacity === undefined ? 30 : o.declaredCapacity, ...o });
}

/** An enrolment at a CIS from `startDate`, 11 months long with a month's trial, unless overridden. */
export function cisEnrolment(facilityId: string, startDate: string, overrides: Record<string, unknown> = {}) {
  const [y, m, d] = startDate.split('-').map(Number) as [number, number, number];
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  return {
    facilityId,
    person: personInput(),
    eligibilityCategory: 'MENTAL_ILLNESS',
    referralSource: 'WELFARE_CENTRE',
    programmeDocument: { kind: 'IPZS', number: `IPZS/${serial}`, signedOn: startDate },
    startDate,
    trialEndDate: iso(new Date(Date.UTC(y, m, d - 1))),
    plannedEndDate: iso(new Date(Date.UTC(y, m + 10, d - 1))),
    ...overrides,
  };
}

export function kisEnrolment(facilityId: string, startDate: string, plannedEndDate: string, overrides: Record<string, unknown> = {}) {
  return {
    facilityId,
    person: personInput(),
    eligibilityCategory: 'HOMELESS',
    referralSource: 'OWN_APPLICATION',
    programmeDocument: { kind: 'SOCIAL_CONTRACT', signedOn: startDate },
    startDate,
    plannedEndDate,
    ...overrides,
  };
}
