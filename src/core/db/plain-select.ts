import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from './database.js';
import { selectListOf } from './select-list.js';

const statements = new WeakMap<object, Map<string, string>>();

/**
 * `select <properties>[, <also>] from <table> as e`, written once per shape: a statement whose only
 * variable parts are its parameters need not pass through the query builder on every request,
 * which cost about as much Node CPU as mapping the rows it returns.
 */
export function plainSelectOf(em: EntityManager, entity: EntityName<object>, properties: readonly string[], also: readonly string[] = []): string {
  const meta = em.getMetadata().get(entity);
  let byShape = statements.get(meta);
  if (!byShape) statements.set(meta, (byShape = new Map()));
  const shape = [...properties, '|', ...also].join(',');
  let sql = byShape.get(shape);
  if (sql === undefined) {
    sql = `select ${[selectListOf(em, entity, properties).sql, ...also].join(', ')} from ${em.getPlatform().quoteIdentifier(meta.tableName)} as e`;
    byShape.set(shape, sql);
  }
  return sql;
}

/** Rows of a plain select, with property names as the query builder maps them (`execute('all', true)`). */
export function mapPlainRows(em: EntityManager, entity: EntityName<object>, rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const meta = em.getMetadata().get(entity);
  const driver = em.getDriver();
  return rows.map((row) => driver.mapResult(row as never, meta as never) as Record<string, unknown>);
}
