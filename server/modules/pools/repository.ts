import { and, count, desc, eq, gt, inArray, isNotNull, notInArray, sql } from 'drizzle-orm';
import { accountScoped } from '../../db/account-scoped';
import type { Database } from '../../db/client';
import { calls, dniSessions, pools, trackingNumbers, trackingTags } from '../../db/schema';

export const poolRepository = accountScoped(pools);

export async function listPoolNumbers(db: Database, accountId: string, poolIds: string[]) {
  if (!poolIds.length) return [];
  return db
    .select({
      id: trackingNumbers.id,
      poolId: trackingNumbers.poolId,
      phoneNumber: trackingNumbers.phoneNumber,
    })
    .from(trackingNumbers)
    .where(and(eq(trackingNumbers.accountId, accountId), inArray(trackingNumbers.poolId, poolIds)))
    .orderBy(trackingNumbers.phoneNumber);
}

export async function findNumbersByIds(db: Database, accountId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select()
    .from(trackingNumbers)
    .where(and(eq(trackingNumbers.accountId, accountId), inArray(trackingNumbers.id, ids)));
}

/** Makes exactly these numbers the pool's: others leave it, these join it. */
export async function replacePoolNumbers(
  db: Database,
  accountId: string,
  poolId: string,
  numberIds: string[],
) {
  const inPool = and(eq(trackingNumbers.accountId, accountId), eq(trackingNumbers.poolId, poolId));
  await db
    .update(trackingNumbers)
    .set({ poolId: null })
    .where(numberIds.length ? and(inPool, notInArray(trackingNumbers.id, numberIds)) : inPool);
  if (numberIds.length) {
    await db
      .update(trackingNumbers)
      .set({ poolId })
      .where(and(eq(trackingNumbers.accountId, accountId), inArray(trackingNumbers.id, numberIds)));
  }
}

export async function numberActivity(db: Database, poolId: string) {
  const sessionsPerNumber = await db
    .select({
      numberId: dniSessions.numberId,
      assignments: count(),
      collisions: sql<number>`count(*) filter (where ${dniSessions.collision})::int`,
    })
    .from(dniSessions)
    .where(and(eq(dniSessions.poolId, poolId), isNotNull(dniSessions.numberId)))
    .groupBy(dniSessions.numberId);
  const callsPerNumber = await db
    .select({ numberId: calls.numberId, calls: count() })
    .from(calls)
    .innerJoin(trackingNumbers, eq(trackingNumbers.id, calls.numberId))
    .where(eq(trackingNumbers.poolId, poolId))
    .groupBy(calls.numberId);
  return { sessionsPerNumber, callsPerNumber };
}

export async function recentSessions(db: Database, poolId: string, limit: number) {
  return db
    .select({ session: dniSessions, phoneNumber: trackingNumbers.phoneNumber })
    .from(dniSessions)
    .leftJoin(trackingNumbers, eq(trackingNumbers.id, dniSessions.numberId))
    .where(eq(dniSessions.poolId, poolId))
    .orderBy(desc(dniSessions.lastSeenAt))
    .limit(limit);
}

/** Numbers of the account that are pooled elsewhere or routed directly: they cannot join this pool. */
export async function findUnavailableForPool(
  db: Database,
  accountId: string,
  poolId: string | null,
  ids: string[],
) {
  if (!ids.length) return [];
  const rows = await findNumbersByIds(db, accountId, ids);
  return rows.filter((row) => (row.poolId && row.poolId !== poolId) || row.campaignId);
}

/** For each number of the pool, the live session holding it now (the latest one given it). */
export async function liveHolders(db: Database, poolId: string, now: Date) {
  return db
    .selectDistinctOn([dniSessions.numberId], {
      numberId: dniSessions.numberId,
      id: dniSessions.id,
      expiresAt: dniSessions.expiresAt,
    })
    .from(dniSessions)
    .where(
      and(eq(dniSessions.poolId, poolId), isNotNull(dniSessions.numberId), gt(dniSessions.expiresAt, now)),
    )
    .orderBy(dniSessions.numberId, desc(dniSessions.lastSeenAt));
}

export async function countTagsOfPool(db: Database, accountId: string, poolId: string) {
  return db.$count(trackingTags, and(eq(trackingTags.accountId, accountId), eq(trackingTags.poolId, poolId)));
}
