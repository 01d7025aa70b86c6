import { isUuid } from '../ids.js';

/**
 * A list of ids as one PostgreSQL array parameter, for `column = any(?::uuid[])`. One parameter
 * whatever the length (a batch of 10,000 stays under the protocol's 65,535 parameters), and the
 * planner sees the real count, so it picks the index rather than a scan. Ids are checked first:
 * only UUIDs can reach the literal.
 */
export function uuidArray(ids: readonly string[]): string {
  for (const id of ids) if (!isUuid(id)) throw new Error(`Not a UUID: ${id}`);
  return `{${ids.join(',')}}`;
}
