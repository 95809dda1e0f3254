import { and, desc, eq, gt, gte, lte, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { dniSessions, pools, trackingNumbers, trackingTags } from '../../db/schema';

export async function findTagWithPool(db: Database, code: string) {
  const [row] = await db
    .select({ tag: trackingTags, pool: pools })
    .from(trackingTags)
    .innerJoin(pools, eq(pools.id, trackingTags.poolId))
    .where(eq(trackingTags.code, code))
    .limit(1);
  return row;
}

export async function findPool(db: Database, poolId: string) {
  const [row] = await db.select().from(pools).where(eq(pools.id, poolId)).limit(1);
  return row;
}

export async function listNumbersOfPool(db: Database, poolId: string) {
  return db
    .select({ id: trackingNumbers.id, phoneNumber: trackingNumbers.phoneNumber })
    .from(trackingNumbers)
    .where(eq(trackingNumbers.poolId, poolId));
}

export async function listLiveSessions(db: Database, poolId: string, now: Date) {
  return db
    .select()
    .from(dniSessions)
    .where(and(eq(dniSessions.poolId, poolId), gt(dniSessions.expiresAt, now)));
}

/** Upserts many sessions at once; first-touch fields are written once and never overwritten. */
export async function upsertSessions(db: Database, rows: (typeof dniSessions.$inferInsert)[]) {
  if (!rows.length) return;
  await db
    .insert(dniSessions)
    .values(rows)
    .onConflictDoUpdate({
      target: dniSessions.id,
      set: {
        numberId: sql`excluded.number_id`,
        collision: sql`excluded.collision`,
        lastSeenAt: sql`excluded.last_seen_at`,
        expiresAt: sql`excluded.expires_at`,
      },
    });
}

/** The session that held a number at an instant (history, for calls after a restart). */
export async function findSessionHolding(db: Database, numberId: string, at: Date) {
  const [row] = await db
    .select()
    .from(dniSessions)
    .where(
      and(
        eq(dniSessions.numberId, numberId),
        lte(dniSessions.firstSeenAt, at),
        gte(dniSessions.expiresAt, at),
      ),
    )
    .orderBy(desc(dniSessions.lastSeenAt))
    .limit(1);
  return row;
}
