import type { EnumLabels } from '../../core/labels/enum-labels.js';
import type { BodyKind, PartnershipStatus, ProgrammeKind, StakeholderCategory } from './cooperation.rules.js';

type Labels<T> = Record<keyof T, string>;

export const cooperationEnumLabels: EnumLabels = {
  StakeholderCategory: {
    GOVERNMENT_ADMINISTRATION: 'Administracja rządowa',
    LOCAL_GOVERNMENT: 'Samorząd',
    LOCAL_GOVERNMENT_UNIT: 'Jednostki samorządu',
    NGO: 'Organizacje pozarządowe',
    CHURCH_ORGANISATION: 'Kościelne osoby prawne i związki wyznaniowe',
    EDUCATION: 'Oświata',
    CULTURE: 'Kultura',
    HEALTH_CARE: 'Ochrona zdrowia',
    FINANCE_AND_BANKING: 'Finanse i bankowość',
    BUSINESS: 'Przedsiębiorcy',
    LOCAL_LEADER: 'Lider lokalny',
  } satisfies Labels<typeof StakeholderCategory>,
  PartnershipStatus: { PLANNED: 'Planowane', ACTIVE: 'Działa', DISSOLVED: 'Rozwiązane' } satisfies Labels<typeof PartnershipStatus>,
  LocalProgrammeKind: {
    LOCAL_ACTIVITY_PROGRAMME: 'Program aktywności lokalnej (PAL)',
    EU_PROJECT: 'Projekt finansowany z UE',
    OTHER: 'Inny program',
  } satisfies Labels<typeof ProgrammeKind>,
  CooperationBodyKind: { LOCAL_SYNERGY_TEAM: 'Zespół synergii lokalnej', STEERING_GROUP: 'Grupa sterująca', WORKING_GROUP: 'Grupa robocza' } satisfies Labels<
    typeof BodyKind
  >,
};
