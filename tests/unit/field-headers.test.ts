import { describe, expect, it } from 'vitest';
import { headerOf, joinFieldHeaders } from '../../src/core/export/labels.js';
import { hubFieldHeaders } from '../../src/hub.js';
import { FACILITY_PLAIN_COLUMNS, FACILITY_PLAIN_COLUMN_NAMES } from '../../src/modules/registry/facility-columns.js';

describe('Polish export headers', () => {
  it('head a facility’s plain columns as their one declaration says', () => {
    const headers = hubFieldHeaders();
    for (const name of FACILITY_PLAIN_COLUMN_NAMES) expect(headerOf(name, headers)).toBe(FACILITY_PLAIN_COLUMNS[name].header);
  });

  it('refuse a field headed two ways by two parts of the hub', () => {
    expect(() => joinFieldHeaders([{ status: 'Status' }, { status: 'Stan' }])).toThrow(/status/);
    expect(joinFieldHeaders([{ status: 'Status' }, { status: 'Status' }])).toEqual({ status: 'Status' });
  });
});
