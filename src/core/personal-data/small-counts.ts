/**
 * Aggregates about persons withhold small counts (API.md: ANALYST sees aggregates only; issue 4:
 * counts under 5 are suppressed). In a small group a count can point at a person, and several of
 * the hub's groupings (an eligibility category, a benefit entitlement) are special-category data.
 */
export const SMALL_COUNT_THRESHOLD = 5;

/** The count when it may be shown; null when it is under the threshold. */
export function shownCount(n: number): number | null {
  return n < SMALL_COUNT_THRESHOLD ? null : n;
}
