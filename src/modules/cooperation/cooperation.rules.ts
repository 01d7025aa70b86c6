/**
 * Local cooperation: the stakeholder catalogue of Śrem's local cooperation model (model
 * lokalnej współpracy), partnerships and pacts, partnership bodies such as a local synergy team
 * (zespół synergii lokalnej), the model's steps to a new social-employment entity, and programmes
 * such as Wrocław's local activity programmes (programy aktywności lokalnej, PAL; ustawa o pomocy
 * społecznej art. 6 pkt 7a) with their budgets.
 */

/** The categories of the Śrem catalogue of local stakeholders (DOMAIN.md, seed 003). Added beside the registry's OrganisationKind, not folded into it. */
export const StakeholderCategory = {
  GOVERNMENT_ADMINISTRATION: 'GOVERNMENT_ADMINISTRATION',
  LOCAL_GOVERNMENT: 'LOCAL_GOVERNMENT',
  LOCAL_GOVERNMENT_UNIT: 'LOCAL_GOVERNMENT_UNIT',
  NGO: 'NGO',
  CHURCH_ORGANISATION: 'CHURCH_ORGANISATION',
  EDUCATION: 'EDUCATION',
  CULTURE: 'CULTURE',
  HEALTH_CARE: 'HEALTH_CARE',
  FINANCE_AND_BANKING: 'FINANCE_AND_BANKING',
  BUSINESS: 'BUSINESS',
  LOCAL_LEADER: 'LOCAL_LEADER',
} as const;
export type StakeholderCategory = (typeof StakeholderCategory)[keyof typeof StakeholderCategory];

export const PartnershipStatus = { PLANNED: 'PLANNED', ACTIVE: 'ACTIVE', DISSOLVED: 'DISSOLVED' } as const;
export type PartnershipStatus = (typeof PartnershipStatus)[keyof typeof PartnershipStatus];

export const ProgrammeKind = { LOCAL_ACTIVITY_PROGRAMME: 'LOCAL_ACTIVITY_PROGRAMME', EU_PROJECT: 'EU_PROJECT', OTHER: 'OTHER' } as const;
export type ProgrammeKind = (typeof ProgrammeKind)[keyof typeof ProgrammeKind];

export const BodyKind = { LOCAL_SYNERGY_TEAM: 'LOCAL_SYNERGY_TEAM', STEERING_GROUP: 'STEERING_GROUP', WORKING_GROUP: 'WORKING_GROUP' } as const;
export type BodyKind = (typeof BodyKind)[keyof typeof BodyKind];

/**
 * The six steps of the Śrem model from a catalogue of stakeholders to a new social-employment entity,
 * in their order; each completes only after the one before. Our reading of the model as the issue
 * describes it (catalogue, synergy team, pact, a KIS or CIS at the end) *(check the middle steps
 * against the model's publication)*.
 */
export const MODEL_STEPS = [
  { number: 1, key: 'STAKEHOLDER_CATALOGUE', name: 'Katalog lokalnych interesariuszy' },
  { number: 2, key: 'LOCAL_SYNERGY_TEAM', name: 'Powołanie zespołu synergii lokalnej' },
  { number: 3, key: 'DIAGNOSIS', name: 'Diagnoza potrzeb i zasobów' },
  { number: 4, key: 'PACT', name: 'Pakt na rzecz współpracy' },
  { number: 5, key: 'ACTION_PLAN', name: 'Plan działania i grupa inicjatywna' },
  { number: 6, key: 'SOCIAL_EMPLOYMENT_ENTITY', name: 'Utworzenie KIS lub CIS' },
] as const;

/** The facility types step 6 may create (a KIS or CIS of the registry). */
export const SOCIAL_EMPLOYMENT_TYPES = ['SOCIAL_INTEGRATION_CLUB', 'SOCIAL_INTEGRATION_CENTRE'];


