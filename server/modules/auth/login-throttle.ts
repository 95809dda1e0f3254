/**
 * Counts failed logins per key (email + client address) in a sliding window. In memory: a restart
 * forgives, which is acceptable for slowing down guessing on one process.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly options: { maxFailures: number; windowMs: number; now?: () => number } = {
      maxFailures: 5,
      windowMs: 15 * 60_000,
    },
  ) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.options.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > cutoff);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfterSeconds(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.options.maxFailures) return 0;
    return Math.ceil((recent[0] + this.options.windowMs - this.now()) / 1000);
  }

  recordFailure(key: string): void {
    this.failures.set(key, [...this.recent(key), this.now()]);
    // Bound memory under a spray of distinct keys.
    if (this.failures.size > 50_000) this.failures.delete(this.failures.keys().next().value as string);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }
}
