import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { RouterTargetEntry } from '../../../contracts/rtb';
import { accountScoped } from '../../db/account-scoped';
import type { Database } from '../../db/client';
import { campaignRtbRoutes, rtbBidRequests, rtbRouters, rtbRouterTargets, rtbTargets } from '../../db/schema';
import { markCallHourDirty } from '../reports/dirty-hours';

export const rtbTargetRepository = accountScoped(rtbTargets);
export const rtbRouterRepository = accountScoped(rtbRouters);

export async function listRouterEntries(db: Database, accountId: string, routerIds: string[]) {
  if (!routerIds.length) return [];
  return db
    .select()
    .from(rtbRouterTargets)
    .where(and(eq(rtbRouterTargets.accountId, accountId), inArray(rtbRouterTargets.routerId, routerIds)))
    .orderBy(asc(rtbRouterTargets.position));
}

export async function replaceRouterEntries(
  db: Database,
  accountId: string,
  routerId: string,
  entries: z.output<typeof RouterTargetEntry>[],
) {
  await db
    .delete(rtbRouterTargets)
    .where(and(eq(rtbRouterTargets.accountId, accountId), eq(rtbRouterTargets.routerId, routerId)));
  if (!entries.length) return;
  await db
    .insert(rtbRouterTargets)
    .values(entries.map((entry, position) => ({ ...entry, position, routerId, accountId })));
}

export async function findRtbTargetIds(db: Database, accountId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: rtbTargets.id })
    .from(rtbTargets)
    .where(and(eq(rtbTargets.accountId, accountId), inArray(rtbTargets.id, ids)));
}

/** The RTB routers in a campaign's plan, each with its bidders: loaded with the routing configuration. */
export async function loadPlanRouters(db: Database, campaignId: string) {
  const entries = await db
    .select({ entry: campaignRtbRoutes, router: rtbRouters })
    .from(campaignRtbRoutes)
    .innerJoin(rtbRouters, eq(rtbRouters.id, campaignRtbRoutes.rtbRouterId))
    .where(eq(campaignRtbRoutes.campaignId, campaignId))
    .orderBy(asc(campaignRtbRoutes.position));
  if (!entries.length) return [];
  const bidders = await db
    .select({ link: rtbRouterTargets, target: rtbTargets })
    .from(rtbRouterTargets)
    .innerJoin(rtbTargets, eq(rtbTargets.id, rtbRouterTargets.rtbTargetId))
    .where(
      inArray(
        rtbRouterTargets.routerId,
        entries.map((e) => e.router.id),
      ),
    )
    .orderBy(asc(rtbRouterTargets.position));
  return entries.map(({ entry, router }) => ({
    router,
    priority: entry.priority,
    weight: entry.weight,
    bidders: bidders
      .filter((b) => b.link.routerId === router.id)
      .map(({ link, target }) => ({ target, priority: link.priority, weight: link.weight })),
  }));
}

export async function insertBidRequests(db: Database, rows: (typeof rtbBidRequests.$inferInsert)[]) {
  if (!rows.length) return [];
  const stored = await db.insert(rtbBidRequests).values(rows).returning();
  // The call's report figures count its bids: after they are written, its hour is recomputed.
  const callId = rows[0].callId;
  if (callId) await markCallHourDirty(db, callId);
  return stored;
}

/**
 * The valid bids of a call's auction at a router not yet dialed and not expired, best first, and
 * whether the auction ran at all (a router is auctioned once per call).
 */
export async function remainingBids(db: Database, callId: string, routerId: string, now: Date) {
  const rows = await db
    .select()
    .from(rtbBidRequests)
    .where(and(eq(rtbBidRequests.callId, callId), eq(rtbBidRequests.routerId, routerId)));
  const usable = rows
    .filter((r) => r.valid && !r.dialed && (!r.expiresAt || r.expiresAt > now))
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  return { ran: rows.length > 0, bids: usable };
}

export async function markBidDialed(db: Database, bidId: string) {
  await db.update(rtbBidRequests).set({ dialed: true }).where(eq(rtbBidRequests.id, bidId));
}

export async function listBidRequestsOfCall(db: Database, accountId: string, callId: string) {
  return db
    .select({ bid: rtbBidRequests, targetName: rtbTargets.name })
    .from(rtbBidRequests)
    .leftJoin(rtbTargets, eq(rtbTargets.id, rtbBidRequests.rtbTargetId))
    .where(and(eq(rtbBidRequests.accountId, accountId), eq(rtbBidRequests.callId, callId)))
    .orderBy(asc(rtbBidRequests.createdAt), asc(rtbBidRequests.rank));
}
