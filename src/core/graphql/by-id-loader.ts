import DataLoader from 'dataloader';
import { isUuid } from '../ids.js';

/**
 * A DataLoader of rows by id: one `fetch` per tick for all the ids asked for, answered in the order
 * asked, null for an id with no row. An id that is not a UUID names nothing and is not sent.
 */
export function byIdLoader<T extends { id: string }>(fetch: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    const byId = new Map((valid.length ? await fetch(valid) : []).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
