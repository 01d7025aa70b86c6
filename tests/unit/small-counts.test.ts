import { describe, expect, it } from 'vitest';
import { ALL, cellsToSuppress, cubeCellId, cubeEquations, isSmall, type CountEquation } from '../../src/core/personal-data/small-counts.js';

/** A seeded random cube of counts over dimensions of the given sizes, many of them small. */
function randomCube(sizes: number[], seed: number) {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const finest: string[][] = sizes.reduce<string[][]>(
    (acc, size, d) => acc.flatMap((prefix) => Array.from({ length: size }, (_, v) => [...prefix, `d${d}v${v}`])),
    [[]],
  );
  const counts = new Map<string, number>();
  const add = (values: string[], n: number) => counts.set(cubeCellId(values), (counts.get(cubeCellId(values)) ?? 0) + n);
  for (const values of finest) {
    const n = next() < 0.3 ? 0 : next() < 0.5 ? 1 + Math.floor(next() * 4) : 5 + Math.floor(next() * 40);
    if (n === 0) continue;
    // Every cell of the cube this finest cell falls in: each dimension either its value or ALL.
    for (let mask = 0; mask < 1 << sizes.length; mask++)
      add(
        values.map((v, d) => (mask & (1 << d) ? ALL : v)),
        n,
      );
  }
  const cells = [...counts.keys()].map((id) => JSON.parse(id) as string[]);
  return { counts, cells };
}

/** Equations with exactly one withheld figure: each of them gives that figure back. */
const leaks = (equations: CountEquation[], withheld: Set<string>) =>
  equations.filter((e) => [e.total, ...e.parts].filter((id) => withheld.has(id)).length === 1);

describe('suppression of small counts', () => {
  it('withholds the second figure of a total of 15 split into 14 and 1, so the 1 cannot be computed', () => {
    const counts = new Map([
      ['total', 15],
      ['employed', 14],
      ['dropped out', 1],
    ]);
    expect(cellsToSuppress(counts, [{ total: 'total', parts: ['employed', 'dropped out'] }])).toEqual(new Set(['employed', 'dropped out']));
  });

  it('takes the smallest positive part as the complement, leaving the large ones and the total', () => {
    const counts = new Map([
      ['t', 60],
      ['a', 2],
      ['b', 8],
      ['c', 50],
      ['z', 0],
    ]);
    expect(cellsToSuppress(counts, [{ total: 't', parts: ['a', 'b', 'c', 'z'] }])).toEqual(new Set(['a', 'b']));
  });

  it('shows zero: it points at nobody', () => {
    expect(isSmall(0)).toBe(false);
    expect([1, 2, 3, 4].every(isSmall)).toBe(true);
    expect(isSmall(5)).toBe(false);
  });

  it.each([[[2, 3]], [[2, 8, 3]], [[4, 4, 2, 3]], [[1, 5]]])(
    'leaves no equation of a random cube %j with one withheld figure, and withholds every small one',
    (sizes) => {
      for (let seed = 1; seed <= 40; seed++) {
        const { counts, cells } = randomCube(sizes, seed);
        const equations = cubeEquations(
          cells,
          sizes.map(() => true),
        );
        const withheld = cellsToSuppress(counts, equations);
        expect(leaks(equations, withheld)).toEqual([]);
        for (const [id, n] of counts) if (isSmall(n)) expect(withheld.has(id)).toBe(true);
      }
    },
  );

  it('writes no equation along a dimension that does not add up (months of a participation)', () => {
    const cells = [
      [ALL, ALL],
      ['2026-01', ALL],
      ['2026-02', ALL],
      [ALL, 'CIS'],
      ['2026-01', 'CIS'],
      ['2026-02', 'CIS'],
    ];
    const equations = cubeEquations(cells, [false, true]);
    expect(equations.map((e) => e.total).sort()).toEqual([cubeCellId([ALL, ALL]), cubeCellId(['2026-01', ALL]), cubeCellId(['2026-02', ALL])].sort());
  });
});
