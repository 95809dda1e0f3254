import { setTimeout as sleep } from 'node:timers/promises';

/** How long and how often a lookup in an outside tracker's terms (a click id) may keep trying. */
export type LookupBounds = { totalMs: number; maxTries: number; firstDelayMs: number };

/** 30 s in total, at most 5 tries: waits of 2, 4, 8 and 16 s between them. */
export const CLICK_ID_LOOKUP: LookupBounds = { totalMs: 30_000, maxTries: 5, firstDelayMs: 2_000 };

export type LookupClock = {
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<unknown>;
};

const systemClock: LookupClock = { now: Date.now, sleep: (ms, signal) => sleep(ms, undefined, { signal }) };

/**
 * Tries `find` until it finds something, within the bounds: a postback can arrive a moment before
 * the call it confirms is recorded, but a tracker's unknown click id must not hold a request (or
 * a worker) for long. Each try gets a signal that aborts at the overall deadline.
 */
export async function lookupWithin<T>(
  find: (signal: AbortSignal) => Promise<T | undefined>,
  bounds: LookupBounds = CLICK_ID_LOOKUP,
  clock: LookupClock = systemClock,
): Promise<{ found: T | undefined; tries: number }> {
  const deadline = clock.now() + bounds.totalMs;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), bounds.totalMs);
  timer.unref();
  let delay = bounds.firstDelayMs;
  try {
    for (let tries = 1; ; tries++) {
      const found = await find(controller.signal).catch((error) => {
        if (controller.signal.aborted) return undefined;
        throw error;
      });
      const left = deadline - clock.now();
      if (found !== undefined || tries >= bounds.maxTries || left <= 0) return { found, tries };
      await clock.sleep(Math.min(delay, left));
      delay *= 2;
    }
  } finally {
    clearTimeout(timer);
  }
}
