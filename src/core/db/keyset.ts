import { Cursor, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { PageArgs, Page } from '../graphql/pagination.js';
import type { EntityManager } from './database.js';

/**
 * One page of rows ordered by (search_name, id), read with a keyset condition so that page 400 is
 * as cheap as page 1 and rows inserted meanwhile cause no gaps or duplicates. Rows come back as
 * plain objects mapped by `map`, not as managed entities (reads need no change tracking). The total
 * is counted only when asked for, in a second statement run alongside the first.
 */
export async function pageByName<E extends object, V extends { searchName: string; id: string }>(
  em: EntityManager,
  entity: EntityName<E>,
  where: FilterQuery<E>,
  page: PageArgs,
  includeCount: boolean,
  map: (row: Record<string, unknown>) => V,
): Promise<Page<V>> {
  const conditions: unknown[] = [where];
  if (page.after) {
    const [name, id] = Cursor.decode(page.after) as [string, string];
    conditions.push({ $or: [{ searchName: { $gt: name } }, { searchName: name, id: { $gt: id } }] });
  }
  const [rows, total] = await Promise.all([
    em
      .createQueryBuilder(entity, 'e')
      .select('*')
      .where({ $and: conditions } as never)
      .orderBy({ searchName: 'asc', id: 'asc' } as never)
      .limit(page.first + 1)
      .execute<Record<string, unknown>[]>('all', true),
    includeCount ? em.count(entity, where as never) : Promise.resolve(null),
  ]);
  const items = rows.slice(0, page.first).map(map);
  return {
    items,
    cursors: items.map((item) => Cursor.encode([item.searchName, item.id])),
    hasNextPage: rows.length > page.first,
    hasPreviousPage: Boolean(page.after),
    totalCount: total,
  };
}
