import { and, asc, desc, eq, gt, inArray, ne, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import {
  buyers,
  callAttempts,
  calls,
  campaignRoutes,
  campaigns,
  targetCounters,
  targets,
  trackingNumbers,
} from '../../db/schema';
import type { TargetUsage } from './select-targets';

/** A dialed attempt that never got its callbacks stops counting as live after this long. */
export const LIVE_ATTEMPT_MAX_AGE_MS = 4 * 60 * 60_000;

/** Number → campaign → plan → targets → buyers in a single query, in plan order. */
export async function loadRoutingRows(db: Database, phoneNumber: string) {
  return db
    .select({
      number: { id: trackingNumbers.id, accountId: trackingNumbers.accountId },
      campaign: campaigns,
      route: { priority: campaignRoutes.priority, weight: campaignRoutes.weight },
      target: targets,
      buyer: { id: buyers.id, name: buyers.name, status: buyers.status },
    })
    .from(trackingNumbers)
    .leftJoin(campaigns, eq(campaigns.id, trackingNumbers.campaignId))
    .leftJoin(campaignRoutes, eq(campaignRoutes.campaignId, campaigns.id))
    .leftJoin(targets, eq(targets.id, campaignRoutes.targetId))
    .leftJoin(buyers, eq(buyers.id, targets.buyerId))
    .where(eq(trackingNumbers.phoneNumber, phoneNumber))
    .orderBy(asc(campaignRoutes.position));
}

/** Live calls and cap counters for many targets in one round trip. */
export async function loadUsage(
  db: Database,
  targetIds: string[],
  buckets: string[],
  now: Date,
): Promise<Map<string, TargetUsage>> {
  const usage = new Map<string, TargetUsage>(targetIds.map((id) => [id, { live: 0, counts: {} }]));
  if (!targetIds.length) return usage;
  const liveSince = new Date(now.getTime() - LIVE_ATTEMPT_MAX_AGE_MS);
  const rows = await db
    .select({
      targetId: callAttempts.targetId,
      bucket: sql<string>`'live'`,
      count: sql<number>`count(*)::int`,
    })
    .from(callAttempts)
    .where(
      and(
        eq(callAttempts.live, true),
        inArray(callAttempts.targetId, targetIds),
        gt(callAttempts.startedAt, liveSince),
      ),
    )
    .groupBy(callAttempts.targetId)
    .unionAll(
      db
        .select({
          targetId: targetCounters.targetId,
          bucket: targetCounters.bucket,
          count: targetCounters.count,
        })
        .from(targetCounters)
        .where(and(inArray(targetCounters.targetId, targetIds), inArray(targetCounters.bucket, buckets))),
    );
  for (const row of rows) {
    const entry = usage.get(row.targetId)!;
    if (row.bucket === 'live') entry.live = Number(row.count);
    else entry.counts[row.bucket] = Number(row.count);
  }
  return usage;
}

/** Serialises claims on one target across connections and processes until the transaction ends. */
export async function lockTarget(db: Database, targetId: string) {
  await db.select({ id: targets.id }).from(targets).where(eq(targets.id, targetId)).for('update');
}

export async function insertAttempt(db: Database, values: typeof callAttempts.$inferInsert) {
  const [row] = await db.insert(callAttempts).values(values).returning();
  return row;
}

export async function incrementCounters(db: Database, targetId: string, buckets: string[]) {
  await db
    .insert(targetCounters)
    .values(buckets.map((bucket) => ({ targetId, bucket, count: 1 })))
    .onConflictDoUpdate({
      target: [targetCounters.targetId, targetCounters.bucket],
      set: { count: sql`${targetCounters.count} + 1` },
    });
}

/** The caller's most recent earlier call to this campaign inside the duplicate window. */
export async function findRecentCallFrom(
  db: Database,
  scope: { campaignId: string; fromNumber: string; since: Date; excludeCallId: string },
) {
  const [row] = await db
    .select({ id: calls.id, targetId: calls.targetId })
    .from(calls)
    .where(
      and(
        eq(calls.campaignId, scope.campaignId),
        eq(calls.fromNumber, scope.fromNumber),
        gt(calls.startedAt, scope.since),
        ne(calls.id, scope.excludeCallId),
      ),
    )
    .orderBy(desc(calls.startedAt))
    .limit(1);
  return row;
}
