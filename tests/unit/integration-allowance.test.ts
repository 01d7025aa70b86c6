import { describe, expect, it } from 'vitest';
import { AllowanceRuleGap, integrationAllowance, type AllowanceInput, type AttendanceDay } from '../../src/modules/integration/allowance.js';
import { BASIC_UNEMPLOYMENT_BENEFIT, basicBenefitOn } from '../../src/modules/integration/integration.rules.js';
import { addDays } from '../../src/core/calendar.js';

// June 2016: the basic benefit was PLN 831.10, the figure of the published CIS rules (DOMAIN.md):
// full allowance 831.10, 1/20 = 41.555 per unexcused day. (The published rules print 1/40 as 20.775;
// 831.10 / 40 is 20.7775, and the statute's fraction is what counts.)
const june2016 = (overrides: Partial<AllowanceInput> = {}): AllowanceInput => ({
  month: '2016-06',
  startDate: '2016-01-04',
  endDate: null,
  trialEndDate: null,
  days: [],
  sickDaysBefore: 0,
  daysOffBefore: 0,
  ...overrides,
});
const day = (d: number, status: AttendanceDay['status'], excusedKind?: AttendanceDay['excusedKind']): AttendanceDay => ({
  date: `2016-06-${String(d).padStart(2, '0')}`,
  status,
  excusedKind: excusedKind ?? null,
});
const amount = (input: AllowanceInput) => integrationAllowance(input).amount;

describe('integration allowance before 2022 (art. 15 before Dz.U. 2022 poz. 218)', () => {
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

  it('deducts 1/30 for another excused absence, as the published rules of a CIS do', () => {
    // 831.10 − 27.7033 = 803.3967
    const result = integrationAllowance(june2016({ days: [day(10, 'EXCUSED_ABSENCE', 'OTHER_EXCUSED')] }));
    expect(result).toMatchObject({ amount: '803.40', otherExcusedDays: 1 });
    expect(result.deductions).toEqual([{ kind: 'OTHER_EXCUSED_ABSENCE', days: 1, fraction: 30, grosze: 2770, basis: expect.stringContaining('(check)') }]);
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
    const result = integrationAllowance(
      { month: '2030-06', startDate: '2030-01-01', endDate: null, trialEndDate: null, days: [], sickDaysBefore: 0, daysOffBefore: 0 },
      table,
    );
    // 120% of (1000.00 × 15 + 1300.00 × 15) / 30
    expect(result.amount).toBe('1380.00');
  });

  it('refuses a month for which the table has no amount, rather than computing on a stale one', () => {
    expect(() => integrationAllowance({ ...june2016(), month: '2016-05', startDate: '2016-05-01' })).toThrow(AllowanceRuleGap);
    const shortTable = [{ validFrom: '2016-06-01', validTo: '2016-06-30', grosze: 83_110, source: 'test' }];
    expect(() => integrationAllowance({ ...june2016(), month: '2016-07', startDate: '2016-07-01' }, shortTable)).toThrow(/2016-07-01/);
  });
});

describe('the basic unemployment benefit table', () => {
  it.each([
    ['2016-06-01', 83_110],
    ['2018-05-31', 83_110],
    ['2018-06-01', 84_780],
    ['2019-06-01', 86_140],
    ['2020-06-01', 88_130],
    ['2020-09-01', 120_000],
    ['2021-06-01', 124_080],
    ['2022-05-31', 124_080],
    ['2022-06-01', 130_410],
    ['2023-06-01', 149_190],
    ['2024-06-01', 166_200],
    ['2025-06-01', 172_190],
    ['2026-05-31', 172_190],
    ['2026-06-01', 178_390],
    ['2026-11-30', 178_390],
  ])('on %s is %i grosze', (date, grosze) => {
    expect(basicBenefitOn(date)?.grosze).toBe(grosze);
  });

  it('cites the September 2020 rise to the act that made it (solidarity allowance act, Dz.U. 2020 poz. 1068)', () => {
    expect(basicBenefitOn('2020-09-01')!.source).toMatch(/19 June 2020.*Dz\.U\. 2020 poz\. 1068/);
  });

  it('has a source for every row, no overlap and no gap from June 2016 on', () => {
    const rows = [...BASIC_UNEMPLOYMENT_BENEFIT].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    for (const [i, row] of rows.entries()) {
      expect(row.source.length).toBeGreaterThan(10);
      if (i > 0) expect(rows[i - 1]!.validTo && addDays(rows[i - 1]!.validTo!, 1)).toBe(row.validFrom);
    }
    expect(rows.at(-1)!.validTo).toBeNull();
    expect(basicBenefitOn('2016-05-31')).toBeNull();
  });
});

// From January 2022 (Dz.U. 2022 poz. 218, with effect from 1 January 2022 for the allowance).
const june2026 = (overrides: Partial<AllowanceInput> = {}): AllowanceInput => ({
  month: '2026-06',
  startDate: '2026-01-05',
  endDate: null,
  trialEndDate: null,
  days: [],
  sickDaysBefore: 0,
  daysOffBefore: 0,
  ...overrides,
});
const day2026 = (d: number, status: AttendanceDay['status'], excusedKind?: AttendanceDay['excusedKind']): AttendanceDay => ({
  date: `2026-06-${String(d).padStart(2, '0')}`,
  status,
  excusedKind: excusedKind ?? null,
});

describe('integration allowance from 2022 (art. 15 as amended by Dz.U. 2022 poz. 218)', () => {
  it('pays 120% of the benefit for a full month: 120% × 1,783.90 = 2,140.68 from June 2026', () => {
    expect(integrationAllowance(june2026())).toMatchObject({ amount: '2140.68', ratePercent: 120, trialRatePercent: 120, deductions: [] });
  });

  it('pays the trial month at the full rate', () => {
    expect(integrationAllowance(june2026({ startDate: '2026-06-01', trialEndDate: '2026-07-01' }))).toMatchObject({ amount: '2140.68', trialDays: 30 });
  });

  it('deducts 1/20 of the 120% amount for an unexcused day, with its basis', () => {
    // 2140.68 − 107.034 = 2033.646
    const result = integrationAllowance(june2026({ days: [day2026(2, 'UNEXCUSED_ABSENCE')] }));
    expect(result.amount).toBe('2033.65');
    expect(result.deductions).toEqual([{ kind: 'UNEXCUSED_ABSENCE', days: 1, fraction: 20, grosze: 10703, basis: expect.stringContaining('Art. 15 ust. 4') }]);
  });

  it('deducts 1/40 for a sick day within the paid ones', () => {
    // 2140.68 − 53.517 = 2087.163
    expect(integrationAllowance(june2026({ days: [day2026(3, 'EXCUSED_ABSENCE', 'SICK_LEAVE')] }))).toMatchObject({ amount: '2087.16', sickDaysReduced: 1 });
  });

  it('pays the first month of 2022 at 120% of the benefit of June 2021 (gov.pl: PLN 1,489)', () => {
    expect(integrationAllowance({ ...june2026(), month: '2022-01', startDate: '2021-09-01' }).amount).toBe('1488.96');
  });

  it('still computes December 2021 under the old rules: 100%, and 50% in the trial', () => {
    expect(integrationAllowance({ ...june2026(), month: '2021-12', startDate: '2021-09-01' })).toMatchObject({ amount: '1240.80', ratePercent: 100 });
    expect(integrationAllowance({ ...june2026(), month: '2021-12', startDate: '2021-12-01', trialEndDate: '2022-01-01' }).amount).toBe('620.40');
  });

  it('splits a trial that runs from December 2021 into January 2022 by the month\u2019s rules', () => {
    // January 2022: 120% for every day, trial or not.
    expect(integrationAllowance({ ...june2026(), month: '2022-01', startDate: '2021-12-15', trialEndDate: '2022-01-15' }).amount).toBe('1488.96');
  });

  it('never pays less than zero and forfeits a month of more than 3 unexcused days', () => {
    expect(integrationAllowance(june2026({ days: [1, 2, 3, 4].map((d) => day2026(d, 'UNEXCUSED_ABSENCE')) }))).toMatchObject({
      amount: '0.00',
      forfeited: true,
    });
    expect(integrationAllowance(june2026({ startDate: '2026-06-30', days: [day2026(30, 'UNEXCUSED_ABSENCE')] })).amount).toBe('0.00');
  });
});
