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
 * The six steps of the Śrem model of local cooperation (Model Śremski, as the model's publication
 * words them), in their order, each completed only after the one before and only once its record
 * exists in the hub: `evidence` names what must be there on the day the step is completed.
 */
export const MODEL_STEPS = [
  { number: 1, key: 'IDEA_PRESENTED', name: 'Prezentacja idei modelu', evidence: null },
  { number: 2, key: 'STAKEHOLDER_CATALOGUE', name: 'Wstępny katalog lokalnych interesariuszy', evidence: 'STAKEHOLDERS' },
  { number: 3, key: 'LOCAL_SYNERGY_TEAM', name: 'Powołanie zespołu synergii lokalnej (ZSL)', evidence: 'SYNERGY_TEAM' },
  { number: 4, key: 'PACT', name: 'Pakt na rzecz modelu', evidence: 'PACT' },
  { number: 5, key: 'ENTITY_CHOSEN', name: 'Prezentacja analizy ZSL i wybór podmiotu zatrudnienia socjalnego', evidence: 'NOTE' },
  { number: 6, key: 'SOCIAL_EMPLOYMENT_ENTITY', name: 'Utworzenie (lub reaktywacja) podmiotu zatrudnienia socjalnego', evidence: 'FACILITY' },
] as const;

/** The facility types step 6 may create (a KIS or CIS of the registry). */
export const SOCIAL_EMPLOYMENT_TYPES = ['SOCIAL_INTEGRATION_CLUB', 'SOCIAL_INTEGRATION_CENTRE'];
