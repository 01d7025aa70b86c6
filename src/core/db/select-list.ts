import { raw, type EntityName, type RawQueryFragment } from '@mikro-orm/core';
import type { EntityManager } from './database.js';

const lists = new Map<EntityName<object>, Map<string, string>>();

/**
 * The select list of some properties of an entity, for a query builder with the alias `e`: built
 * by MikroORM once and then reused as raw SQL. Naming properties makes the builder resolve each
 * one on every query, several times the cost of the same list as raw SQL,
 * while the rows are mapped back to property names the same way.
 */
export function selectListOf<E extends object>(em: EntityManager, entity: EntityName<E>, properties: readonly string[]): RawQueryFragment {
  let byProperties = lists.get(entity as EntityName<object>);
  if (!byProperties) lists.set(entity as EntityName<object>, (byProperties = new Map()));
  const key = properties.join(',');
  let list = byProperties.get(key);
  if (list === undefined) {
    const sql = em
      .createQueryBuilder(entity, 'e')
      .select([...properties] as never)
      .getQuery();
    list = sql.slice('select '.length, sql.indexOf(' from '));
    byProperties.set(key, list);
  }
  return raw(list);
}
