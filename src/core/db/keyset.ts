import { Cursor, raw, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { PageArgs, Page } from '../graphql/pagination.js';
import type { EntityManager } from './database.js';
import { plainSelectOf, readPlainRows } from './plain-select.js';
import { selectListOf } from './select-list.js';

/** The two sort keys of a connection, the last one unique: the property, its column and the cast of a cursor value. */
export interface KeysetOrder {
  keys: [KeysetKey, KeysetKey];
  direction: 'asc' | 'desc';
}

interface KeysetKey {
  property: string;
  column: string;
  cast: string;
}

/** By folded name, then id: registries' lists. */
export const BY_NAME: KeysetOrder = {
  keys: [
    { property: 'searchName', column: 'search_name', cast: '?' },
    { property: 'id', column: 'id', cast: '?::uuid' },
  ],
  direction: 'asc',
};

/**
 * How a page's rows become views: the `properties` the map reads (the order's keys are always read
 * too), and `also` further select expressions (alias `e`).
 */
export interface RowRead<V> {
  rows: (row: Record<string, unknown>) => V;
  properties?: readonly string[];
  also?: string[];
}

/**
 * One page of rows in a two-key order, read with a keyset condition so that page 3,000 is as cheap
 * as page 1 and rows inserted meanwhile cause no gaps or duplicates. The condition is a row
 * comparison, `(a, b) > (x, y)`, which PostgreSQL reads as one range of the matching (a, b) index;
 * the equivalent `a > x or (a = x and b > y)` is a filter over every row before the page, slower
 * the deeper the page (bench/RESULTS.md, "Paging to the end"). `read` turns the query into rows: plain
 * objects for views (only the `properties` they read, and `also` further select expressions), or
 * managed entities. The total is counted only when asked for, alongside.
 */
export async function keysetPage<E extends object, V>(
  em: EntityManager,
  entity: EntityName<E>,
  where: FilterQuery<E>,
  page: PageArgs,
  includeCount: boolean,
  order: KeysetOrder,
  read: RowRead<V> | { entities: true },
): Promise<Page<V>> {
  const [first, second] = order.keys;
  const properties = 'properties' in read && read.properties ? withOrderKeys(read.properties, order) : null;
  if ('rows' in read && properties && Object.keys(where).length === 0) return unfilteredPage(em, entity, page, includeCount, order, read, properties);
  const query = em
    .createQueryBuilder(entity, 'e')
    .select((properties ? selectListOf(em, entity, properties) : '*') as never)
    .where(where as never);
  // Further columns of the same statement, such as a related row as JSON (row alias `e`).
  for (const expression of ('also' in read && read.also) || []) query.addSelect(raw(expression));
  if (page.after) {
    const [a, b] = Cursor.decode(page.after) as [unknown, unknown];
    query.andWhere(afterCursor(order), [a, b]);
  }
  query.orderBy({ [first.property]: order.direction, [second.property]: order.direction } as never).limit(page.first + 1);
  const [rows, total] = await Promise.all([
    'entities' in read ? (query.getResultList() as Promise<V[]>) : query.execute<Record<string, unknown>[]>('all', true).then((r) => r.map(read.rows)),
    includeCount ? em.count(entity, where as never) : Promise.resolve(null),
  ]);
  return pageOf(rows, page, order, total);
}

/** `properties` with the order's keys, which every page reads for its cursors. */
function withOrderKeys(properties: readonly string[], order: KeysetOrder): readonly string[] {
  const missing = order.keys.filter((key) => !properties.includes(key.property)).map((key) => key.property);
  return missing.length ? [...properties, ...missing] : properties;
}

/** The keyset condition of the rows after a cursor (row alias `e`), with a parameter for each of its keys. */
function afterCursor(order: KeysetOrder): string {
  const [first, second] = order.keys;
  return `(e.${first.column}, e.${second.column}) ${order.direction === 'asc' ? '>' : '<'} (${first.cast}, ${second.cast})`;
}

/** The page of `rows` read with one row more than asked for, which tells whether a page follows. */
function pageOf<V>(rows: V[], page: PageArgs, order: KeysetOrder, total: number | null): Page<V> {
  const [first, second] = order.keys;
  const items = rows.slice(0, page.first);
  const keyOf = (item: V, key: KeysetKey) => {
    const value = (item as Record<string, unknown>)[key.property];
    return value instanceof Date ? value.toISOString() : value;
  };
  return {
    items,
    cursorAt: (index) => Cursor.encode([keyOf(items[index]!, first), keyOf(items[index]!, second)]),
    hasNextPage: rows.length > page.first,
    hasPreviousPage: Boolean(page.after),
    totalCount: total,
  };
}

/**
 * A page of the whole list, unfiltered (the registry, paged): its statement is written once per
 * shape (`plainSelectOf`) rather than built by the query builder on every request.
 */
async function unfilteredPage<E extends object, V>(
  em: EntityManager,
  entity: EntityName<E>,
  page: PageArgs,
  includeCount: boolean,
  order: KeysetOrder,
  read: RowRead<V>,
  properties: readonly string[],
): Promise<Page<V>> {
  const [first, second] = order.keys;
  const select = plainSelectOf(em, entity as EntityName<object>, properties, read.also);
  const orderBy = `order by e.${first.column} ${order.direction}, e.${second.column} ${order.direction} limit ?`;
  const [rows, total] = await Promise.all([
    page.after
      ? readPlainRows(
          em,
          entity as EntityName<object>,
          `${select} where ${afterCursor(order)} ${orderBy}`,
          [...(Cursor.decode(page.after) as [unknown, unknown]), page.first + 1],
          read.rows,
        )
      : readPlainRows(em, entity as EntityName<object>, `${select} ${orderBy}`, [page.first + 1], read.rows),
    includeCount ? em.count(entity, {} as never) : Promise.resolve(null),
  ]);
  return pageOf(rows, page, order, total);
}

/** A page of a registry list, by folded name (see `keysetPage`). */
export function pageByName<E extends object, V extends { searchName: string; id: string }>(
  em: EntityManager,
  entity: EntityName<E>,
  where: FilterQuery<E>,
  page: PageArgs,
  includeCount: boolean,
  read: RowRead<V>,
): Promise<Page<V>> {
  return keysetPage(em, entity, where, page, includeCount, BY_NAME, read);
}
