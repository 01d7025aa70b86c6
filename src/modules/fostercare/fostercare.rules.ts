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

export const FAMILY_KINDS: readonly CarerKind[] = ['KINSHIP_FAMILY', 'NON_PROFESSIONAL_FAMILY', 'PROFESSIONAL_FAMILY', 'EMERGENCY_FAMILY', 'PROFESSIONAL_SPECIALIST_FAMILY', 'FAMILY_CHILDRENS_HOME'];
/** Placówki opiekuńczo-wychowawcze: the age rule applies to them. */
export const CARE_EDUCATION_KINDS: readonly CarerKind[] = ['SOCIALISATION_FACILITY', 'INTERVENTION_FACILITY', 'SPECIALIST_THERAPEUTIC_FACILITY', 'FAMILY_TYPE_FACILITY'];

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
 * When a carer may take more children than its limit:
 * - SIBLINGS: to keep siblings together (with the family's consent where `needsConsent`);
 * - JUSTIFIED: in an especially justified case, up to `maxWithException`;
 * - EMERGENCY: temporarily, in an emergency (an intervention facility).
 * Every exception needs its reason on the placement.
 */
export type CapacityException = { kind: 'SIBLINGS'; needsConsent: boolean } | { kind: 'JUSTIFIED'; maxWithException: number } | { kind: 'EMERGENCY' };

export interface CarerLimit {
  kind: CarerKind;
  validFrom: string;
  validTo: string | null;
  maxChildren: number;
  exception: CapacityException | null;
  /** Longest stay before a placement is overdue, in months; null without a limit. */
  maxStayMonths: number | null;
  /** How much longer a stay may last with an extension reason, in months. */
  extensionMonths: number;
  source: string;
}

const ACT = 'ustawa o wspieraniu rodziny i systemie pieczy zastępczej';
const family = (kind: CarerKind, source: string): CarerLimit => ({
  kind, validFrom: '2012-01-01', validTo: null, maxChildren: 3, exception: { kind: 'SIBLINGS', needsConsent: true }, maxStayMonths: null, extensionMonths: 0, source,
});

export const CARER_LIMITS: readonly CarerLimit[] = [
  family('KINSHIP_FAMILY', `Art. 52 of the ${ACT}: up to 3 children at a time, more for siblings with the family's consent`),
  family('NON_PROFESSIONAL_FAMILY', `Art. 52 of the ${ACT}: up to 3 children at a time, more for siblings with the family's consent`),
  family('PROFESSIONAL_FAMILY', `Art. 52 of the ${ACT}: up to 3 children at a time, more for siblings with the family's consent`),
  family('PROFESSIONAL_SPECIALIST_FAMILY', `Art. 52 of the ${ACT}: up to 3 children at a time, more for siblings with the family's consent`),
  {
    kind: 'EMERGENCY_FAMILY', validFrom: '2012-01-01', validTo: null, maxChildren: 3, exception: { kind: 'JUSTIFIED', maxWithException: 6 }, maxStayMonths: 4, extensionMonths: 4,
    source: `Art. 58 of the ${ACT}: an emergency family (pogotowie rodzinne) takes up to 3 children, in especially justified cases up to 6 (check); a stay lasts up to 4 months, extendable by 4 (check)`,
  },
  {
    kind: 'FAMILY_CHILDRENS_HOME', validFrom: '2012-01-01', validTo: null, maxChildren: 8, exception: { kind: 'SIBLINGS', needsConsent: true }, maxStayMonths: null, extensionMonths: 0,
    source: `Art. 61 of the ${ACT}: a family children's home (rodzinny dom dziecka) takes up to 8 children, more for siblings with consent`,
  },
  {
    kind: 'SOCIALISATION_FACILITY', validFrom: '2012-01-01', validTo: null, maxChildren: 14, exception: null, maxStayMonths: null, extensionMonths: 0,
    source: `Art. 95 of the ${ACT}: up to 14 children, including care leavers who came of age there (GUS glossary)`,
  },
  {
    kind: 'SPECIALIST_THERAPEUTIC_FACILITY', validFrom: '2012-01-01', validTo: null, maxChildren: 14, exception: null, maxStayMonths: null, extensionMonths: 0,
    source: `Art. 95 of the ${ACT}: up to 14 children`,
  },
  {
    kind: 'INTERVENTION_FACILITY', validFrom: '2012-01-01', validTo: null, maxChildren: 14, exception: { kind: 'EMERGENCY' }, maxStayMonths: 3, extensionMonths: 3,
    source: `Art. 95 and art. 103 of the ${ACT}: up to 14 children, temporarily more in an emergency (check); immediate care for up to 3 months (GUS glossary), an extension (check)`,
  },
  {
    kind: 'FAMILY_TYPE_FACILITY', validFrom: '2012-01-01', validTo: null, maxChildren: 8, exception: { kind: 'SIBLINGS', needsConsent: false }, maxStayMonths: null, extensionMonths: 0,
    source: `Art. 95 ust. 3 of the ${ACT}: a family-type facility takes up to 8 children, more for siblings`,
  },
  {
    kind: 'REGIONAL_CARE_THERAPY_FACILITY', validFrom: '2012-01-01', validTo: null, maxChildren: 30, exception: null, maxStayMonths: null, extensionMonths: 0,
    source: `Art. 97 of the ${ACT}: up to 30 children`,
  },
  {
    kind: 'PRE_ADOPTION_INTERVENTION_CENTRE', validFrom: '2012-01-01', validTo: null, maxChildren: 20, exception: null, maxStayMonths: null, extensionMonths: 0,
    source: `Art. 109 of the ${ACT}: up to 20 children`,
  },
];

export function carerLimitFor(kind: CarerKind, date: string, table: readonly CarerLimit[] = CARER_LIMITS): CarerLimit | null {
  return ruleInForce(table, date, (row) => row.kind === kind);
}

/** A child under this age goes to a care-and-education facility only for health reasons or to keep siblings together (art. 95 ust. 4). */
export const INSTITUTIONAL_CARE_MIN_AGE = 10;
