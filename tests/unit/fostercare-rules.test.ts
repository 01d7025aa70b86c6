import { describe, expect, it } from 'vitest';
import { ageRuleKinds, carerLimitFor, stayLimitAtStart } from '../../src/modules/fostercare/fostercare.rules.js';

describe('foster-care limits in their true scope (ustawa o wspieraniu rodziny i systemie pieczy zastępczej)', () => {
  it('sets no statutory limit for a kinship family, and 3 for the other foster families (art. 54)', () => {
    expect(carerLimitFor('KINSHIP_FAMILY', '2026-11-30')).toMatchObject({ maxChildren: null, exception: null });
    for (const kind of ['NON_PROFESSIONAL_FAMILY', 'PROFESSIONAL_FAMILY', 'PROFESSIONAL_SPECIALIST_FAMILY'] as const) {
      const limit = carerLimitFor(kind, '2026-11-30')!;
      expect(limit.maxChildren).toBe(3);
      expect(limit.source).toContain('Art. 54');
      expect(limit.exception).toEqual({ kind: 'SIBLINGS', maxWithException: null, needs: ['CARER_CONSENT', 'COORDINATOR_OPINION'] });
    }
  });

  it('lets a family-type facility exceed 8 only for siblings, up to 10, with the voivode\u2019s consent', () => {
    expect(carerLimitFor('FAMILY_TYPE_FACILITY', '2026-11-30')).toMatchObject({
      maxChildren: 8,
      exception: { kind: 'SIBLINGS', maxWithException: 10, needs: ['VOIVODE_CONSENT'] },
    });
  });

  it('applies the age-10 rule to socialisation, intervention and specialist-therapeutic facilities only (art. 95 ust. 2)', () => {
    expect(ageRuleKinds('2026-11-30').sort()).toEqual(['INTERVENTION_FACILITY', 'SOCIALISATION_FACILITY', 'SPECIALIST_THERAPEUTIC_FACILITY']);
  });

  it('ends an emergency-family stay after 4 months and an intervention stay after 3, as periods in months', () => {
    expect(stayLimitAtStart(carerLimitFor('EMERGENCY_FAMILY', '2026-10-31')!, '2026-10-31', '2020-01-01')).toBe('2027-02-28');
    expect(stayLimitAtStart(carerLimitFor('INTERVENTION_FACILITY', '2026-11-30')!, '2026-11-30', '2012-01-01')).toBe('2027-02-28');
    expect(carerLimitFor('EMERGENCY_FAMILY', '2026-11-30')!.stay).toEqual({ maxMonths: 4, extendedMonthsInAll: 8, untilProceedingsEnd: true });
    expect(carerLimitFor('INTERVENTION_FACILITY', '2026-11-30')!.stay).toEqual({ maxMonths: 3, extendedMonthsInAll: null, untilProceedingsEnd: true });
  });

  it('ends a pre-adoption stay by the first birthday, and sets no length for other forms', () => {
    expect(stayLimitAtStart(carerLimitFor('PRE_ADOPTION_INTERVENTION_CENTRE', '2026-11-30')!, '2026-11-30', '2026-09-15')).toBe('2027-09-15');
    expect(stayLimitAtStart(carerLimitFor('SOCIALISATION_FACILITY', '2026-11-30')!, '2026-11-30', '2012-01-01')).toBeNull();
  });
});
