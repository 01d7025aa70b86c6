/**
 * Every legal number of the hub lives in a dated rules table (DOMAIN.md): a row holds from its
 * `validFrom` to its `validTo` (inclusive; null while in force), so that a change of the law is a
 * new row, not a code change.
 */
export interface DatedRule {
  validFrom: string;
  validTo: string | null;
}

/** Whether a row is in force on a day. */
export function isInForce(rule: DatedRule, date: string): boolean {
  return rule.validFrom <= date && (rule.validTo === null || date <= rule.validTo);
}

/** The first row in force on a day among those `matching`, or null where the table has none. */
export function ruleInForce<T extends DatedRule>(table: readonly T[], date: string, matching: (row: T) => boolean = () => true): T | null {
  return table.find((row) => matching(row) && isInForce(row, date)) ?? null;
}
