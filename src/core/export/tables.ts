import { headerOf, type FieldHeaders } from './labels.js';

/**
 * A GraphQL answer as tables people can file: a list becomes one table (a connection's `nodes` or
 * `edges.node` too), an object's scalars one table of field and value, and each list inside it a
 * table of its own. Nested objects flatten into dotted columns (`district.name`).
 */
export interface Table {
  name: string;
  columns: string[];
  rows: Record<string, unknown>[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function flatten(value: Json, prefix: string, into: Record<string, unknown>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  } else if (Array.isArray(value)) {
    // A short list inside a row (the months of a row, benefit amounts) stays in its cell.
    into[prefix] = value.map((v) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ');
  } else {
    into[prefix] = value;
  }
}

function table(name: string, items: Json[]): Table {
  const rows = items.map((item) => {
    const row: Record<string, unknown> = {};
    flatten(item, '', row);
    return row;
  });
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return { name, columns, rows };
}

function listOf(value: Json): Json[] | null {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') {
    if (Array.isArray(value.nodes)) return value.nodes;
    if (Array.isArray(value.edges)) return value.edges.map((e) => (e && typeof e === 'object' && !Array.isArray(e) ? (e.node ?? null) : null));
  }
  return null;
}

/**
 * One figure of a report as a row: what it is (the Polish header of its path, `personsReached.count`
 * as "Osoby objęte wsparciem — Liczba") and its value. A figure withheld by its object's
 * `suppressed` carries the flag where the cell reads it, not as a column of its own.
 */
function figureRow(path: string, value: Json, suppressed: boolean, headers: FieldHeaders): Record<string, unknown> {
  const row: Record<string, unknown> = { field: headerOf(path, headers), value: Array.isArray(value) ? value.join('; ') : value };
  if (suppressed) Object.defineProperty(row, 'suppressed', { value: true, enumerable: false });
  return row;
}

export function tablesOf(data: Record<string, Json>, headers: FieldHeaders): Table[] {
  const tables: Table[] = [];
  for (const [field, value] of Object.entries(data)) {
    const list = listOf(value);
    if (list) {
      tables.push(table(field, list));
      continue;
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const scalars: Record<string, unknown>[] = [];
      const figures = (object: { [key: string]: Json }, prefix: string) => {
        for (const [key, inner] of Object.entries(object)) {
          const path = prefix ? `${prefix}.${key}` : key;
          const innerList = listOf(inner);
          if (innerList) tables.push(table(`${field}.${path}`, innerList));
          else if (inner && typeof inner === 'object' && !Array.isArray(inner)) figures(inner, path);
          else if (key !== 'suppressed' || !prefix) scalars.push(figureRow(path, inner, object.suppressed === true, headers));
        }
      };
      figures(value, '');
      if (scalars.length) tables.unshift({ name: field, columns: ['field', 'value'], rows: scalars });
    } else {
      tables.push(table(field, [{ field, value }]));
    }
  }
  return tables;
}
