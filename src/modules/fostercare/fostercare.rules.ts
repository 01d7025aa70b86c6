import { periodEnd } from '../../core/calendar.js';
import { ruleInForce } from '../../core/dated-rules.js';

/**
 * Dated legal numbers of foster care (ustawa z dnia 9 czerwca 2011 r. o wspieraniu rodziny i systemie
 * pieczy zastępczej; DOMAIN.md "Capacity limits" and "Other rules"). A change of the law is a new row
 * with its dates.
 */
export const CarerKind = {
  KINSHIP_FAMILY: 'KINSHIP_FAMILY',
  NON_PROFESSIONAL_FAMILY: 'NON_PROFESSIONAL_FAMILY',
  PROFESSIONAL_FAMILY: 'PROFESSIONAL_FAMILY',
  EMERGENCY_FAMILY: 'EMERGENCY_FAMILY',
  PROFESSIONAL_SPECIALIST_FAMILY: 'PROFESSIONAL_SPECIALIST_FAMILY',
  FAMILY_CHILDRENS_HOME: 'FAMILY_CHILDRENS_HOME',
  SOCIALISATION_FACILITY: 'SOCIALISATION_FACILITY',
  INTERVENTION_FACILITY: 'INTERVENTION_FACILITY',
  SPECIALIST_THERAPEUTIC_FACILITY: 'SPECIALIST_THERAPEUTIC_FACILITY',
  FAMILY_TYPE_FACILITY: 'FAMILY_TYPE_FACILITY',
  REGIONAL_CARE_THERAPY_FACILITY: 'REGIONAL_CARE_THERAPY_FACILITY',
  PRE_ADOPTION_INTERVENTION_CENTRE: 'PRE_ADOPTION_INTERVENTION_CENTRE',
} as const;
export type CarerKind = (typeof CarerKind)[keyof typeof CarerKind];

export const FAMILY_KINDS: readonly CarerKind[] = [
  'KINSHIP_FAMILY',
  'NON_PROFESSIONAL_FAMILY',
  'PROFESSIONAL_FAMILY',
  'EMERGENCY_FAMILY',
  'PROFESSIONAL_SPECIALIST_FAMILY',
  'FAMILY_CHILDRENS_HOME',
];

/** The registry's facility (type and subtype) behind each institutional kind. */
export const INSTITUTIONAL_KIND_OF: Record<string, CarerKind> = {
  'CARE_EDUCATION_FACILITY|SOCIALISATION': 'SOCIALISATION_FACILITY',
  'CARE_EDUCATION_FACILITY|INTERVENTION': 'INTERVENTION_FACILITY',
  'CARE_EDUCATION_FACILITY|SPECIALIST_THERAPEUTIC': 'SPECIALIST_THERAPEUTIC_FACILITY',
  'CARE_EDUCATION_FACILITY|FAMILY_TYPE': 'FAMILY_TYPE_FACILITY',
  'REGIONAL_CARE_THERAPY_FACILITY|': 'REGIONAL_CARE_THERAPY_FACILITY',
  'PRE_ADOPTION_INTERVENTION_CENTRE|': 'PRE_ADOPTION_INTERVENTION_CENTRE',
};

/**
 * How a child came to an intervention facility. Art. 95 ust. 1 and 3 (the limit of 14) do not apply
 * to a child brought by the Police or the Border Guard, taken in at the child's own request, or in an
 * emergency (art. 103 ust. 2 pkt 2–3 and ust. 3); the placement records the route.
 */
export const AdmissionRoute = {
  ORDINARY: 'ORDINARY',
  POLICE_OR_BORDER_GUARD: 'POLICE_OR_BORDER_GUARD',
  CHILDS_OWN_REQUEST: 'CHILDS_OWN_REQUEST',
  EMERGENCY: 'EMERGENCY',
} as const;
export type AdmissionRoute = (typeof AdmissionRoute)[keyof typeof AdmissionRoute];

/** What the siblings exception of a kind needs recorded before a place beyond the limit. */
export type SiblingsCondition = 'CARER_CONSENT' | 'COORDINATOR_OPINION' | 'VOIVODE_CONSENT';

/**
 * When a carer may take more children than its limit:
 * - SIBLINGS: to keep siblings together, up to `maxWithException` (null: no ceiling), once each of
 *   `needs` is recorded (the family's or home's consent, the coordinator's positive opinion, the
 *   voivode's consent);
 * - JUSTIFIED: an emergency family may take more than 3 in a justified case (it may refuse, art. 58
 *   ust. 2), up to `maxWithException`;
 * - EMERGENCY: an intervention facility, for a child who came by one of `admissionRoutes`.
 * Every exception also needs its reason on the placement.
 */
export type CapacityException =
  | { kind: 'SIBLINGS'; maxWithException: number | null; needs: readonly SiblingsCondition[] }
  | { kind: 'JUSTIFIED'; maxWithException: number }
  | { kind: 'EMERGENCY'; admissionRoutes: readonly AdmissionRoute[] };

/**
 * How long a stay may last: `maxMonths` from its start (a period in months, Kodeks cywilny art. 112),
 * extendable to `extendedMonthsInAll` and/or until the court proceedings on the child's situation end.
 */
export interface StayLength {
  maxMonths: number;
  extendedMonthsInAll: number | null;
  untilProceedingsEnd: boolean;
}

export interface CarerLimit {
  kind: CarerKind;
  validFrom: string;
  validTo: string | null;
  /** Children at a time; null where the statute sets no limit (a kinship family). */
  maxChildren: number | null;
  exception: CapacityException | null;
  /** A child under 10 needs a stated exception (art. 95 ust. 2). */
  ageRuleApplies: boolean;
  stay: StayLength | null;
  /** A stay ends by the time the child is this many months old (a pre-adoption centre: the first birthday). */
  stayEndsAtAgeMonths: number | null;
  source: string;
}

const ACT = 'ustawa o wspieraniu rodziny i systemie pieczy zastępczej (t.j. Dz.U. 2024 poz. 177)';
const FAMILY_SIBLINGS: CapacityException = { kind: 'SIBLINGS', maxWithException: null, needs: ['CARER_CONSENT', 'COORDINATOR_OPINION'] };
const base = { validFrom: '2012-01-01', validTo: null, exception: null, ageRuleApplies: false, stay: null, stayEndsAtAgeMonths: null } as const;
const fosterFamily = (kind: CarerKind): CarerLimit => ({
  ...base,
  kind,
  maxChildren: 3,
  exception: FAMILY_SIBLINGS,
  source: `Art. 54 of the ${ACT}: a foster family takes up to 3 children at a time; more to keep siblings together, with the family\u2019s consent and a positive opinion of the family foster-care coordinator`,
});

export const CARER_LIMITS: readonly CarerLimit[] = [
  {
    ...base,
    kind: 'KINSHIP_FAMILY',
    maxChildren: null,
    source: `Art. 54 of the ${ACT} limits non-professional, professional and specialist families; a kinship family (rodzina spokrewniona) has no statutory limit`,
  },
  fosterFamily('NON_PROFESSIONAL_FAMILY'),
  fosterFamily('PROFESSIONAL_FAMILY'),
  fosterFamily('PROFESSIONAL_SPECIALIST_FAMILY'),
  {
    ...base,
    kind: 'EMERGENCY_FAMILY',
    maxChildren: 3,
    exception: { kind: 'JUSTIFIED', maxWithException: 6 },
    stay: { maxMonths: 4, extendedMonthsInAll: 8, untilProceedingsEnd: true },
    source: `Art. 58 of the ${ACT}: an emergency family (pogotowie rodzinne) takes up to 3 children and may refuse more (ust. 2; above 3 recorded with a reason, up to 6: check); a stay lasts up to 4 months, extendable with the organiser\u2019s consent to 8 months, or until the court proceedings on the child\u2019s return, adoption or family foster care end (ust. 4)`,
  },
  {
    ...base,
    kind: 'FAMILY_CHILDRENS_HOME',
    maxChildren: 8,
    exception: { kind: 'SIBLINGS', maxWithException: null, needs: ['CARER_CONSENT', 'COORDINATOR_OPINION'] },
    source: `Art. 61 ust. 1 of the ${ACT}: a family children\u2019s home (rodzinny dom dziecka) takes up to 8 children and care leavers; more for siblings with the home\u2019s consent and the coordinator\u2019s opinion (ust. 2)`,
  },
  {
    ...base,
    kind: 'SOCIALISATION_FACILITY',
    maxChildren: 14,
    ageRuleApplies: true,
    source: `Art. 95 ust. 3 of the ${ACT}: up to 14 children, including those who came of age there; a child under 10 only with an exception (ust. 2) (until 1 January 2021 the care-and-education facilities of art. 229 ust. 1\u20133 (those running under the law before it), after the period of art. 229 ust. 8, could hold up to 30: art. 230 ust. 1, transitional, not modelled; inforlex, t.j. Dz.U. 2024 poz. 177)`,
  },
  {
    ...base,
    kind: 'SPECIALIST_THERAPEUTIC_FACILITY',
    maxChildren: 14,
    ageRuleApplies: true,
    source: `Art. 95 ust. 3 of the ${ACT}: up to 14 children; a child under 10 only with an exception (ust. 2) (until 1 January 2021 the care-and-education facilities of art. 229 ust. 1\u20133 (those running under the law before it), after the period of art. 229 ust. 8, could hold up to 30: art. 230 ust. 1, transitional, not modelled; inforlex, t.j. Dz.U. 2024 poz. 177)`,
  },
  {
    ...base,
    kind: 'INTERVENTION_FACILITY',
    maxChildren: 14,
    ageRuleApplies: true,
    exception: { kind: 'EMERGENCY', admissionRoutes: ['POLICE_OR_BORDER_GUARD', 'CHILDS_OWN_REQUEST', 'EMERGENCY'] },
    stay: { maxMonths: 3, extendedMonthsInAll: null, untilProceedingsEnd: true },
    source: `Art. 95 ust. 3 of the ${ACT}: up to 14 children, except a child brought by the Police or the Border Guard, at its own request or in an emergency (art. 103 ust. 2 pkt 2\u20133 and ust. 3); a stay lasts up to 3 months, extendable until the court proceedings end (art. 103 ust. 6\u20137); a child under 10 only with an exception (art. 95 ust. 2) (until 1 January 2021 the care-and-education facilities of art. 229 ust. 1\u20133 (those running under the law before it), after the period of art. 229 ust. 8, could hold up to 30: art. 230 ust. 1, transitional, not modelled; inforlex, t.j. Dz.U. 2024 poz. 177)`,
  },
  {
    ...base,
    kind: 'FAMILY_TYPE_FACILITY',
    maxChildren: 8,
    exception: { kind: 'SIBLINGS', maxWithException: 10, needs: ['VOIVODE_CONSENT'] },
    source: `Art. 101 of the ${ACT} (DOMAIN.md): a family-type care-and-education facility takes up to 8 children; siblings up to 10 with the voivode\u2019s consent; the age-10 rule of art. 95 ust. 2 does not cover it`,
  },
  {
    ...base,
    kind: 'REGIONAL_CARE_THERAPY_FACILITY',
    maxChildren: 30,
    source: `${ACT}: up to 30 children (GUS, stat.gov.pl glossary term 3067, on t.j. Dz.U. 2024 poz. 177); the article is to check: the registry\u2019s table says art. 106 ust. 1, this one said art. 97`,
  },
  {
    ...base,
    kind: 'PRE_ADOPTION_INTERVENTION_CENTRE',
    maxChildren: 20,
    stayEndsAtAgeMonths: 12,
    source: `${ACT}: up to 20 children (check); a stay ends by the child\u2019s first birthday. Not art. 109, which PCPR Pruszk\u00f3w cites for who is placed in a regional care-and-therapy facility`,
  },
];

export function carerLimitFor(kind: CarerKind, date: string, table: readonly CarerLimit[] = CARER_LIMITS): CarerLimit | null {
  return ruleInForce(table, date, (row) => row.kind === kind);
}

/**
 * A child under this age goes to a socialisation, intervention or specialist-therapeutic facility
 * only with a stated exception (art. 95 ust. 2): the parent is placed there, the child's health,
 * keeping siblings together, or another exceptional case described in words.
 */
export const INSTITUTIONAL_CARE_MIN_AGE = 10;

export const AgeExceptionKind = { PARENT_PLACED: 'PARENT_PLACED', HEALTH: 'HEALTH', SIBLINGS: 'SIBLINGS', OTHER: 'OTHER' } as const;
export type AgeExceptionKind = (typeof AgeExceptionKind)[keyof typeof AgeExceptionKind];

/** The kinds whose placements the age rule covers, from the table in force on a day. */
export function ageRuleKinds(date: string): CarerKind[] {
  return CARER_LIMITS.filter((r) => r.ageRuleApplies && r.validFrom <= date && (r.validTo === null || date <= r.validTo)).map((r) => r.kind);
}

/**
 * The last day a stay that starts on `startDate` may last under `rule`, before any extension: the
 * stay length in months from its start, or the age by which it must end; null where neither applies.
 */
export function stayLimitAtStart(rule: CarerLimit, startDate: string, birthDate: string): string | null {
  if (rule.stayEndsAtAgeMonths !== null) return periodEnd(birthDate, rule.stayEndsAtAgeMonths);
  return rule.stay ? periodEnd(startDate, rule.stay.maxMonths) : null;
}
