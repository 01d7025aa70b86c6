import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from './database.js';
import { selectListOf } from './select-list.js';
import { runSql } from './sql.js';

const selectLists = new WeakMap<object, Map<string, string>>();

/**
 * `<properties>[, <also>]` of a row `e`, written once per shape: a statement whose only variable
 * parts are its parameters need not pass through the query builder on every request, which cost
 * about as much Node CPU as mapping the rows it returns.
 */
export function plainColumnsOf(em: EntityManager, entity: EntityName<object>, properties: readonly string[], also: readonly string[] = []): string {
  const meta = em.getMetadata().get(entity);
  let byShape = selectLists.get(meta);
  if (!byShape) selectLists.set(meta, (byShape = new Map()));
  const shape = [...properties, '|', ...also].join(',');
  let columns = byShape.get(shape);
  if (columns === undefined) {
    columns = [selectListOf(em, entity, properties).sql, ...also].join(', ');
    byShape.set(shape, columns);
  }
  return columns;
}

/** `select <properties>[, <also>] from <table> as e` (see `plainColumnsOf`). */
export function plainSelectOf(em: EntityManager, entity: EntityName<object>, properties: readonly string[], also: readonly string[] = []): string {
  return `select ${plainColumnsOf(em, entity, properties, also)} from ${tableOf(em, entity)} as e`;
}

/** An entity's table, quoted. */
export function tableOf(em: EntityManager, entity: EntityName<object>): string {
  return em.getPlatform().quoteIdentifier(em.getMetadata().get(entity).tableName);
}

/**
 * Runs a plain select (`plainSelectOf`) and makes each row a view: first with property names as the
 * query builder maps them (`execute('all', true)`), then by `view`.
 *
 * The driver's array of rows is emptied once mapped. On a cache-miss page nearly every row pg had
 * parsed survived the next scavenges, long after its request had answered. One holder has been
 * named since (a page's closure that kept the request's scope: bench/RESULTS.md, "What kept a
 * page's rows alive"); emptied, the rows die young whoever else holds the array ("Rows emptied once
 * read").
 */
export async function readPlainRows<V>(
  em: EntityManager,
  entity: EntityName<object>,
  sql: string,
  parameters: readonly unknown[],
  view: (row: Record<string, unknown>) => V,
): Promise<V[]> {
  const rows = await runSql<Record<string, unknown>>(em, sql, parameters);
  const meta = em.getMetadata().get(entity);
  const driver = em.getDriver();
  const views = rows.map((row) => view(driver.mapResult(row as never, meta as never) as Record<string, unknown>));
  rows.length = 0;
  return views;
}
