/**
 * A string enum whose values are the keys of a table that describes them (a legal name, a statute),
 * so that each value is written once, next to its text.
 */
export function enumOfKeys<K extends string>(table: Record<K, unknown>): { [P in K]: P } {
  return Object.fromEntries(Object.keys(table).map((k) => [k, k])) as { [P in K]: P };
}
