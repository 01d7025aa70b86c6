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

export function tablesOf(data: Record<string, Json>): Table[] {
  const tables: Table[] = [];
  for (const [field, value] of Object.entries(data)) {
    const list = listOf(value);
    if (list) {
      tables.push(table(field, list));
      continue;
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const scalars: Json[] = [];
      for (const [key, inner] of Object.entries(value)) {
        const innerList = listOf(inner);
        if (innerList) tables.push(table(`${field}.${key}`, innerList));
        else scalars.push({ field: key, value: inner && typeof inner === 'object' ? JSON.stringify(inner) : inner });
      }
      if (scalars.length) tables.unshift(table(field, scalars));
    } else {
      tables.push(table(field, [{ field, value }]));
    }
  }
  return tables;
}
