import type { z } from 'zod';
import type { RtbRateLimits } from '../../../contracts/rtb';

const WINDOWS = [
  ['perMinute', 60_000],
  ['perHour', 3_600_000],
  ['perDay', 86_400_000],
] as const;

/**
 * How often each bidder may be pinged (its per minute/hour/day limits). In memory and synchronous:
 * exact within a process, which is where auctions run; several processes each keep their own count.
 */
export class PingRateLimiter {
  private readonly pings = new Map<string, number[]>();

  /** Takes one ping from the bidder's budget, or answers which limit is spent. */
  take(targetId: string, limits: z.infer<typeof RtbRateLimits>, nowMs: number): string | undefined {
    const day = nowMs - 86_400_000;
    const history = (this.pings.get(targetId) ?? []).filter((at) => at > day);
    for (const [name, windowMs] of WINDOWS) {
      const limit = limits[name];
      if (limit != null && history.filter((at) => at > nowMs - windowMs).length >= limit) {
        this.pings.set(targetId, history);
        return name;
      }
    }
    history.push(nowMs);
    this.pings.set(targetId, history);
    return undefined;
  }
}
