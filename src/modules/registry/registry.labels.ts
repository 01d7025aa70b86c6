import type { EnumLabels } from '../../core/labels/enum-labels.js';
import { sentenceCase } from '../../core/labels/enum-labels.js';
import { FACILITY_SUBTYPES, FACILITY_TYPES, type FacilitySubtype, type FacilityType } from './facility-types.js';
import type { ComplianceStatus } from './facility-compliance-filter.js';
import type { CapacityPeriodKind, FacilityStatus, Management, OrganisationKind, TargetPopulation, WelfareUnitKind } from './registry.entities.js';

/** A facility type's label: its legal name as the statute gives it (facility-types.ts). */
export const FACILITY_TYPE_LABELS = Object.fromEntries(Object.entries(FACILITY_TYPES).map(([type, info]) => [type, sentenceCase(info.legalName)])) as Record<
  FacilityType,
  string
>;

/** A facility subtype's label: its legal name (facility-types.ts). */
export const FACILITY_SUBTYPE_LABELS = Object.fromEntries(
  Object.entries(FACILITY_SUBTYPES).map(([subtype, info]) => [subtype, sentenceCase(info.legalName)]),
) as Record<FacilitySubtype, string>;

/** A facility's status. */
export const FACILITY_STATUS_LABELS = { ACTIVE: 'Działa', SUSPENDED: 'Zawieszona', CLOSED: 'Zamknięta' } satisfies Record<FacilityStatus, string>;

/** An organisation's legal form, as a register names it. */
export const ORGANISATION_KIND_NAMES: Record<OrganisationKind, string> = {
  WELFARE_CENTRE: 'Ośrodek pomocy społecznej',
  PUBLIC_UNIT: 'Jednostka samorządowa lub rządowa',
  FOUNDATION: 'Fundacja',
  ASSOCIATION: 'Stowarzyszenie',
  SOCIAL_COOPERATIVE: 'Spółdzielnia socjalna',
  CHURCH_BODY: 'Kościelna osoba prawna',
  BUSINESS: 'Przedsiębiorca',
  LABOUR_OFFICE: 'Urząd pracy',
};

/** Whom a facility's places are for. */
export const TARGET_POPULATION_LABELS = {
  ANY: 'Dla wszystkich',
  MEN: 'Dla mężczyzn',
  WOMEN: 'Dla kobiet',
  MOTHERS_WITH_CHILDREN: 'Dla matek z dziećmi',
  FAMILIES: 'Dla rodzin',
  YOUTH: 'Dla młodzieży',
} satisfies Record<TargetPopulation, string>;

/** Places besides the year-round ones. */
export const CAPACITY_PERIOD_KIND_LABELS = { SEASONAL: 'Sezonowe', OVERFLOW: 'Interwencyjne (na jedną noc)' } satisfies Record<CapacityPeriodKind, string>;

export const registryEnumLabels: EnumLabels = {
  TargetPopulation: TARGET_POPULATION_LABELS,
  CapacityPeriodKind: CAPACITY_PERIOD_KIND_LABELS,
  FacilityType: FACILITY_TYPE_LABELS,
  FacilitySubtype: FACILITY_SUBTYPE_LABELS,
  OrganisationKind: ORGANISATION_KIND_NAMES,
  FacilityStatus: FACILITY_STATUS_LABELS,
  Management: { OWN_UNIT: 'Prowadzona przez jednostkę gminy', COMMISSIONED: 'Zlecona podmiotowi (zlecenie zadania publicznego)' } satisfies Record<
    Management,
    string
  >,
  WelfareUnitKind: { CENTRE: 'Ośrodek (całość)', BRANCH: 'Filia', TEAM: 'Zespół' } satisfies Record<WelfareUnitKind, string>,
  ComplianceStatus: {
    COMPLIANT: 'Spełnia standard',
    PARTLY_COMPLIANT: 'Spełnia częściowo',
    NON_COMPLIANT: 'Nie spełnia',
    NOT_ASSESSED: 'Nie oceniono',
  } satisfies Record<ComplianceStatus, string>,
};
