import { CompiledQuery } from 'kysely';
import type { EntityManager } from './database.js';

/**
 * Runs SQL with `$1, $2, …` sent as bind parameters. MikroORM's `execute` writes every parameter
 * into the SQL text, escaping it character by character; for the megabytes of JSON a 10,000-row
 * batch carries, that escaping and the garbage it leaves cost more than the statement. Runs inside
 * the manager's transaction when it has one, is reported to `onQuery`, and fails with MikroORM's
 * exception classes, like any statement.
 */
export async function executeBound<T = Record<string, any>>(em: EntityManager, sql: string, parameters: unknown[]): Promise<T[]> {
  em.config.get('onQuery')(sql, parameters);
  const transaction = em.getTransactionContext<{ executeQuery: (q: CompiledQuery) => Promise<{ rows: unknown[] }> }>();
  const client = transaction ?? (em.getConnection().getClient() as unknown as { executeQuery: (q: CompiledQuery) => Promise<{ rows: unknown[] }> });
  try {
    const result = await client.executeQuery(CompiledQuery.raw(sql, parameters));
    return result.rows as T[];
  } catch (error) {
    // The same exception classes as MikroORM's own statements (UniqueConstraintViolationException…).
    throw em.getDriver().convertException(error as Error);
  }
}
