export type PoolNumber = { id: string; phoneNumber: string };

export type Visit = {
  landingPage: string | null;
  referrer: string | null;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  utmTerm: string | null;
  utmContent: string | null;
  clickIds: Record<string, string>;
  geo: { country?: string; region?: string; city?: string } | null;
};

export type HeldSession = {
  id: string;
  numberId: string | null;
  collision: boolean;
  firstSeenAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  /** First touch: what brought the visitor, kept for the whole session. */
  visit: Visit;
  /** Set when the number changed since the session was last saved. */
  changed?: boolean;
  /** When the session was last written to the database (ms). */
  savedAt?: number;
};

export type AllocatorSettings = {
  ttlMs: number;
  onExhausted: 'reuse_oldest' | 'show_default';
  numbers: PoolNumber[];
};

/**
 * Which visitor holds which number of one pool, in memory. Synchronous by design: in one process
 * two sessions can never be handed the same number while a free one remains.
 */
export class PoolAllocator {
  private readonly sessions = new Map<string, HeldSession>();
  /** The latest session given each number. */
  private readonly holders = new Map<string, HeldSession>();
  private readonly numbers: Map<string, PoolNumber>;

  constructor(
    private readonly settings: AllocatorSettings,
    loaded: HeldSession[] = [],
  ) {
    this.numbers = new Map(settings.numbers.map((n) => [n.id, n]));
    for (const session of [...loaded].sort((a, b) => a.lastSeenAt.getTime() - b.lastSeenAt.getTime())) {
      this.sessions.set(session.id, session);
      if (session.numberId && this.numbers.has(session.numberId)) this.holders.set(session.numberId, session);
    }
  }

  numberOf(session: HeldSession): PoolNumber | null {
    return session.numberId ? (this.numbers.get(session.numberId) ?? null) : null;
  }

  /**
   * A page view or heartbeat: an existing session keeps (and extends) its number; a new one gets
   * the number free the longest, or, when none is free, the pool's exhaustion rule applies.
   */
  touch(sessionId: string | null | undefined, now: Date, visit: Visit, newId: () => string): HeldSession {
    const expiresAt = new Date(now.getTime() + this.settings.ttlMs);
    const known = sessionId ? this.sessions.get(sessionId) : undefined;
    if (known) {
      known.lastSeenAt = now;
      const stillHolds = known.numberId && this.holders.get(known.numberId) === known;
      if (stillHolds && (known.expiresAt > now || !this.isTakenByOther(known.numberId!, now))) {
        known.expiresAt = expiresAt;
        return known;
      }
      known.expiresAt = expiresAt;
      this.give(known, now);
      return known;
    }
    const session: HeldSession = {
      id: newId(),
      numberId: null,
      collision: false,
      firstSeenAt: now,
      lastSeenAt: now,
      expiresAt,
      visit,
    };
    this.sessions.set(session.id, session);
    this.give(session, now);
    this.forgetExpired(now);
    return session;
  }

  private isTakenByOther(numberId: string, now: Date) {
    const holder = this.holders.get(numberId);
    return !!holder && holder.expiresAt > now;
  }

  private give(session: HeldSession, now: Date) {
    let best: { id: string; freeSince: number } | undefined;
    let oldest: HeldSession | undefined;
    for (const id of this.numbers.keys()) {
      const holder = this.holders.get(id);
      if (!holder || holder.expiresAt <= now) {
        const freeSince = holder ? holder.expiresAt.getTime() : 0;
        if (!best || freeSince < best.freeSince) best = { id, freeSince };
      } else if (!oldest || holder.lastSeenAt < oldest.lastSeenAt) oldest = holder;
    }
    if (best) {
      session.numberId = best.id;
      session.collision = false;
    } else if (oldest && this.settings.onExhausted === 'reuse_oldest') {
      session.numberId = oldest.numberId;
      session.collision = true;
    } else {
      session.numberId = null;
      session.collision = false;
      session.changed = true;
      return;
    }
    session.changed = true;
    this.holders.set(session.numberId!, session);
  }

  /** Sessions long past expiry hold nothing; dropping them bounds memory. */
  private forgetExpired(now: Date) {
    if (this.sessions.size < 4 * this.numbers.size + 1000) return;
    for (const [id, session] of this.sessions) {
      const holds = session.numberId && this.holders.get(session.numberId) === session;
      if (!holds && session.expiresAt <= now) this.sessions.delete(id);
    }
  }

  /** The session that held a number at an instant, for attributing a call to it. */
  holderAt(numberId: string, at: Date): HeldSession | undefined {
    const holder = this.holders.get(numberId);
    return holder && holder.firstSeenAt <= at && at <= holder.expiresAt ? holder : undefined;
  }
}
