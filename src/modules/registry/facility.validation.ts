import { InputProblems } from '../../core/errors.js';
import { postalCodeProblem, terytProblem } from '../../core/postal-code.js';
import { FACILITY_SUBTYPES, TYPES_REQUIRING_SUBTYPE, type FacilitySubtype, type FacilityType } from './facility-types.js';
import type { FacilityStatus, Management, OrganisationKind, TargetPopulation } from './registry.entities.js';
import { capacityLimitFor } from './registry.rules.js';
import type { FacilityPlainValues } from './facility-columns.js';
import { REGISTRY } from './registry.messages.js';
import { labelled } from '../../core/messages/reasons.js';
import { CORE } from '../../core/messages/core.messages.js';
import { FACILITY_TYPE_LABELS, ORGANISATION_KIND_NAMES, FACILITY_SUBTYPE_LABELS } from './registry.labels.js';

/** A facility as it would be after a create or an update: what the rules are checked against. */
/** A facility as the rules judge it: its plain columns (facility-columns.ts) and the rest, as given. */
export interface FacilityDraft extends FacilityPlainValues {
  name: string;
  type: FacilityType;
  operatorKind: OrganisationKind | null;
  address: { street: string; postalCode: string; city: string; teryt?: string | null };
  contact: { email?: string | null; phone?: string | null; website?: string | null } | null;
  management: Management;
  agreement: { number: string; validFrom: string; validTo?: string | null } | null;
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
  if (draft.name.trim() === '') problems.add('name', REGISTRY.NAME_EMPTY());
  if (draft.name.length > 300) problems.add('name', REGISTRY.NAME_TOO_LONG_300());

  if (draft.subtype !== null && FACILITY_SUBTYPES[draft.subtype].type !== draft.type) {
    problems.add(
      'subtype',
      REGISTRY.SUBTYPE_OF_OTHER_TYPE({
        subtype: labelled(draft.subtype, FACILITY_SUBTYPE_LABELS),
        subtypeOf: labelled(FACILITY_SUBTYPES[draft.subtype].type, FACILITY_TYPE_LABELS),
        type: labelled(draft.type, FACILITY_TYPE_LABELS),
      }),
    );
  }
  if (draft.subtype === null && TYPES_REQUIRING_SUBTYPE.includes(draft.type)) {
    problems.add('subtype', REGISTRY.SUBTYPE_REQUIRED({ type: labelled(draft.type, FACILITY_TYPE_LABELS) }));
  }

  problems.check('address.postalCode', postalCodeProblem(draft.address.postalCode));
  if (draft.address.street.trim() === '') problems.add('address.street', REGISTRY.STREET_EMPTY());
  if (draft.address.city.trim() === '') problems.add('address.city', REGISTRY.CITY_EMPTY());
  if (draft.address.teryt) problems.check('address.teryt', terytProblem(draft.address.teryt));
  if (draft.contact?.email && !EMAIL.test(draft.contact.email)) problems.add('contact.email', CORE.EMAIL_FORM());

  if (draft.management === 'COMMISSIONED') {
    if (!draft.agreement) {
      problems.add('agreement', REGISTRY.AGREEMENT_REQUIRED());
    } else {
      if (draft.agreement.number.trim() === '') problems.add('agreement.number', REGISTRY.AGREEMENT_NUMBER_EMPTY());
      if (draft.agreement.validTo && draft.agreement.validTo < draft.agreement.validFrom) {
        problems.add('agreement.validTo', REGISTRY.AGREEMENT_ENDS_BEFORE_START());
      }
    }
  } else {
    if (draft.agreement) problems.add('agreement', REGISTRY.OWN_UNIT_NO_AGREEMENT());
    if (draft.operatorKind !== null && !PUBLIC_OPERATORS.includes(draft.operatorKind)) {
      problems.add('management', REGISTRY.OWN_UNIT_OPERATOR({ operatorKind: labelled(draft.operatorKind, ORGANISATION_KIND_NAMES) }));
    }
  }

  if (draft.declaredCapacity !== null) {
    if (!Number.isInteger(draft.declaredCapacity) || draft.declaredCapacity < 0) {
      problems.add('declaredCapacity', REGISTRY.CAPACITY_NEGATIVE());
    } else {
      const limit = capacityLimitFor(draft.type, draft.subtype, draft.openedOn && draft.openedOn > today ? draft.openedOn : today);
      if (limit && draft.declaredCapacity > limit.maxPlaces) {
        problems.add('declaredCapacity', REGISTRY.CAPACITY_OVER_LEGAL_LIMIT({ max: limit.maxPlaces, source: limit.source }));
      }
      if (limit?.minPlaces !== undefined && draft.declaredCapacity < limit.minPlaces) {
        problems.add('declaredCapacity', REGISTRY.CAPACITY_UNDER_LEGAL_MINIMUM({ min: limit.minPlaces, source: limit.source }));
      }
    }
  }

  if (draft.status === 'CLOSED' && !draft.closedOn) problems.add('closedOn', REGISTRY.CLOSED_WITHOUT_DATE());
  if (draft.status !== 'CLOSED' && draft.closedOn && draft.closedOn <= today) {
    problems.add('status', REGISTRY.PAST_CLOSING_NOT_CLOSED());
  }
  if (draft.openedOn && draft.closedOn && draft.closedOn < draft.openedOn) problems.add('closedOn', REGISTRY.CLOSES_BEFORE_OPENING());

  if (draft.registerEntry) {
    if (draft.registerEntry.register.trim() === '') problems.add('registerEntry.register', REGISTRY.REGISTER_NAME_EMPTY());
    if (draft.registerEntry.number.trim() === '') problems.add('registerEntry.number', REGISTRY.REGISTER_NUMBER_EMPTY());
    if (draft.registerEntry.entryDate && draft.registerEntry.entryDate > today) {
      problems.add('registerEntry.entryDate', REGISTRY.REGISTER_ENTRY_IN_FUTURE());
    }
  }
}
