import { enumOfKeys } from '../../core/enum-of-keys.js';

/**
 * The kinds of facility the registry knows, each with its Polish legal name and the statute that
 * defines it (DOMAIN.md, "Facility types").
 */
export const Statute = {
  SOCIAL_ASSISTANCE: 'ustawa z dnia 12 marca 2004 r. o pomocy społecznej',
  FAMILY_SUPPORT: 'ustawa z dnia 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej',
  SOCIAL_EMPLOYMENT: 'ustawa z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym',
  VOCATIONAL_REHABILITATION: 'ustawa z dnia 27 sierpnia 1997 r. o rehabilitacji zawodowej i społecznej oraz zatrudnianiu osób niepełnosprawnych',
} as const;

interface TypeInfo {
  legalName: string;
  statute: string;
  note?: string;
}

export const FACILITY_TYPES = {
  NURSING_HOME: { legalName: 'dom pomocy społecznej (DPS)', statute: Statute.SOCIAL_ASSISTANCE },
  FAMILY_CARE_HOME: { legalName: 'rodzinny dom pomocy', statute: Statute.SOCIAL_ASSISTANCE, note: '3 to 8 residents' },
  COMMUNITY_SELF_HELP_HOME: { legalName: 'środowiskowy dom samopomocy (ŚDS)', statute: Statute.SOCIAL_ASSISTANCE },
  DAY_CARE_HOME: { legalName: 'dzienny dom pomocy / ośrodek wsparcia dla osób starszych (incl. Senior+)', statute: Statute.SOCIAL_ASSISTANCE },
  SELF_HELP_CLUB: { legalName: 'klub samopomocy', statute: Statute.SOCIAL_ASSISTANCE },
  MOTHERS_AND_CHILDREN_HOME: { legalName: 'dom dla matek z małoletnimi dziećmi i kobiet w ciąży', statute: Statute.SOCIAL_ASSISTANCE },
  TRAINING_FLAT: { legalName: 'mieszkanie chronione treningowe', statute: Statute.SOCIAL_ASSISTANCE },
  SUPPORTED_FLAT: { legalName: 'mieszkanie chronione wspierane', statute: Statute.SOCIAL_ASSISTANCE },
  CRISIS_INTERVENTION_CENTRE: { legalName: 'ośrodek interwencji kryzysowej (OIK)', statute: Statute.SOCIAL_ASSISTANCE },
  DOMESTIC_VIOLENCE_CENTRE: { legalName: 'specjalistyczny ośrodek wsparcia dla osób doznających przemocy domowej', statute: Statute.SOCIAL_ASSISTANCE },
  SPECIALIST_COUNSELLING: { legalName: 'placówka specjalistycznego poradnictwa (prawnego, psychologicznego, rodzinnego)', statute: Statute.SOCIAL_ASSISTANCE },
  NIGHT_SHELTER: { legalName: 'noclegownia (art. 48a)', statute: Statute.SOCIAL_ASSISTANCE },
  HOMELESS_SHELTER: { legalName: 'schronisko dla osób bezdomnych (art. 48a)', statute: Statute.SOCIAL_ASSISTANCE },
  HOMELESS_SHELTER_WITH_CARE: { legalName: 'schronisko dla osób bezdomnych z usługami opiekuńczymi (art. 48a)', statute: Statute.SOCIAL_ASSISTANCE },
  WARMING_CENTRE: { legalName: 'ogrzewalnia (art. 48a)', statute: Statute.SOCIAL_ASSISTANCE },
  DAY_SUPPORT: { legalName: 'placówka wsparcia dziennego', statute: Statute.FAMILY_SUPPORT },
  CARE_EDUCATION_FACILITY: { legalName: 'placówka opiekuńczo-wychowawcza', statute: Statute.FAMILY_SUPPORT },
  REGIONAL_CARE_THERAPY_FACILITY: { legalName: 'regionalna placówka opiekuńczo-terapeutyczna', statute: Statute.FAMILY_SUPPORT },
  PRE_ADOPTION_INTERVENTION_CENTRE: { legalName: 'interwencyjny ośrodek preadopcyjny', statute: Statute.FAMILY_SUPPORT },
  SOCIAL_INTEGRATION_CLUB: { legalName: 'klub integracji społecznej (KIS)', statute: Statute.SOCIAL_EMPLOYMENT },
  SOCIAL_INTEGRATION_CENTRE: {
    legalName: 'centrum integracji społecznej (CIS)',
    statute: Statute.SOCIAL_EMPLOYMENT,
    note: 'places agreed with the starosta (labour office), which refunds the integration allowance',
  },
  OCCUPATIONAL_THERAPY_WORKSHOP: { legalName: 'warsztat terapii zajęciowej (WTZ)', statute: Statute.VOCATIONAL_REHABILITATION },
  VOCATIONAL_ACTIVITY_ENTERPRISE: { legalName: 'zakład aktywności zawodowej (ZAZ)', statute: Statute.VOCATIONAL_REHABILITATION },
} as const satisfies Record<string, TypeInfo>;

export type FacilityType = keyof typeof FACILITY_TYPES;
export const FacilityType = enumOfKeys(FACILITY_TYPES);

/** Subtypes, forms and profiles that the statutes distinguish within one facility type. */
export const FACILITY_SUBTYPES = {
  SOCIALISATION: { type: 'CARE_EDUCATION_FACILITY', legalName: 'placówka socjalizacyjna' },
  INTERVENTION: { type: 'CARE_EDUCATION_FACILITY', legalName: 'placówka interwencyjna' },
  SPECIALIST_THERAPEUTIC: { type: 'CARE_EDUCATION_FACILITY', legalName: 'placówka specjalistyczno-terapeutyczna' },
  FAMILY_TYPE: { type: 'CARE_EDUCATION_FACILITY', legalName: 'placówka rodzinna' },
  DAY_SUPPORT_CARE: { type: 'DAY_SUPPORT', legalName: 'forma opiekuńcza (koło zainteresowań, świetlica, klub, ognisko wychowawcze)' },
  DAY_SUPPORT_SPECIALIST: { type: 'DAY_SUPPORT', legalName: 'forma specjalistyczna' },
  DAY_SUPPORT_STREET_WORK: { type: 'DAY_SUPPORT', legalName: 'praca podwórkowa' },
  DPS_ELDERLY: { type: 'NURSING_HOME', legalName: 'DPS dla osób w podeszłym wieku' },
  DPS_CHRONICALLY_SOMATICALLY_ILL: { type: 'NURSING_HOME', legalName: 'DPS dla osób przewlekle somatycznie chorych' },
  DPS_CHRONICALLY_MENTALLY_ILL: { type: 'NURSING_HOME', legalName: 'DPS dla osób przewlekle psychicznie chorych' },
  DPS_INTELLECTUALLY_DISABLED_ADULTS: { type: 'NURSING_HOME', legalName: 'DPS dla dorosłych niepełnosprawnych intelektualnie' },
  DPS_INTELLECTUALLY_DISABLED_CHILDREN: { type: 'NURSING_HOME', legalName: 'DPS dla dzieci i młodzieży niepełnosprawnych intelektualnie' },
  DPS_PHYSICALLY_DISABLED: { type: 'NURSING_HOME', legalName: 'DPS dla osób niepełnosprawnych fizycznie' },
  DPS_ALCOHOL_ADDICTED: { type: 'NURSING_HOME', legalName: 'DPS dla osób uzależnionych od alkoholu' },
} as const satisfies Record<string, { type: FacilityType; legalName: string }>;

export type FacilitySubtype = keyof typeof FACILITY_SUBTYPES;
export const FacilitySubtype = enumOfKeys(FACILITY_SUBTYPES);

/** Types whose legal capacity depends on the subtype, so the subtype must be given. */
export const TYPES_REQUIRING_SUBTYPE: readonly FacilityType[] = ['CARE_EDUCATION_FACILITY'];

export function subtypesOf(type: FacilityType): FacilitySubtype[] {
  return (Object.keys(FACILITY_SUBTYPES) as FacilitySubtype[]).filter((s) => FACILITY_SUBTYPES[s].type === type);
}

export function describeFacilityType(type: FacilityType): string {
  const info: TypeInfo = FACILITY_TYPES[type];
  return `${info.legalName}${info.note ? `; ${info.note}` : ''} — ${info.statute}.`;
}
