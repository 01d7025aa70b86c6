import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { numbered } from '../../src/core/db/sql.js';

describe('the SQL door (runSql)', () => {
  it('numbers its ? placeholders in order, as PostgreSQL binds them', () => {
    expect(numbered('select * from facility where type = ? and district_id = any(?::uuid[]) limit ?', 3)).toBe(
      'select * from facility where type = $1 and district_id = any($2::uuid[]) limit $3',
    );
  });

  it('keeps an escaped question mark as it is', () => {
    expect(numbered(String.raw`select '\?' as mark, ? as value`, 1)).toBe(`select '?' as mark, $1 as value`);
  });

  it('refuses a statement whose placeholders and values differ in number, before it reaches the database', () => {
    expect(() => numbered('select * from facility where id = ? and type = ?', 1)).toThrow(/2 placeholders for 1 values/);
    // The second time the statement is known; the count is checked all the same.
    expect(() => numbered('select * from facility where id = ? and type = ?', 3)).toThrow(/2 placeholders for 3 values/);
  });

  it('is the only way hand-written SQL reaches the database: no module calls MikroORM’s execute', () => {
    const callers: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'migrations' && entry.name !== 'web') walk(path);
        } else if (path.endsWith('.ts') && /\bem\)?\s*\.execute\s*[<(]/.test(readFileSync(path, 'utf8'))) callers.push(path);
      }
    };
    walk('src');
    walk('seeds');
    expect(callers).toEqual([]);
  });
});
