import type { EnumLabels } from '../../core/labels/enum-labels.js';
import type { AssessmentResult, Comparison, RequirementKind, StandardSourceKind } from './standards.entities.js';

type Labels<T> = Record<keyof T, string>;

export const standardsEnumLabels: EnumLabels = {
  AssessmentResult: { COMPLIANT: 'Spełnia standard', PARTLY_COMPLIANT: 'Spełnia częściowo', NON_COMPLIANT: 'Nie spełnia' } satisfies Labels<
    typeof AssessmentResult
  >,
  Comparison: { AT_LEAST: 'Co najmniej', AT_MOST: 'Najwyżej' } satisfies Labels<typeof Comparison>,
  RequirementKind: { YES_NO: 'Tak/nie', NUMBER: 'Wartość liczbowa' } satisfies Labels<typeof RequirementKind>,
  StandardSourceKind: { STATUTE: 'Ustawa', REGULATION: 'Rozporządzenie', PROJECT_PUBLICATION: 'Publikacja projektu standaryzacji' } satisfies Labels<
    typeof StandardSourceKind
  >,
};
