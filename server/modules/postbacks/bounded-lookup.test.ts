import { describe, expect, it } from 'vitest';
import { CLICK_ID_LOOKUP, type LookupClock, lookupWithin } from './bounded-lookup';

/** A clock that only moves when the lookup sleeps. */
function fakeClock() {
  let now = 0;
  const sleeps: number[] = [];
  const clock: LookupClock = {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
  return { clock, sleeps, elapsed: () => now };
}

describe('lookupWithin', () => {
  it('stops after 5 tries within 30 s when nothing is found', async () => {
    const { clock, sleeps, elapsed } = fakeClock();
    const result = await lookupWithin(async () => undefined, CLICK_ID_LOOKUP, clock);
    expect(result).toEqual({ found: undefined, tries: 5 });
    expect(sleeps).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(elapsed()).toBeLessThanOrEqual(30_000);
  });

  it('cuts off a try that outlasts the total, by its signal', async () => {
    const started = Date.now();
    const result = await lookupWithin(
      (signal) =>
        new Promise<string | undefined>((_, reject) =>
          signal.addEventListener('abort', () => reject(signal.reason)),
        ),
      { totalMs: 200, maxTries: 5, firstDelayMs: 50 },
    );
    expect(result).toEqual({ found: undefined, tries: 1 });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('returns as soon as a try finds it', async () => {
    const { clock, sleeps } = fakeClock();
    let tries = 0;
    const result = await lookupWithin(
      async () => (++tries === 3 ? 'call_1' : undefined),
      CLICK_ID_LOOKUP,
      clock,
    );
    expect(result).toEqual({ found: 'call_1', tries: 3 });
    expect(sleeps).toEqual([2_000, 4_000]);
  });
});
