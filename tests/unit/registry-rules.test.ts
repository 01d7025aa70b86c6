import { describe, expect, it } from 'vitest';
import { capacityLimitFor, CONFIDENTIAL_ADDRESS_TYPES, facilitySearchText } from '../../src/modules/registry/registry.rules.js';
import { FACILITY_TYPES } from '../../src/modules/registry/facility-types.js';
import { checkFacilityDraft, type FacilityDraft } from '../../src/modules/registry/facility.validation.js';
import { plainValuesOfInput } from '../../src/modules/registry/facility-columns.js';
import { InputProblems } from '../../src/core/errors.js';
import { foldForSearch } from '../../src/core/text-search.js';

describe('legal capacity limits (DOMAIN.md)', () => {
  it.each([
    ['CARE_EDUCATION_FACILITY', 'SOCIALISATION', 14],
    ['CARE_EDUCATION_FACILITY', 'INTERVENTION', 14],
    ['CARE_EDUCATION_FACILITY', 'SPECIALIST_THERAPEUTIC', 14],
    ['CARE_EDUCATION_FACILITY', 'FAMILY_TYPE', 8],
    ['REGIONAL_CARE_THERAPY_FACILITY', null, 30],
    ['PRE_ADOPTION_INTERVENTION_CENTRE', null, 20],
    ['NURSING_HOME', 'DPS_ELDERLY', 100],
    ['FAMILY_CARE_HOME', null, 8],
  ] as const)('%s %s allows at most %i places', (type, subtype, max) => {
    expect(capacityLimitFor(type, subtype, '2026-11-24')?.maxPlaces).toBe(max);
  });

  it('sets no limit where the law sets none', () => {
    expect(capacityLimitFor('WARMING_CENTRE', null, '2026-11-24')).toBeNull();
  });

  it('applies a limit only from the day it came into force', () => {
    expect(capacityLimitFor('CARE_EDUCATION_FACILITY', 'SOCIALISATION', '2011-12-31')).toBeNull();
  });
});

/** A valid draft; the plain columns it does not name are as a new facility's input leaves them. */
const valid: FacilityDraft = {
  name: 'Dom dla Dzieci nr 1',
  type: 'CARE_EDUCATION_FACILITY',
  ...plainValuesOfInput({ subtype: 'SOCIALISATION', declaredCapacity: 14, openedOn: '2020-01-01' }),
  operatorKind: 'FOUNDATION',
  address: { street: 'ul. Grodzka 1', postalCode: '31-005', city: 'Kraków' },
  contact: null,
  management: 'COMMISSIONED',
  agreement: { number: 'WSS-1/2026', validFrom: '2026-01-01', validTo: '2026-12-31' },
  registerEntry: null,
};

function problemsOf(draft: Partial<FacilityDraft>): string[] {
  const problems = new InputProblems();
  checkFacilityDraft({ ...valid, ...draft }, problems, '2026-11-24');
  return problems.list.map((p) => p.path);
}

describe('facility rules', () => {
  it('accepts a valid commissioned children’s home at its legal limit', () => {
    expect(problemsOf({})).toEqual([]);
  });
  it('refuses a declared capacity above the legal limit', () => {
    expect(problemsOf({ declaredCapacity: 15 })).toEqual(['declaredCapacity']);
  });
  it('refuses a negative declared capacity', () => {
    expect(problemsOf({ declaredCapacity: -1 })).toEqual(['declaredCapacity']);
  });
  it('refuses a family care home below its statutory minimum of three residents', () => {
    expect(problemsOf({ type: 'FAMILY_CARE_HOME', subtype: null, declaredCapacity: 2 })).toEqual(['declaredCapacity']);
  });
  it('needs the subtype of a care-and-education facility', () => {
    expect(problemsOf({ subtype: null })).toEqual(['subtype']);
  });
  it('refuses a subtype of another type', () => {
    expect(problemsOf({ subtype: 'DPS_ELDERLY' })).toContain('subtype');
  });
  it('needs the agreement of a commissioned service', () => {
    expect(problemsOf({ agreement: null })).toEqual(['agreement']);
  });
  it('refuses an own unit run by an NGO', () => {
    expect(problemsOf({ management: 'OWN_UNIT', agreement: null })).toEqual(['management']);
  });
  it('refuses a bad postal code and reports its path', () => {
    expect(problemsOf({ address: { ...valid.address, postalCode: '31005' } })).toEqual(['address.postalCode']);
  });
  it('needs a closing date for a closed facility', () => {
    expect(problemsOf({ status: 'CLOSED' })).toEqual(['closedOn']);
  });
  it('reports every problem at once', () => {
    expect(problemsOf({ name: ' ', declaredCapacity: 99, agreement: null })).toEqual(['name', 'agreement', 'declaredCapacity']);
  });
});

describe('what a facility search may touch', () => {
  const address = { street: 'ul. Ukryta 7', postalCode: '31-123', city: 'Kraków' };
  it.each(Object.keys(FACILITY_TYPES) as (keyof typeof FACILITY_TYPES)[])(
    'for %s: the name, city and postal code, and the street only where every caller may read it',
    (type) => {
      const text = facilitySearchText({ name: 'Schronisko', type, address });
      expect(text).toContain('Schronisko');
      expect(text).toContain('Kraków');
      expect(text).toContain('31-123');
      expect(text.includes('Ukryta')).toBe(!CONFIDENTIAL_ADDRESS_TYPES.includes(type));
    },
  );
});

describe('search folding', () => {
  it.each([
    ['Śrem', 'srem'],
    ['ŁÓDŹ', 'lodz'],
    ['  Dom   Pomocy  ', 'dom pomocy'],
    ['Zażółć gęślą jaźń', 'zazolc gesla jazn'],
  ])('%s folds to %s', (text, folded) => expect(foldForSearch(text)).toBe(folded));
});
