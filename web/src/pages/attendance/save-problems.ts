import { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * The hub's refusal of a save, each problem in the cell its path names (`entries.<i>.<field>`, the
 * i-th entry sent being the cell `keys[i]`), prefixed with the CSV line the cell came from; what
 * concerns the save as a whole (a refusal by role, a closed month's rule, the batch's size) as `other`.
 */
export function problemsByCell(
  error: unknown,
  keys: string[],
  csvLineOf: (key: string) => string | null,
): { byCell: Record<string, string>; other: string | null } {
  if (!CombinedGraphQLErrors.is(error)) return { byCell: {}, other: (error as Error).message };
  const byCell: Record<string, string> = {};
  let other: string | null = null;
  for (const e of error.errors) {
    const details = (e.extensions?.details ?? []) as { path: string; message: string }[];
    for (const d of details) {
      const match = /^entries\.(\d+)/.exec(d.path);
      const key = match ? keys[Number(match[1])] : undefined;
      if (!key) {
        // A problem of the save as a whole (its size, its key): said beside the grid.
        other = other ? `${other}; ${d.message}` : d.message;
        continue;
      }
      const line = csvLineOf(key);
      byCell[key] = (byCell[key] ? `${byCell[key]}; ` : '') + (line ? `${line}: ` : '') + d.message;
    }
    if (!details.length) other = e.message;
  }
  return { byCell, other };
}
