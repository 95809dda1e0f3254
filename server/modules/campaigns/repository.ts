import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { RoutingEntry } from '../../../contracts/campaigns';
import { accountScoped } from '../../db/account-scoped';
import type { Database } from '../../db/client';
import { campaignRoutes, campaigns, pools, targets, trackingNumbers } from '../../db/schema';

export const campaignRepository = accountScoped(campaigns);

export async function listRoutes(db: Database, accountId: string, campaignIds: string[]) {
  if (!campaignIds.length) return [];
  return db
    .select()
    .from(campaignRoutes)
    .where(and(eq(campaignRoutes.accountId, accountId), inArray(campaignRoutes.campaignId, campaignIds)))
    .orderBy(asc(campaignRoutes.position));
}

export async function replaceRoutes(
  db: Database,
  accountId: string,
  campaignId: string,
  routing: RoutingEntry[],
) {
  await db
    .delete(campaignRoutes)
    .where(and(eq(campaignRoutes.accountId, accountId), eq(campaignRoutes.campaignId, campaignId)));
  if (!routing.length) return;
  await db
    .insert(campaignRoutes)
    .values(routing.map((entry, position) => ({ ...entry, position, campaignId, accountId })));
}

export async function findTargetsByIds(db: Database, accountId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: targets.id, status: targets.status })
    .from(targets)
    .where(and(eq(targets.accountId, accountId), inArray(targets.id, ids)));
}

/** Numbers that ring this campaign: assigned to it directly or through one of its pools. */
export async function countNumbersOfCampaign(db: Database, accountId: string, campaignId: string) {
  const poolsOfCampaign = db.select({ id: pools.id }).from(pools).where(eq(pools.campaignId, campaignId));
  return db.$count(
    trackingNumbers,
    and(
      eq(trackingNumbers.accountId, accountId),
      or(eq(trackingNumbers.campaignId, campaignId), inArray(trackingNumbers.poolId, poolsOfCampaign)),
    ),
  );
}
