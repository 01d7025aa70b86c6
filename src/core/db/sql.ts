import { CompiledQuery } from 'kysely';
import type { EntityManager } from './database.js';

type Client = { executeQuery: (q: CompiledQuery) => Promise<{ rows: unknown[] }> };

/**
 * The one door for hand-written SQL: a statement with `?` placeholders (the same as MikroORM's own
 * `execute` and `raw` read), its values sent as bind parameters `$1, $2, …`.
 *
 * Bind parameters rather than MikroORM's `execute`, which writes every value into the SQL text,
 * escaping it character by character: for the megabytes of JSON a 10,000-row batch carries, that
 * escaping and the garbage it leaves cost more than the statement, and a value never becomes SQL.
 * Runs inside the manager's transaction when it has one, is reported to `onQuery` (as written, with
 * its `?`), and fails with MikroORM's exception classes (UniqueConstraintViolationException…), like
 * the ORM's own statements.
 */
export async function runSql<T = Record<string, any>>(em: EntityManager, sql: string, parameters: readonly unknown[] = []): Promise<T[]> {
  em.config.get('onQuery')(sql, parameters as unknown[]);
  const client = em.getTransactionContext<Client>() ?? (em.getConnection().getClient() as unknown as Client);
  try {
    const result = await client.executeQuery(CompiledQuery.raw(numbered(sql, parameters.length), parameters as unknown[]));
    return result.rows as T[];
  } catch (error) {
    throw em.getDriver().convertException(error as Error);
  }
}

const numberedTexts = new Map<string, { text: string; count: number }>();

/**
 * `sql` with its `?` numbered `$1, $2, …`; `\?` stays a question mark. A statement whose count of
 * placeholders is not that of its values is a mistake in the code, refused before it reaches the
 * database. Most statements are a handful of fixed texts, so each is numbered once.
 */
export function numbered(sql: string, values: number): string {
  let known = numberedTexts.get(sql);
  if (known === undefined) {
    let count = 0;
    const text = sql.replace(/\\\?|\?\??/g, (mark) => {
      if (mark === '\\?') return '?';
      if (mark === '??') throw new Error(`?? (an identifier placeholder) is not supported: ${sql}`);
      return `$${++count}`;
    });
    known = { text, count };
    // Statements with lists of ids differ by their length; the cache keeps the fixed ones.
    if (numberedTexts.size < 2_000) numberedTexts.set(sql, known);
  }
  if (known.count !== values) throw new Error(`${known.count} placeholders for ${values} values in: ${sql}`);
  return known.text;
}

/** `?, ?, …`: one placeholder for each of `count` values, for `in (…)`. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/** The conditions of a statement for `runSql`, each with its own `?` parameters, joined by `and`. */
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
    return values?.length ? this.add(`${column} in (${placeholders(values.length)})`, ...values) : this;
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
