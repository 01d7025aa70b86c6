import { Cursor } from '@mikro-orm/core';
import type { Page, PageArgs } from '../graphql/pagination.js';
import type { EntityManager } from './database.js';
import { runSql } from './sql.js';

/** The conditions of a raw statement, each with its own `?` parameters, joined by `and`. */
export class SqlConditions {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];

  add(sql: string, ...values: unknown[]): this {
    this.parts.push(sql);
    this.params.push(...values);
    return this;
  }

  /** `column in (?, …)` of as many parameters as `values`; nothing when there are none. */
  oneOf(column: string, values: readonly unknown[] | null | undefined): this {
    return values?.length ? this.add(`${column} in (${values.map(() => '?').join(', ')})`, ...values) : this;
  }

  /** The same conditions, to add more to without changing these. */
  copy(): SqlConditions {
    const copy = new SqlConditions();
    copy.parts.push(...this.parts);
    copy.params.push(...this.params);
    return copy;
  }

  /** The conditions joined by `and`, each in parentheses (one may hold an `or`), `true` when there are none. */
  get all(): string {
    return this.parts.length ? this.parts.map((part) => `(${part})`).join(' and ') : 'true';
  }

  /** `where …`, or nothing when there are no conditions. */
  get clause(): string {
    return this.parts.length ? `where ${this.all}` : '';
  }
}

export interface RawKeysetQuery<V> {
  /** The columns, including those the cursor is made of. */
  select: string;
  /** `from … join …`. */
  from: string;
  where: SqlConditions;
  /** The two sort keys (the last one unique), as SQL with its cast for a cursor value: `['pl.start_date', '?::date']`. */
  keys: [[string, string], [string, string]];
  direction: 'asc' | 'desc';
  /** The sort keys of a row, as the cursor carries them. */
  cursorOf: (row: Record<string, any>) => [unknown, unknown];
  map: (row: Record<string, any>) => V;
}

/**
 * One page of a raw statement ordered by two keys, read with a keyset condition so that a late page
 * costs what the first one does and rows written meanwhile cause no gaps or repeats (the raw-SQL
 * sibling of `pageByName`, for lists ordered by a joined column or a date). The total is counted
 * only when asked for, alongside.
 */
export async function rawKeysetPage<V>(em: EntityManager, query: RawKeysetQuery<V>, page: PageArgs, includeCount: boolean): Promise<Page<V>> {
  const [[first, firstCast], [second, secondCast]] = query.keys;
  const paged = query.where.copy();
  if (page.after) {
    const [a, b] = Cursor.decode(page.after) as [unknown, unknown];
    paged.add(`(${first}, ${second}) ${query.direction === 'asc' ? '>' : '<'} (${firstCast}, ${secondCast})`, a, b);
  }
  const [rows, total] = await Promise.all([
    runSql(em, `select ${query.select} ${query.from} ${paged.clause} order by ${first} ${query.direction}, ${second} ${query.direction} limit ?`, [
      ...paged.params,
      page.first + 1,
    ]),
    includeCount ? runSql<{ n: number }>(em, `select count(*)::int as n ${query.from} ${query.where.clause}`, query.where.params) : Promise.resolve(null),
  ]);
  const items = rows.slice(0, page.first);
  return {
    items: items.map(query.map),
    cursorAt: (index) => Cursor.encode(query.cursorOf(items[index]!)),
    hasNextPage: rows.length > page.first,
    hasPreviousPage: Boolean(page.after),
    totalCount: total ? total[0]!.n : null,
  };
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
