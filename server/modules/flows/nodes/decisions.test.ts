import { describe, expect, it } from 'vitest';
import { BusinessHoursConfig, SplitterConfig } from '../../../../contracts/flows';
import { businessHoursBranch, customLogicBranch, splitterBranch } from './decisions';

const hours = (input: unknown) => BusinessHoursConfig.parse(input);
const at = (iso: string) => new Date(iso);

describe('Business Hours with a controllable clock', () => {
  const newYork = hours({ timezone: 'America/New_York' }); // Mon–Fri 09:00–17:00

  it('opens and closes on the local wall clock', () => {
    expect(businessHoursBranch(newYork, at('2026-01-05T14:00:00Z')).branch).toBe('open'); // Mon 09:00 EST
    expect(businessHoursBranch(newYork, at('2026-01-05T13:59:00Z')).branch).toBe('closed'); // 08:59
    expect(businessHoursBranch(newYork, at('2026-01-05T22:00:00Z')).branch).toBe('closed'); // 17:00
    expect(businessHoursBranch(newYork, at('2026-01-10T15:00:00Z')).branch).toBe('closed'); // Saturday
  });

  it('follows daylight saving time: 09:00 stays 09:00 across the change', () => {
    // 2026-03-08 US clocks spring forward; the next Monday 09:00 EDT is 13:00 UTC.
    expect(businessHoursBranch(newYork, at('2026-03-09T13:00:00Z')).branch).toBe('open');
    expect(businessHoursBranch(newYork, at('2026-03-06T13:00:00Z')).branch).toBe('closed'); // Fri 08:00 EST
    // 2026-11-01 they fall back: Monday 09:00 EST is 14:00 UTC again.
    expect(businessHoursBranch(newYork, at('2026-11-02T13:30:00Z')).branch).toBe('closed');
    expect(businessHoursBranch(newYork, at('2026-11-02T14:00:00Z')).branch).toBe('open');
  });

  it('reads the same instant differently in different timezones', () => {
    const instant = at('2026-01-06T17:30:00Z'); // Tue: 09:30 in Los Angeles, 17:30 in London, 02:30 Wed in Tokyo
    const branch = (timezone: string) => businessHoursBranch(hours({ timezone }), instant).branch;
    expect(branch('America/Los_Angeles')).toBe('open');
    expect(branch('Europe/London')).toBe('closed');
    expect(branch('Asia/Tokyo')).toBe('closed');
  });

  it('has several ranges a day and ranges past midnight', () => {
    const split = hours({
      timezone: 'UTC',
      schedule: {
        mon: [
          { open: '08:00', close: '12:00' },
          { open: '13:00', close: '17:00' },
        ],
        fri: [{ open: '22:00', close: '02:00' }],
      },
    });
    expect(businessHoursBranch(split, at('2026-01-05T12:30:00Z')).branch).toBe('closed'); // lunch
    expect(businessHoursBranch(split, at('2026-01-05T13:30:00Z')).branch).toBe('open');
    expect(businessHoursBranch(split, at('2026-01-10T01:00:00Z')).branch).toBe('open'); // Sat 01:00, Friday's night shift
  });

  it('is closed on named holidays, by the local date', () => {
    const withHolidays = hours({
      timezone: 'America/New_York',
      holidays: [
        { date: '2026-07-03', name: 'Independence Day (observed)' },
        { date: '2020-12-25', name: 'Christmas', yearly: true },
      ],
    });
    expect(businessHoursBranch(withHolidays, at('2026-07-03T15:00:00Z'))).toEqual({
      branch: 'closed',
      note: 'Closed for Independence Day (observed)',
    });
    expect(businessHoursBranch(withHolidays, at('2026-12-25T15:00:00Z')).note).toBe('Closed for Christmas');
    // 2026-07-04 02:00 UTC is still July 3 in New York.
    expect(businessHoursBranch(withHolidays, at('2026-07-04T02:00:00Z')).note).toBe(
      'Closed for Independence Day (observed)',
    );
    expect(businessHoursBranch(withHolidays, at('2026-07-02T15:00:00Z')).branch).toBe('open');
  });
});

/** A small deterministic generator, so the tolerance checks never flake. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function tally(config: unknown, calls: number, now = at('2026-01-05T15:00:00Z')) {
  const parsed = SplitterConfig.parse(config);
  const random = seeded(7);
  const counts: Record<string, number> = {};
  for (let i = 0; i < calls; i++) {
    const { branch } = splitterBranch(parsed, { now, random, turnKey: `test-${JSON.stringify(config)}` });
    counts[branch] = (counts[branch] ?? 0) + 1;
  }
  return counts;
}

describe('Splitter distributions', () => {
  it('percentage splits stay within 2 points of their shares over 10,000 calls', () => {
    const counts = tally(
      {
        mode: 'percentage',
        branches: [
          { name: 'A', value: 70 },
          { name: 'B', value: 20 },
          { name: 'C', value: 10 },
        ],
      },
      10_000,
    );
    expect(Math.abs(counts.A / 100 - 70)).toBeLessThan(2);
    expect(Math.abs(counts.B / 100 - 20)).toBeLessThan(2);
    expect(Math.abs(counts.C / 100 - 10)).toBeLessThan(2);
  });

  it('weighted splits follow relative weights; a zero weight is never taken, all zero fails over', () => {
    const counts = tally(
      {
        mode: 'weighted',
        branches: [
          { name: 'A', value: 3 },
          { name: 'B', value: 1 },
          { name: 'C', value: 0 },
        ],
      },
      8_000,
    );
    expect(Math.abs(counts.A / 8_000 - 0.75)).toBeLessThan(0.02);
    expect(counts.C).toBeUndefined();
    expect(tally({ mode: 'weighted', branches: [{ name: 'A', value: 0 }] }, 5)).toEqual({ failover: 5 });
  });

  it('round robin takes turns exactly', () => {
    expect(
      tally({ mode: 'roundRobin', branches: [{ name: 'A' }, { name: 'B' }, { name: 'C' }] }, 300),
    ).toEqual({ A: 100, B: 100, C: 100 });
  });

  it('time-based rules pick by weekday and hours, failing over outside them', () => {
    const config = {
      mode: 'time',
      timezone: 'America/Chicago',
      branches: [
        {
          name: 'weekday',
          days: ['mon', 'tue', 'wed', 'thu', 'fri'],
          hours: { open: '08:00', close: '18:00' },
        },
        {
          name: 'evening',
          days: ['mon', 'tue', 'wed', 'thu', 'fri'],
          hours: { open: '18:00', close: '22:00' },
        },
      ],
    };
    expect(tally(config, 3, at('2026-01-05T15:00:00Z'))).toEqual({ weekday: 3 }); // Mon 09:00 CST
    expect(tally(config, 1, at('2026-01-06T01:00:00Z'))).toEqual({ evening: 1 }); // Mon 19:00 CST
    expect(tally(config, 1, at('2026-01-10T15:00:00Z'))).toEqual({ failover: 1 }); // Saturday
  });
});

describe('Custom Logic', () => {
  it('takes the first matching rule, else the else-branch, and reports broken rules', () => {
    const config = {
      rules: [
        { name: 'broken', expression: 'round(zip_text) > 1' },
        { name: 'vip', expression: 'tier == "gold" and number(score) >= 40' },
        { name: 'also', expression: 'true' },
      ],
    };
    expect(customLogicBranch(config, { tier: 'gold', score: '42', zip_text: 'x' }).branch).toBe('vip');
    const none = customLogicBranch({ rules: [config.rules[0]] }, { zip_text: 'abc' });
    expect(none.branch).toBe('else');
    expect(none.note).toMatch(/broken: round\(\) needs a number/);
  });
});
