import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/calendar.js';
import { SOCIALLY_USEFUL_WORK_RULES, sociallyUsefulWorkRuleFor } from '../../src/modules/integration/integration.rules.js';

describe('the rules of socially useful work', () => {
  it('cover every day from June 2017 on, one row at a time, each with its source', () => {
    SOCIALLY_USEFUL_WORK_RULES.forEach((row, i) => {
      expect(row.source.length).toBeGreaterThan(20);
      const next = SOCIALLY_USEFUL_WORK_RULES[i + 1];
      if (next) expect(addDays(row.validTo!, 1)).toBe(next.validFrom);
      else expect(row.validTo).toBeNull();
    });
    expect(sociallyUsefulWorkRuleFor('2017-05-31')).toBeNull();
  });

  it('choose the repealed act for an agreement concluded on 31 May 2025 and the new one from 1 June 2025', () => {
    expect(sociallyUsefulWorkRuleFor('2025-05-31')!.source).toMatch(/no valorisation on that day/);
    expect(sociallyUsefulWorkRuleFor('2025-06-01')!.source).toMatch(/Dz\.U\. 2025 poz\. 620/);
  });

  it('give PLN 10.90 as the minimum for an agreement of June 2023 to May 2024, and 8.10 for one of 2017', () => {
    expect(sociallyUsefulWorkRuleFor('2023-06-01')!.minimumHourlyGrosze).toBe(1090);
    expect(sociallyUsefulWorkRuleFor('2024-05-31')!.minimumHourlyGrosze).toBe(1090);
    expect(sociallyUsefulWorkRuleFor('2017-06-01')!.minimumHourlyGrosze).toBe(810);
    expect(sociallyUsefulWorkRuleFor('2024-06-01')!.minimumHourlyGrosze).toBeNull();
  });
});
