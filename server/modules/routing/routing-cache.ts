import type { Database } from '../../db/client';

type Entry<V> = { value: V; accountId: string; expiresAt: number };

/**
 * Routing configuration by dialed number, kept in memory so the inbound-call path does not reload
 * campaigns and targets for every call. Writes in this process invalidate their account at once;
 * the short TTL bounds staleness when several processes share one database.
 */
export class RoutingCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly inflight = new Map<string, Promise<V>>();

  constructor(private readonly ttlMs = 5_000) {}

  async get(key: string, load: () => Promise<{ value: V; accountId: string | null }>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > Date.now()) return hit.value;
    const pending = this.inflight.get(key);
    if (pending) return pending;
    // One load per key at a time: a burst of calls to a cold number costs one set of queries.
    const loading = load()
      .then(({ value, accountId }) => {
        if (accountId) this.entries.set(key, { value, accountId, expiresAt: Date.now() + this.ttlMs });
        return value;
      })
      .finally(() => this.inflight.delete(key));
    this.inflight.set(key, loading);
    return loading;
  }

  invalidateAccount(accountId: string): void {
    for (const [key, entry] of this.entries) if (entry.accountId === accountId) this.entries.delete(key);
  }
}

const caches = new WeakMap<Database, RoutingCache<unknown>>();

/** One cache per database handle, so tests with separate databases never share entries. */
export function routingCacheFor<V>(db: Database): RoutingCache<V> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new RoutingCache();
    caches.set(db, cache);
  }
  return cache as RoutingCache<V>;
}

export function invalidateRouting(db: Database, accountId: string): void {
  caches.get(db)?.invalidateAccount(accountId);
}
