import { describe, expect, it } from 'vitest';
import { isInForce, ruleInForce } from '../../src/core/dated-rules.js';

describe('dated rules tables', () => {
  const table = [
    { validFrom: '2016-06-01', validTo: '2017-05-31', value: 1 },
    { validFrom: '2024-06-01', validTo: null, value: 2 },
  ];

  it('holds a row from its first day to its last, inclusive, and an open row from then on', () => {
    expect(isInForce(table[0]!, '2016-06-01')).toBe(true);
    expect(isInForce(table[0]!, '2017-05-31')).toBe(true);
    expect(isInForce(table[0]!, '2017-06-01')).toBe(false);
    expect(isInForce(table[1]!, '2099-01-01')).toBe(true);
  });

  it('answers null in a gap of the table rather than a neighbouring row', () => {
    expect(ruleInForce(table, '2020-01-01')).toBeNull();
    expect(ruleInForce(table, '2024-06-01')?.value).toBe(2);
    expect(ruleInForce(table, '2016-07-01', (row) => row.value === 2)).toBeNull();
  });
});
