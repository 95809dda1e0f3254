import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client';
import type { DniSessionRow, PoolRow, TrackingTagRow } from '../../db/schema';
import { type HeldSession, PoolAllocator } from './pool-allocator';
import * as repo from './repository';
import { SessionWriter } from './session-writer';

export type TagConfig = { tag: TrackingTagRow; pool: PoolRow };

const TAG_TTL_MS = 5_000;

export const toHeldSession = (row: DniSessionRow): HeldSession => ({
  id: row.id,
  numberId: row.numberId,
  collision: row.collision,
  firstSeenAt: row.firstSeenAt,
  lastSeenAt: row.lastSeenAt,
  expiresAt: row.expiresAt,
  visit: {
    landingPage: row.landingPage,
    referrer: row.referrer,
    utmSource: row.utmSource,
    utmMedium: row.utmMedium,
    utmCampaign: row.utmCampaign,
    utmTerm: row.utmTerm,
    utmContent: row.utmContent,
    clickIds: row.clickIds,
    geo: row.geo ?? null,
  },
});

/**
 * DNI's in-memory state for one database: tag configuration (cached briefly) and one allocator per
 * pool, loaded from the database on first use and after any change to the pool.
 */
export class DniState {
  readonly writer: SessionWriter;
  private readonly tags = new Map<string, { value: TagConfig | null; expiresAt: number }>();
  private readonly allocators = new Map<string, { accountId: string; allocator: Promise<PoolAllocator> }>();

  constructor(
    private readonly db: Database,
    log?: FastifyBaseLogger,
  ) {
    this.writer = new SessionWriter(db, log);
  }

  async tag(code: string): Promise<TagConfig | null> {
    const cached = this.tags.get(code);
    if (cached && cached.expiresAt > Date.now()) return cached.value;
    const value = (await repo.findTagWithPool(this.db, code)) ?? null;
    // Unknown codes come from anyone on the internet: caching them would let them fill memory.
    if (value) this.tags.set(code, { value, expiresAt: Date.now() + TAG_TTL_MS });
    return value;
  }

  allocator(pool: PoolRow): Promise<PoolAllocator> {
    let entry = this.allocators.get(pool.id);
    if (!entry) {
      entry = { accountId: pool.accountId, allocator: this.loadAllocator(pool.id) };
      entry.allocator.catch(() => this.allocators.delete(pool.id));
      this.allocators.set(pool.id, entry);
    }
    return entry.allocator;
  }

  /** The allocator of a pool if one is loaded; attribution falls back to the database otherwise. */
  loadedAllocator(poolId: string): Promise<PoolAllocator> | undefined {
    return this.allocators.get(poolId)?.allocator;
  }

  private async loadAllocator(poolId: string): Promise<PoolAllocator> {
    // Pending writes first, so the reload sees every assignment made so far.
    await this.writer.flush();
    const pool = await repo.findPool(this.db, poolId);
    if (!pool) throw new Error(`pool ${poolId} vanished`);
    const now = new Date();
    const [numbers, sessions] = await Promise.all([
      repo.listNumbersOfPool(this.db, poolId),
      repo.listLiveSessions(this.db, poolId, now),
    ]);
    return new PoolAllocator(
      { ttlMs: pool.sessionTtlMinutes * 60_000, onExhausted: pool.onExhausted, numbers },
      sessions.map(toHeldSession),
    );
  }

  /** After a change to an account's pools, tags or numbers. */
  invalidateAccount(accountId: string): void {
    for (const [code, entry] of this.tags)
      if (!entry.value || entry.value.tag.accountId === accountId) this.tags.delete(code);
    for (const [poolId, entry] of this.allocators)
      if (entry.accountId === accountId) this.allocators.delete(poolId);
  }
}

const states = new WeakMap<Database, DniState>();

export function dniStateFor(db: Database, log?: FastifyBaseLogger): DniState {
  let state = states.get(db);
  if (!state) {
    state = new DniState(db, log);
    states.set(db, state);
  }
  return state;
}

export function invalidateDni(db: Database, accountId: string): void {
  states.get(db)?.invalidateAccount(accountId);
}
