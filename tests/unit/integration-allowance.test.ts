import { describe, expect, it } from 'vitest';
import { AllowanceRuleGap, integrationAllowance, type AllowanceInput, type AttendanceDay } from '../../src/modules/integration/allowance.js';
import { basicBenefitOn } from '../../src/modules/integration/integration.rules.js';

// June 2016: the basic benefit was PLN 831.10, the figure of the published CIS rules (DOMAIN.md):
// full allowance 831.10, 1/20 = 41.555 per unexcused day. (The published rules print 1/40 as 20.775;
// 831.10 / 40 is 20.7775, and the statute's fraction is what counts.)
const june2016 = (overrides: Partial<AllowanceInput> = {}): AllowanceInput => ({
  month: '2016-06', startDate: '2016-01-04', endDate: null, trialEndDate: null, days: [], sickDaysBefore: 0, daysOffBefore: 0, ...overrides,
});
const day = (d: number, status: AttendanceDay['status'], excusedKind?: AttendanceDay['excusedKind']): AttendanceDay => ({
  date: `2016-06-${String(d).padStart(2, '0')}`, status, excusedKind: excusedKind ?? null,
});
const amount = (input: AllowanceInput) => integrationAllowance(input).amount;

describe('integration allowance (art. 15, DOMAIN.md)', () => {
  it('pays the full rate for a whole month of participation', () => {
    expect(amount(june2016())).toBe('831.10');
  });

  it('pays half in the trial period', () => {
    expect(amount(june2016({ startDate: '2016-05-20', trialEndDate: '2016-06-30' }))).toBe('415.55');
  });

  it.each([
    [1, '789.55'], // 831.10 − 41.555 = 789.545, half up
    [3, '706.44'], // 831.10 − 124.665
  ])('deducts 1/20 per unexcused day (%i days → %s)', (n, expected) => {
    expect(amount(june2016({ days: Array.from({ length: n }, (_, i) => day(i + 1, 'UNEXCUSED_ABSENCE')) }))).toBe(expected);
  });

  it('pays nothing for a month with more than 3 unexcused days', () => {
    const result = integrationAllowance(june2016({ days: [1, 2, 3, 6].map((d) => day(d, 'UNEXCUSED_ABSENCE')) }));
    expect(result).toMatchObject({ amount: '0.00', forfeited: true, unexcusedDays: 4 });
  });

  it('deducts 1/20 of the trial amount for an unexcused day in the trial period', () => {
    // 415.55 − 20.7775 = 394.7725
    expect(amount(june2016({ startDate: '2016-06-01', trialEndDate: '2016-06-30', days: [day(7, 'UNEXCUSED_ABSENCE')] }))).toBe('394.77');
  });

  it('deducts 1/40 per sick day for 14 days, then 1/20', () => {
    expect(amount(june2016({ days: [day(2, 'EXCUSED_ABSENCE', 'SICK_LEAVE')] }))).toBe('810.32'); // 831.10 − 20.7775 = 810.3225
    const fifteen = Array.from({ length: 15 }, (_, i) => day(i + 1, 'EXCUSED_ABSENCE', 'SICK_LEAVE'));
    const result = integrationAllowance(june2016({ days: fifteen }));
    // 831.10 − 14 × 20.7775 − 41.555 = 498.66
    expect(result).toMatchObject({ amount: '498.66', sickDaysReduced: 14, sickDaysUnpaid: 1 });
  });

  it('counts sick days already used earlier in the participation', () => {
    expect(amount(june2016({ sickDaysBefore: 14, days: [day(2, 'EXCUSED_ABSENCE', 'SICK_LEAVE')] }))).toBe('789.55');
  });

  it('pays days off in full up to 6 in the participation, and no more', () => {
    const result = integrationAllowance(june2016({ daysOffBefore: 5, days: [day(8, 'EXCUSED_ABSENCE', 'DAY_OFF'), day(9, 'EXCUSED_ABSENCE', 'DAY_OFF')] }));
    expect(result).toMatchObject({ amount: '789.55', daysOffPaid: 1, daysOffUnpaid: 1 });
  });

  it('does not deduct other excused absences', () => {
    expect(amount(june2016({ days: [day(10, 'EXCUSED_ABSENCE', 'OTHER_EXCUSED')] }))).toBe('831.10');
  });

  it.each([
    ['starting mid-month', { startDate: '2016-06-16' }, '415.55'], // 15 of 30 days
    ['ending mid-month', { endDate: '2016-06-10' }, '277.03'], // 10 of 30 days: 277.0333
  ])('pays pro rata to calendar days when %s', (_label, overrides, expected) => {
    expect(amount(june2016(overrides))).toBe(expected);
  });

  it('splits a month between the trial period and the full rate', () => {
    // July 2016: 15 trial days at 50%, 16 days at 100% → 831.10 × 23.5 / 31 = 630.0274
    expect(amount({ ...june2016(), month: '2016-07', startDate: '2016-06-16', trialEndDate: '2016-07-15' })).toBe('630.03');
  });

  it('ignores entries outside the participation', () => {
    expect(amount(june2016({ startDate: '2016-06-16', days: [day(3, 'UNEXCUSED_ABSENCE')] }))).toBe('415.55');
  });

  it('never pays less than zero', () => {
    // One day of participation earns 27.70; one unexcused day deducts 41.555.
    expect(amount(june2016({ startDate: '2016-06-30', days: [day(30, 'UNEXCUSED_ABSENCE')] }))).toBe('0.00');
  });

  it('uses the base amount in force on each day when it changes mid-month', () => {
    const table = [
      { validFrom: '2030-06-01', validTo: '2030-06-15', grosze: 100_000, source: 'test' },
      { validFrom: '2030-06-16', validTo: null, grosze: 130_000, source: 'test' },
    ];
    const result = integrationAllowance({ month: '2030-06', startDate: '2030-01-01', endDate: null, trialEndDate: null, days: [], sickDaysBefore: 0, daysOffBefore: 0 }, table);
    expect(result.amount).toBe('1150.00');
  });

  it('refuses a month for which the table has no amount', () => {
    expect(() => integrationAllowance({ ...june2016(), month: '2020-01', startDate: '2019-12-01' })).toThrow(AllowanceRuleGap);
  });

  it('keeps the amount in force from 1 June 2024 in the dated table', () => {
    expect(basicBenefitOn('2024-05-31')).toBeNull();
    expect(basicBenefitOn('2026-11-24')?.grosze).toBe(166_200);
  });
});
