import type { AssessmentResult, Comparison, RequirementKind } from './standards.entities.js';

/**
 * How an assessment's outcome follows from its requirements. The overall result is derived, never
 * typed in: every requirement satisfied → COMPLIANT; none → NON_COMPLIANT; otherwise PARTLY_COMPLIANT.
 */
export interface RequirementRule {
  kind: RequirementKind;
  comparison: Comparison | null;
  threshold: number | null;
}

export interface Outcome {
  met?: boolean | null;
  measuredValue?: number | null;
}

/** A yes/no requirement is satisfied when met; a number when it is on the right side of its threshold. */
export function requirementSatisfied(rule: RequirementRule, outcome: Outcome): boolean {
  if (rule.kind === 'YES_NO') return outcome.met === true;
  const value = outcome.measuredValue;
  if (value === null || value === undefined || rule.threshold === null) return false;
  return rule.comparison === 'AT_MOST' ? value <= rule.threshold : value >= rule.threshold;
}

export function overallResult(satisfied: boolean[]): AssessmentResult {
  const count = satisfied.filter(Boolean).length;
  if (count === satisfied.length) return 'COMPLIANT';
  if (count === 0) return 'NON_COMPLIANT';
  return 'PARTLY_COMPLIANT';
}

/** An assessment is overdue when its remediation deadline has passed and it did not find the facility compliant. */
export function isOverdue(result: AssessmentResult | null, remediationDeadline: string | null, today: string): boolean {
  return result !== null && result !== 'COMPLIANT' && remediationDeadline !== null && remediationDeadline < today;
}
