import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import {
  campaignInboundRtb,
  campaigns,
  inboundPings,
  publishers,
  rtbBidRequests,
  trackingNumbers,
} from '../../db/schema';

export async function findCampaignByRtbId(db: Database, rtbId: string) {
  const [row] = await db
    .select({ campaign: campaigns, settings: campaignInboundRtb })
    .from(campaigns)
    .leftJoin(campaignInboundRtb, eq(campaignInboundRtb.campaignId, campaigns.id))
    .where(eq(campaigns.rtbId, rtbId))
    .limit(1);
  return row;
}

export async function findCampaignSettings(db: Database, accountId: string, campaignId: string) {
  const [row] = await db
    .select({ campaign: campaigns, settings: campaignInboundRtb })
    .from(campaigns)
    .leftJoin(campaignInboundRtb, eq(campaignInboundRtb.campaignId, campaigns.id))
    .where(and(eq(campaigns.accountId, accountId), eq(campaigns.id, campaignId)))
    .limit(1);
  return row;
}

export async function saveSettings(db: Database, values: typeof campaignInboundRtb.$inferInsert) {
  const { campaignId: _campaign, accountId: _account, ...changes } = values;
  await db
    .insert(campaignInboundRtb)
    .values(values)
    .onConflictDoUpdate({
      target: campaignInboundRtb.campaignId,
      set: { ...changes, updatedAt: new Date() },
    });
}

/**
 * Counts one ping in the campaign's fixed rate-limit window, only if the window has room: one
 * conditional update, which PostgreSQL serialises on the row, so parallel pings never overshoot.
 */
export async function takeRateLimitSlot(
  db: Database,
  scope: { campaignId: string; window: number; maxRequests: number },
): Promise<boolean> {
  const rows = await db
    .update(campaignInboundRtb)
    .set({
      windowStart: scope.window,
      windowCount: sql`case when ${campaignInboundRtb.windowStart} = ${scope.window} then ${campaignInboundRtb.windowCount} + 1 else 1 end`,
    })
    .where(
      and(
        eq(campaignInboundRtb.campaignId, scope.campaignId),
        sql`(${campaignInboundRtb.windowStart} <> ${scope.window} or ${campaignInboundRtb.windowCount} < ${scope.maxRequests})`,
      ),
    )
    .returning({ campaignId: campaignInboundRtb.campaignId });
  return rows.length > 0;
}

export async function findPublisherInAccount(db: Database, accountId: string, publisherId: string) {
  const [row] = await db
    .select()
    .from(publishers)
    .where(and(eq(publishers.accountId, accountId), eq(publishers.id, publisherId)))
    .limit(1);
  return row;
}

/** The number a pinging publisher should dial: its own number on the campaign first, else an unassigned one, else any. */
export async function pickCampaignNumber(db: Database, campaignId: string, publisherId: string | null) {
  const [row] = await db
    .select({ phoneNumber: trackingNumbers.phoneNumber })
    .from(trackingNumbers)
    .where(eq(trackingNumbers.campaignId, campaignId))
    .orderBy(
      desc(sql`${trackingNumbers.publisherId} is not distinct from ${publisherId}`),
      desc(sql`${trackingNumbers.publisherId} is null`),
      trackingNumbers.createdAt,
    )
    .limit(1);
  return row?.phoneNumber;
}

/**
 * The caller's latest unclaimed bid on the campaign (an original, not a repeat) pinged after
 * `since`; with `openAt`, only one not yet expired then.
 */
export async function findUnclaimedBid(
  db: Database,
  scope: { campaignId: string; callerHash: string; since: Date; openAt?: Date },
) {
  const [row] = await db
    .select()
    .from(inboundPings)
    .where(
      and(
        eq(inboundPings.campaignId, scope.campaignId),
        eq(inboundPings.callerHash, scope.callerHash),
        eq(inboundPings.accepted, true),
        isNull(inboundPings.repeatOfId),
        isNull(inboundPings.callId),
        gt(inboundPings.createdAt, scope.since),
        scope.openAt ? gt(inboundPings.expiresAt, scope.openAt) : undefined,
      ),
    )
    .orderBy(desc(inboundPings.createdAt))
    .limit(1);
  return row;
}

export async function insertPing(db: Database, values: typeof inboundPings.$inferInsert) {
  const [row] = await db.insert(inboundPings).values(values).returning();
  return row;
}

/** A bid goes to one call only: the first to claim it. */
export async function claimBid(db: Database, pingId: string, callId: string) {
  const rows = await db
    .update(inboundPings)
    .set({ callId })
    .where(and(eq(inboundPings.id, pingId), isNull(inboundPings.callId)))
    .returning({ id: inboundPings.id });
  return rows.length > 0;
}

/** The outside bids auctioned for a ping become the call's, so routing dials them as its own auction. */
export async function moveAuctionToCall(db: Database, pingId: string, callId: string) {
  await db.update(rtbBidRequests).set({ callId }).where(eq(rtbBidRequests.callId, pingId));
}

export async function listPings(db: Database, accountId: string, campaignId: string, limit: number) {
  return db
    .select()
    .from(inboundPings)
    .where(and(eq(inboundPings.accountId, accountId), eq(inboundPings.campaignId, campaignId)))
    .orderBy(desc(inboundPings.createdAt), desc(inboundPings.id))
    .limit(limit);
}

export async function findPing(db: Database, accountId: string, pingId: string) {
  const [row] = await db
    .select()
    .from(inboundPings)
    .where(and(eq(inboundPings.accountId, accountId), eq(inboundPings.id, pingId)))
    .limit(1);
  return row;
}
