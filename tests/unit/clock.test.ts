import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { clockFor, dateInWarsaw, FixedClock, isIsoDate } from '../../src/core/clock.js';

describe('the hub clock', () => {
  it('reads the day in Warsaw, not in UTC', () => {
    expect(dateInWarsaw(new Date('2026-11-29T23:30:00Z'))).toBe('2026-11-30');
    expect(dateInWarsaw(new Date('2026-07-31T22:30:00Z'))).toBe('2026-08-01');
    expect(dateInWarsaw(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    expect(dateInWarsaw(new Date('2026-11-30T22:59:59Z'))).toBe('2026-11-30');
  });

  it('changes the day exactly at Warsaw midnight when asked instant after instant', () => {
    // Asked in order, as a running hub asks: the day of the previous hour must not linger.
    const asked = [
      ['2026-11-30T22:00:00.000Z', '2026-11-30'],
      ['2026-11-30T22:59:59.999Z', '2026-11-30'],
      ['2026-11-30T23:00:00.000Z', '2026-12-01'],
      ['2026-11-30T22:59:59.999Z', '2026-11-30'],
      ['2026-07-31T21:59:59.999Z', '2026-07-31'],
      ['2026-07-31T22:00:00.000Z', '2026-08-01'],
      ['2026-10-24T21:59:59.999Z', '2026-10-24'],
      ['2026-10-24T22:00:00.000Z', '2026-10-25'],
      ['2026-10-25T22:59:59.999Z', '2026-10-25'],
      ['2026-10-25T23:00:00.000Z', '2026-10-26'],
      ['1969-12-31T22:59:59.999Z', '1969-12-31'],
      ['1969-12-31T23:00:00.000Z', '1970-01-01'],
    ] as const;
    for (const [instant, day] of asked) expect(dateInWarsaw(new Date(instant)), instant).toBe(day);
  });

  it('stays on its fixed day, and its instants fall on that day in Warsaw and advance', async () => {
    for (const day of ['2026-03-29', '2026-10-25', '2026-12-31', '2028-02-29']) {
      const clock = new FixedClock(day);
      const first = clock.now();
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(clock.today()).toBe(day);
      expect(dateInWarsaw(first)).toBe(day);
      expect(clock.now().getTime()).toBeGreaterThan(first.getTime());
    }
  });

  it('moves to another day when a test lets time pass', () => {
    const clock = new FixedClock('2026-10-31');
    clock.setToday('2027-03-01');
    expect(clock.today()).toBe('2027-03-01');
    expect(dateInWarsaw(clock.now())).toBe('2027-03-01');
  });

  it('refuses a day that is not in the calendar', () => {
    expect(() => new FixedClock('2026-02-29')).toThrow(/real date/);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('26-01-01')).toBe(false);
  });

  it('is the machine clock unless the configuration fixes a day', () => {
    expect(clockFor(null).fixed).toBe(false);
    expect(clockFor('2026-01-31').today()).toBe('2026-01-31');
  });
});

describe('HUB_TODAY', () => {
  const production = { NODE_ENV: 'production', HUB_JWT_SECRET: 'x'.repeat(40), HUB_DATA_KEY: 'a'.repeat(64) };

  it('fixes the clock in development', () => {
    expect(loadConfig({ HUB_TODAY: '2026-10-31' }).fixedToday).toBe('2026-10-31');
    expect(loadConfig({}).fixedToday).toBeNull();
  });

  it('is refused in production', () => {
    expect(() => loadConfig({ ...production, HUB_TODAY: '2026-10-31' })).toThrow(ConfigError);
    expect(loadConfig(production).fixedToday).toBeNull();
  });

  it('must be a real date', () => {
    expect(() => loadConfig({ HUB_TODAY: '2026-02-30' })).toThrow(/HUB_TODAY/);
  });
});
