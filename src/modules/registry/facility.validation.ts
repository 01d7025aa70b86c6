import type { InputProblems } from '../../core/errors.js';
import { postalCodeProblem, terytProblem } from '../../core/postal-code.js';
import { FACILITY_SUBTYPES, TYPES_REQUIRING_SUBTYPE, type FacilitySubtype, type FacilityType } from './facility-types.js';
import type { FacilityStatus, Management, OrganisationKind } from './registry.entities.js';
import { capacityLimitFor } from './registry.rules.js';

/** A facility as it would be after a create or an update: what the rules are checked against. */
export interface FacilityDraft {
  name: string;
  type: FacilityType;
  subtype: FacilitySubtype | null;
  operatorKind: OrganisationKind | null;
  address: { street: string; postalCode: string; city: string; teryt?: string | null };
  contact: { email?: string | null; phone?: string | null; website?: string | null } | null;
  management: Management;
  agreement: { number: string; validFrom: string; validTo?: string | null } | null;
  declaredCapacity: number | null;
  status: FacilityStatus;
  openedOn: string | null;
  closedOn: string | null;
  registerEntry: { register: string; number: string; entryDate?: string | null } | null;
}

/** Operators that may run a facility as the city's own unit. */
export const PUBLIC_OPERATORS: readonly OrganisationKind[] = ['WELFARE_CENTRE', 'PUBLIC_UNIT'];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Every rule of the registry for one facility (DOMAIN.md and the issue): subtype consistent with the
 * type, declared capacity within the legal limit in force, a commissioned service has its agreement,
 * dates in order. Reports each problem with its path in the input.
 */
export function checkFacilityDraft(draft: FacilityDraft, problems: InputProblems, today: string): void {
  if (draft.name.trim() === '') problems.add('name', 'The name must not be empty');
  if (draft.name.length > 300) problems.add('name', 'The name is longer than 300 characters');

  if (draft.subtype !== null && FACILITY_SUBTYPES[draft.subtype].type !== draft.type) {
    problems.add('subtype', `${draft.subtype} is a subtype of ${FACILITY_SUBTYPES[draft.subtype].type}, not of ${draft.type}`);
  }
  if (draft.subtype === null && TYPES_REQUIRING_SUBTYPE.includes(draft.type)) {
    problems.add('subtype', `A ${draft.type} needs its subtype: the legal capacity limit depends on it`);
  }

  problems.check('address.postalCode', postalCodeProblem(draft.address.postalCode));
  if (draft.address.street.trim() === '') problems.add('address.street', 'The street must not be empty');
  if (draft.address.city.trim() === '') problems.add('address.city', 'The city must not be empty');
  if (draft.address.teryt) problems.check('address.teryt', terytProblem(draft.address.teryt));
  if (draft.contact?.email && !EMAIL.test(draft.contact.email)) problems.add('contact.email', 'This is not an e-mail address');

  if (draft.management === 'COMMISSIONED') {
    if (!draft.agreement) {
      problems.add('agreement', 'A commissioned service needs its commission agreement (number and dates)');
    } else {
      if (draft.agreement.number.trim() === '') problems.add('agreement.number', 'The agreement number must not be empty');
      if (draft.agreement.validTo && draft.agreement.validTo < draft.agreement.validFrom) {
        problems.add('agreement.validTo', 'The agreement ends before it starts');
      }
    }
  } else {
    if (draft.agreement) problems.add('agreement', "A facility run by the city's own unit has no commission agreement");
    if (draft.operatorKind !== null && !PUBLIC_OPERATORS.includes(draft.operatorKind)) {
      problems.add('management', `An own unit is run by the welfare centre or a public unit, not by a ${draft.operatorKind}`);
    }
  }

  if (draft.declaredCapacity !== null) {
    if (!Number.isInteger(draft.declaredCapacity) || draft.declaredCapacity < 0) {
      problems.add('declaredCapacity', 'The declared capacity must be zero or more');
    } else {
      const limit = capacityLimitFor(draft.type, draft.subtype, draft.openedOn && draft.openedOn > today ? draft.openedOn : today);
      if (limit && draft.declaredCapacity > limit.maxPlaces) {
        problems.add('declaredCapacity', `The law allows at most ${limit.maxPlaces} places here (${limit.source})`);
      }
      if (limit?.minPlaces !== undefined && draft.declaredCapacity < limit.minPlaces) {
        problems.add('declaredCapacity', `The law requires at least ${limit.minPlaces} places here (${limit.source})`);
      }
    }
  }

  if (draft.status === 'CLOSED' && !draft.closedOn) problems.add('closedOn', 'A closed facility needs its closing date');
  if (draft.status !== 'CLOSED' && draft.closedOn && draft.closedOn <= today) {
    problems.add('status', 'A facility with a past closing date must have the status CLOSED');
  }
  if (draft.openedOn && draft.closedOn && draft.closedOn < draft.openedOn) problems.add('closedOn', 'The facility closes before it opens');

  if (draft.registerEntry) {
    if (draft.registerEntry.register.trim() === '') problems.add('registerEntry.register', 'Name the register');
    if (draft.registerEntry.number.trim() === '') problems.add('registerEntry.number', 'The entry number must not be empty');
    if (draft.registerEntry.entryDate && draft.registerEntry.entryDate > today) {
      problems.add('registerEntry.entryDate', 'The entry date is in the future');
    }
  }
}
