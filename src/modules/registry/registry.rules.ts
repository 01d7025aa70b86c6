import type { FacilitySubtype, FacilityType } from './facility-types.js';
import { ruleInForce, type DatedRule } from '../../core/dated-rules.js';

/**
 * Legal capacity limits of facilities, as a dated table (DOMAIN.md, "Capacity limits"): a change of
 * the law is a new row with its valid-from date, not a code change. Limits for foster families and
 * their exceptions live in the foster-care module; these are the registry's, for facilities.
 */
export interface CapacityLimitRule {
  type: FacilityType;
  /** When set, the rule applies to this subtype only. */
  subtype?: FacilitySubtype;
  /** Most places (residents, children) the law allows. */
  maxPlaces: number;
  /** Fewest residents, where the law sets a floor (rodzinny dom pomocy). */
  minPlaces?: number;
  validFrom: string;
  /** Inclusive last day; null while in force. */
  validTo: string | null;
  source: string;
}

const FAMILY_SUPPORT_ACT = 'ustawa z dnia 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej';

export const CAPACITY_LIMITS: readonly CapacityLimitRule[] = [
  {
    type: 'CARE_EDUCATION_FACILITY',
    subtype: 'SOCIALISATION',
    maxPlaces: 14,
    validFrom: '2012-01-01',
    validTo: null,
    source: `${FAMILY_SUPPORT_ACT} (t.j. Dz.U. 2024 poz. 177), art. 95 ust. 3: incl. those who came of age there; more only for a child placed back from the institutions of art. 95 ust. 3a; until 1 January 2021 the care-and-education facilities of art. 229 ust. 1\u20133 (those running under the law before it), after the period of art. 229 ust. 8, could hold up to 30 (art. 230 ust. 1, transitional, not modelled)`,
  },
  {
    type: 'CARE_EDUCATION_FACILITY',
    subtype: 'INTERVENTION',
    maxPlaces: 14,
    validFrom: '2012-01-01',
    validTo: null,
    source: `${FAMILY_SUPPORT_ACT} (t.j. Dz.U. 2024 poz. 177), art. 95 ust. 3; not for a child brought by the Police or the Border Guard, at its own request or in an emergency (art. 103 ust. 2 pkt 2\u20133 and ust. 3); until 1 January 2021 the care-and-education facilities of art. 229 ust. 1\u20133 (those running under the law before it), after the period of art. 229 ust. 8, could hold up to 30 (art. 230 ust. 1, transitional, not modelled)`,
  },
  {
    type: 'CARE_EDUCATION_FACILITY',
    subtype: 'SPECIALIST_THERAPEUTIC',
    maxPlaces: 14,
    validFrom: '2012-01-01',
    validTo: null,
    source: `${FAMILY_SUPPORT_ACT} (t.j. Dz.U. 2024 poz. 177), art. 95 ust. 3; until 1 January 2021 the care-and-education facilities of art. 229 ust. 1\u20133 (those running under the law before it), after the period of art. 229 ust. 8, could hold up to 30 (art. 230 ust. 1, transitional, not modelled)`,
  },
  {
    type: 'CARE_EDUCATION_FACILITY',
    subtype: 'FAMILY_TYPE',
    maxPlaces: 8,
    validFrom: '2012-01-01',
    validTo: null,
    source: `${FAMILY_SUPPORT_ACT}, art. 101; siblings up to 10 with the voivode\u2019s consent (and, by Gazeta Prawna 872721, the director\u2019s)`,
  },
  {
    type: 'REGIONAL_CARE_THERAPY_FACILITY',
    maxPlaces: 30,
    validFrom: '2012-01-01',
    validTo: null,
    source: `${FAMILY_SUPPORT_ACT}, art. 106 ust. 1 (check: the foster-care table said art. 97); 30 confirmed by GUS, stat.gov.pl glossary term 3067`,
  },
  {
    type: 'PRE_ADOPTION_INTERVENTION_CENTRE',
    maxPlaces: 20,
    validFrom: '2012-01-01',
    validTo: null,
    source: `${FAMILY_SUPPORT_ACT} (check the article: PCPR Pruszk\u00f3w cites art. 109 for who is placed in a regional care-and-therapy facility)`,
  },
  {
    type: 'NURSING_HOME',
    maxPlaces: 100,
    validFrom: '2004-05-01',
    validTo: null,
    source: 'ustawa o pomocy społecznej, art. 57 ust. 1 (check: the 100-place cap for a DPS)',
  },
  {
    type: 'FAMILY_CARE_HOME',
    maxPlaces: 8,
    minPlaces: 3,
    validFrom: '2004-05-01',
    validTo: null,
    source: 'ustawa o pomocy społecznej, art. 52 ust. 2: rodzinny dom pomocy for 3 to 8 persons',
  },
];

/** The legal limit in force for a facility of this type and subtype on a date, or null where the law sets none. */
export function capacityLimitFor(type: FacilityType, subtype: FacilitySubtype | null, onDate: string): CapacityLimitRule | null {
  return ruleInForce(CAPACITY_LIMITS, onDate, (rule) => rule.type === type && (rule.subtype === undefined || rule.subtype === subtype));
}

/**
 * Facilities whose street address is not published: a shelter for people experiencing domestic
 * violence, or a home for mothers with children, is safe only while the perpetrator cannot find it
 * (the practice of specialist support centres under the act on counteracting domestic violence).
 * The city, postal code and contact stay public, so that help can be asked for.
 */
export const CONFIDENTIAL_ADDRESS_TYPES: readonly FacilityType[] = ['DOMESTIC_VIOLENCE_CENTRE', 'MOTHERS_AND_CHILDREN_HOME'];

/**
 * The text a facility search (`filter.search`) matches: only what every caller may read, so that a
 * search cannot confirm a withheld value by what it finds. Name, city and postal code are public;
 * the street only where it is published. Occupancy has its own filter and its own right.
 */
export function facilitySearchText(facility: { name: string; type: FacilityType; address: { street: string; postalCode: string; city: string } }): string {
  const street = CONFIDENTIAL_ADDRESS_TYPES.includes(facility.type) ? '' : facility.address.street;
  return `${facility.name} ${facility.address.city} ${facility.address.postalCode} ${street}`;
}

/**
 * The status of a social integration centre (status Centrum): granted by the voivode by decision for
 * a term, and entered in the voivode's register with the date it was granted or extended (ustawa o
 * zatrudnieniu socjalnym art. 5 ust. 1, 2 and 5a; standardyprawa.pl/akt/380/art/47178). An extension
 * runs from the day after the term it extends *(check: the act says "przedłużenie", the date of the
 * new term is our reading)*.
 */
export interface CisStatusRule extends DatedRule {
  termMonths: number;
  source: string;
}

export const CIS_STATUS_RULES: readonly CisStatusRule[] = [
  {
    validFrom: '2003-01-01',
    validTo: null,
    termMonths: 60,
    source: 'ustawa o zatrudnieniu socjalnym art. 5 ust. 2: "Status Centrum nadaje się na okres 5 lat"',
  },
];

/** The rule of a status decided on a day, or null where the table has none. */
export function cisStatusRuleOn(date: string): CisStatusRule | null {
  return ruleInForce(CIS_STATUS_RULES, date);
}
