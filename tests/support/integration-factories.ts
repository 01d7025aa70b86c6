import { peselFor } from '../../seeds/synthetic-pesel.js';
import type { Organisation } from '../../src/modules/registry/index.js';
import type { District, WelfareUnit } from '../../src/modules/registry/index.js';
import type { EntityManager } from '../../src/core/db/database.js';
import { makeFacility } from './registry-factories.js';
import { periodEnd } from '../../src/core/calendar.js';

/** Counts the persons of this test file: a serial makes each PESEL one no other call returns (each file has a database of its own). */
let serial = 0;

/** A made-up person with a valid PESEL, as an enrolment form gives it. */
export function personInput(overrides: Partial<{ pesel: string; firstName: string; lastName: string; birthDate: string; sex: 'FEMALE' | 'MALE' }> = {}) {
  serial++;
  const sex = overrides.sex ?? (serial % 2 ? 'MALE' : 'FEMALE');
  return {
    pesel: overrides.pesel ?? peselFor(overrides.birthDate ?? `19${70 + (serial % 29)}-0${1 + (serial % 9)}-1${serial % 9}`, sex, serial),
    firstName: overrides.firstName ?? (sex === 'MALE' ? 'Jan' : 'Anna'),
    lastName: overrides.lastName ?? `Testowy${String(serial).padStart(4, '0')}`,
  };
}

export function cisFacility(
  em: EntityManager,
  o: { operator: Organisation; unit: WelfareUnit; district: District; declaredCapacity?: number | null; name?: string; openedOn?: string },
) {
  return makeFacility(em, { type: 'SOCIAL_INTEGRATION_CENTRE', declaredCapacity: o.declaredCapacity === undefined ? 30 : o.declaredCapacity, ...o });
}

export function kisFacility(
  em: EntityManager,
  o: { operator: Organisation; unit: WelfareUnit; district: District; declaredCapacity?: number | null; name?: string },
) {
  return makeFacility(em, { type: 'SOCIAL_INTEGRATION_CLUB', declaredCapacity: o.declaredCapacity === undefined ? 30 : o.declaredCapacity, ...o });
}

/** An enrolment at a CIS from `startDate` for the longest statutory length: a month's trial, 12 months in all, unless overridden. */
export function cisEnrolment(facilityId: string, startDate: string, overrides: Record<string, unknown> = {}) {
  return {
    facilityId,
    person: personInput(),
    eligibilityCategory: 'MENTAL_ILLNESS',
    referralSource: 'WELFARE_CENTRE',
    programmeDocument: { kind: 'IPZS', number: `IPZS/${serial}`, signedOn: startDate },
    startDate,
    trialEndDate: periodEnd(startDate, 1),
    plannedEndDate: periodEnd(startDate, 12),
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
