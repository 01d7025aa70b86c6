import { Cursor, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { PageArgs, Page } from '../graphql/pagination.js';
import type { EntityManager } from './database.js';
import { plainColumnsOf, readPlainRows, tableOf } from './plain-select.js';
import { runSql, type SqlConditions } from './sql.js';

/**
 * The statement of a list read one keyset page at a time: the page is `select … from`, the
 * filter, the keyset condition, the order and one row more than asked for (which tells whether a
 * page follows); the total is `select count(*) from` of the same filter.
 */
export interface KeysetStatement {
  /** The page's columns (without `select`), the sort keys among them. */
  select: string;
  /** The `?` parameters of the select list, in their order. */
  selectParams?: readonly unknown[];
  /** `from … join …`. */
  from: string;
  where: SqlConditions;
  /** The two sort keys (the last one unique), as SQL with its cast for a cursor value: `['pl.start_date', '?::date']`. */
  keys: [[string, string], [string, string]];
  direction: 'asc' | 'desc';
}

/**
 * The rows of one page and, when asked for, the count of all. The keyset condition is a row
 * comparison, `(a, b) > (x, y)`, which PostgreSQL reads as one range of the matching (a, b)
 * index, so that page 3,000 is as cheap as page 1 and rows inserted meanwhile cause no gaps or
 * duplicates; the equivalent `a > x or (a = x and b > y)` is a filter over every row before the
 * page, slower the deeper the page (bench/RESULTS.md, "Paging to the end").
 */
async function keysetRows<R>(
  em: EntityManager,
  statement: KeysetStatement,
  page: PageArgs,
  includeCount: boolean,
  read: (sql: string, parameters: unknown[]) => Promise<R[]>,
): Promise<{ rows: R[]; total: number | null }> {
  const [[first, firstCast], [second, secondCast]] = statement.keys;
  const { direction, where } = statement;
  const paged = where.copy();
  if (page.after)
    paged.add(`(${first}, ${second}) ${direction === 'asc' ? '>' : '<'} (${firstCast}, ${secondCast})`, ...(Cursor.decode(page.after) as [unknown, unknown]));
  const [rows, counted] = await Promise.all([
    read(`select ${statement.select} ${statement.from} ${paged.clause} order by ${first} ${direction}, ${second} ${direction} limit ?`, [
      ...(statement.selectParams ?? []),
      ...paged.params,
      page.first + 1,
    ]),
    includeCount ? runSql<{ n: number }>(em, `select count(*)::int as n ${statement.from} ${where.clause}`, where.params) : null,
  ]);
  return { rows, total: counted ? counted[0]!.n : null };
}

/** The page of `rows`, read with one row more than asked for. */
function pageOf<R, V>(rows: R[], page: PageArgs, total: number | null, map: (row: R) => V, cursorOf: (row: R) => [unknown, unknown]): Page<V> {
  const items = rows.slice(0, page.first);
  return {
    items: map === identity ? (items as unknown as V[]) : items.map(map),
    cursorAt: (index) => Cursor.encode(cursorOf(items[index]!)),
    hasNextPage: rows.length > page.first,
    hasPreviousPage: Boolean(page.after),
    totalCount: total,
  };
}

const identity = <T>(value: T) => value;

/** One page of a hand-written statement (lists ordered by a joined column or a date), its rows made views by `map`. */
export async function keysetPage<V>(
  em: EntityManager,
  query: KeysetStatement & { cursorOf: (row: Record<string, any>) => [unknown, unknown]; map: (row: Record<string, any>) => V },
  page: PageArgs,
  includeCount: boolean,
): Promise<Page<V>> {
  const { rows, total } = await keysetRows(em, query, page, includeCount, (sql, parameters) => runSql(em, sql, parameters));
  return pageOf(rows, page, total, query.map, query.cursorOf);
}

/** The two sort keys of a list of views, the last one unique: the property, its column and the cast of a cursor value. */
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
 * One page of views of an entity's table (row alias `e`), filtered or not: its statement is the
 * view's select list (`plainColumnsOf`, written once per shape) over the same keyset page as every
 * other list, its rows mapped by the entity's metadata, then by `read.rows`.
 */
export async function viewPage<E extends object, V>(
  em: EntityManager,
  entity: EntityName<E>,
  where: SqlConditions,
  page: PageArgs,
  includeCount: boolean,
  order: KeysetOrder,
  read: RowRead<V>,
): Promise<Page<V>> {
  const name = entity as EntityName<object>;
  const [first, second] = order.keys;
  const statement: KeysetStatement = {
    select: plainColumnsOf(em, name, withOrderKeys(read.properties, order), read.also),
    selectParams: read.alsoParams,
    from: `from ${tableOf(em, name)} as e`,
    where,
    keys: [
      [`e.${first.column}`, first.cast],
      [`e.${second.column}`, second.cast],
    ],
    direction: order.direction,
  };
  const { rows, total } = await keysetRows(em, statement, page, includeCount, (sql, parameters) => readPlainRows(em, name, sql, parameters, read.rows));
  return pageOf(rows, page, total, identity, cursorOfOrder(order));
}

/** A page of a registry list, by folded name (see `viewPage`). */
export function pageByName<E extends object, V extends { searchName: string; id: string }>(
  em: EntityManager,
  entity: EntityName<E>,
  where: SqlConditions,
  page: PageArgs,
  includeCount: boolean,
  read: RowRead<V>,
): Promise<Page<V>> {
  return viewPage(em, entity, where, page, includeCount, BY_NAME, read);
}

/**
 * One page of managed entities in a two-key order (the audit trail, which is read as entities), by
 * the same keyset condition as every other list, with a MikroORM condition.
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
  if (page.after)
    query.andWhere(
      `(e.${first.column}, e.${second.column}) ${order.direction === 'asc' ? '>' : '<'} (${first.cast}, ${second.cast})`,
      Cursor.decode(page.after) as [unknown, unknown],
    );
  query.orderBy({ [first.property]: order.direction, [second.property]: order.direction } as never).limit(page.first + 1);
  const [rows, total] = await Promise.all([query.getResultList() as Promise<E[]>, includeCount ? em.count(entity, where as never) : Promise.resolve(null)]);
  return pageOf(rows, page, total, identity, cursorOfOrder(order));
}

/** `properties` with the order's keys, which every page reads for its cursors. */
function withOrderKeys(properties: readonly string[], order: KeysetOrder): readonly string[] {
  const missing = order.keys.filter((key) => !properties.includes(key.property)).map((key) => key.property);
  return missing.length ? [...properties, ...missing] : properties;
}

/**
 * The cursor of a view or entity in `order`. Made here, not inline in a page's function: a page is
 * kept until its answer is written, and a closure holds its whole scope, the request's
 * EntityManager and all it has read included (measured: the scavenger's share of the CPU doubled).
 */
function cursorOfOrder(order: KeysetOrder): (item: unknown) => [unknown, unknown] {
  const [first, second] = order.keys;
  return (item) => [keyOf(item, first), keyOf(item, second)];
}

/** A sort key's value on a view or entity, as a cursor carries it. */
function keyOf(item: unknown, key: KeysetKey): unknown {
  const value = (item as Record<string, unknown>)[key.property];
  return value instanceof Date ? value.toISOString() : value;
}

/** A page with nothing on it (a filter that names nothing). */
export function emptyPage<V>(includeCount: boolean): Page<V> {
  return {
    items: [],
    cursorAt: () => {
      throw new RangeError('An empty page has no cursors');
    },
    hasNextPage: false,
    hasPreviousPage: false,
    totalCount: includeCount ? 0 : null,
  };
}
