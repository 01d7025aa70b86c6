import { Cursor, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { PageArgs, Page } from '../graphql/pagination.js';
import type { EntityManager } from './database.js';
import { plainSelectOf, readPlainRows } from './plain-select.js';
import type { SqlConditions } from './raw-keyset.js';
import { runSql } from './sql.js';

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
 * too), and `also` further select expressions (alias `e`), with their parameters.
 */
export interface RowRead<V> {
  rows: (row: Record<string, unknown>) => V;
  properties: readonly string[];
  also?: string[];
  /** The `?` parameters of the `also` expressions, in their order. */
  alsoParams?: unknown[];
}

/**
 * One page of views in a two-key order, filtered or not: `where` holds the filter's conditions
 * (SQL over the row alias `e`, with their own `?` parameters), and the statement is the view's
 * select list (`plainSelectOf`, written once per shape), those conditions and the keyset condition.
 * The keyset condition is a row comparison, `(a, b) > (x, y)`, which PostgreSQL reads as one range
 * of the matching (a, b) index, so that page 3,000 is as cheap as page 1 and rows inserted
 * meanwhile cause no gaps or duplicates; the equivalent `a > x or (a = x and b > y)` is a filter
 * over every row before the page, slower the deeper the page (bench/RESULTS.md, "Paging to the
 * end"). The total is counted only when asked for, alongside.
 */
export async function keysetPage<E extends object, V>(
  em: EntityManager,
  entity: EntityName<E>,
  where: SqlConditions,
  page: PageArgs,
  includeCount: boolean,
  order: KeysetOrder,
  read: RowRead<V>,
): Promise<Page<V>> {
  const [first, second] = order.keys;
  const select = plainSelectOf(em, entity as EntityName<object>, withOrderKeys(read.properties, order), read.also);
  const paged = where.copy();
  if (page.after) paged.add(afterCursor(order), ...(Cursor.decode(page.after) as [unknown, unknown]));
  const orderBy = `order by e.${first.column} ${order.direction}, e.${second.column} ${order.direction} limit ?`;
  const [rows, total] = await Promise.all([
    readPlainRows(
      em,
      entity as EntityName<object>,
      `${select} ${paged.clause} ${orderBy}`,
      [...(read.alsoParams ?? []), ...paged.params, page.first + 1],
      read.rows,
    ),
    includeCount ? countRows(em, entity as EntityName<object>, where) : Promise.resolve(null),
  ]);
  return pageOf(rows, page, order, total);
}

/** How many rows of `entity` meet `where`. */
async function countRows(em: EntityManager, entity: EntityName<object>, where: SqlConditions): Promise<number> {
  const table = em.getPlatform().quoteIdentifier(em.getMetadata().get(entity).tableName);
  const [row] = await runSql<{ n: number }>(em, `select count(*)::int as n from ${table} as e ${where.clause}`, where.params);
  return row!.n;
}

/**
 * One page of managed entities in a two-key order (the audit trail, which is read as entities), by
 * the same keyset condition as `keysetPage`, with a MikroORM condition.
 */
export async function keysetEntityPage<E extends object>(
  em: EntityManager,
  entity: EntityName<E>,
  where: FilterQuery<E>,
  page: PageArgs,
  includeCount: boolean,
  order: KeysetOrder,
): Promise<Page<E>> {
  const [first, second] = order.keys;
  const query = em
    .createQueryBuilder(entity, 'e')
    .select('*')
    .where(where as never);
  if (page.after) query.andWhere(afterCursor(order), Cursor.decode(page.after) as [unknown, unknown]);
  query.orderBy({ [first.property]: order.direction, [second.property]: order.direction } as never).limit(page.first + 1);
  const [rows, total] = await Promise.all([query.getResultList() as Promise<E[]>, includeCount ? em.count(entity, where as never) : Promise.resolve(null)]);
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

/** A page of a registry list, by folded name (see `keysetPage`). */
export function pageByName<E extends object, V extends { searchName: string; id: string }>(
  em: EntityManager,
  entity: EntityName<E>,
  where: SqlConditions,
  page: PageArgs,
  includeCount: boolean,
  read: RowRead<V>,
): Promise<Page<V>> {
  return keysetPage(em, entity, where, page, includeCount, BY_NAME, read);
}
