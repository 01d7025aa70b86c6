import DataLoader from 'dataloader';
import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '../db/database.js';
import { plainSelectOf, readPlainRows } from '../db/plain-select.js';
import { placeholders } from '../db/sql.js';
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

/**
 * A DataLoader of views by id: one plain select per tick of the `properties` that `map` reads (and
 * `also` further select expressions, alias `e`), `where e.id in (…)`.
 */
export function viewsByIdLoader<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<any>,
  properties: readonly string[],
  map: (row: Record<string, unknown>) => T,
  also: readonly string[] = [],
): DataLoader<string, T | null> {
  return byIdLoader((ids) => readPlainRows(em, entity, `${plainSelectOf(em, entity, properties, also)} where e.id in (${placeholders(ids.length)})`, ids, map));
}
