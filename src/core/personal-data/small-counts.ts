/**
 * Aggregates about persons withhold small counts (API.md: "Aggregates never reveal a count under 5,
 * directly or by subtraction"). In a small group a count can point at a person, and several of the
 * hub's groupings (an eligibility category, a benefit entitlement) are special-category data.
 *
 * Withholding the small cells (primary suppression) is not enough: a total of 15 beside cells of 14
 * and "withheld" gives the withheld 1 by subtraction. So every relation a reader can form between
 * published figures (a total is the sum of its parts) is written as an equation, and wherever an
 * equation would have exactly one withheld figure, a second one is withheld too (complementary
 * suppression), until no equation gives any withheld figure alone. Aggregates that may be asked
 * at several groupings are suppressed over all of them together (the cube), so that a finer
 * grouping cannot give back a figure a coarser one withheld.
 */
export const SMALL_COUNT_THRESHOLD = 5;

/** The count when it may be shown; null when it is under the threshold. */
export function shownCount(n: number): number | null {
  return isSmall(n) ? null : n;
}

/** 1 to 4: a count that could point at a person. Zero points at nobody. */
export function isSmall(n: number): boolean {
  return n > 0 && n < SMALL_COUNT_THRESHOLD;
}

/** `total` is the sum of `parts`, as any reader can check. A part not listed is a known zero. */
export interface CountEquation {
  total: string;
  parts: readonly string[];
}

/**
 * The cells to withhold: every small count, and the complements that keep each of them from being
 * computed out of one equation. A complement is the smallest positive part still shown (the least
 * information lost), else the total.
 */
export function cellsToSuppress(counts: ReadonlyMap<string, number>, equations: readonly CountEquation[]): Set<string> {
  const withheld = new Set([...counts].filter(([, n]) => isSmall(n)).map(([id]) => id));
  const count = (id: string) => counts.get(id) ?? 0;
  for (let changed = true; changed;) {
    changed = false;
    for (const { total, parts } of equations) {
      const cells = [total, ...parts];
      if (cells.filter((id) => withheld.has(id)).length !== 1) continue;
      const shownParts = parts.filter((id) => !withheld.has(id));
      const positive = shownParts.filter((id) => count(id) > 0).sort((a, b) => count(a) - count(b) || (a < b ? -1 : 1));
      const complement = positive[0] ?? (withheld.has(total) ? shownParts[0] : total);
      if (complement === undefined) continue; // the only unknown is a total with no part: nothing to compute it from
      withheld.add(complement);
      changed = true;
    }
  }
  return withheld;
}

/** Stands for "all values" of a dimension in a cube cell's key. */
export const ALL = '\u0000all';

/** A cube cell's id: its value on each dimension, or ALL where the dimension is summed over. */
export function cubeCellId(values: readonly (string | null)[]): string {
  return JSON.stringify(values);
}

/**
 * The equations of a cube (every grouping of the dimensions): a cell summed over dimension d is the
 * sum of the cells that name a value of d and agree on the rest. Only along `additive` dimensions:
 * a participation active in three months counts in each, so the months do not add up to the period.
 */
export function cubeEquations(cells: readonly (readonly (string | null)[])[], additive: readonly boolean[]): CountEquation[] {
  // Keyed by the total and the dimension it is split along: the same total splits along each.
  const splits = new Map<string, CountEquation & { parts: string[] }>();
  for (const values of cells) {
    values.forEach((value, d) => {
      if (value === ALL || !additive[d]) return;
      const total = cubeCellId(values.map((v, i) => (i === d ? ALL : v)));
      const key = `${d}|${total}`;
      const equation = splits.get(key) ?? { total, parts: [] };
      equation.parts.push(cubeCellId(values));
      splits.set(key, equation);
    });
  }
  return [...splits.values()];
}
