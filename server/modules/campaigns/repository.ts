import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { RoutingEntry } from '../../../contracts/campaigns';
import { accountScoped } from '../../db/account-scoped';
import type { Database } from '../../db/client';
import {
  campaignRoutes,
  campaignRtbRoutes,
  campaigns,
  pools,
  rtbRouters,
  rtbRouterTargets,
  rtbTargets,
  targets,
  trackingNumbers,
} from '../../db/schema';
import { listPlanGroups, replacePlanGroups } from '../agents/repository';

export const campaignRepository = accountScoped(campaigns);

export type StoredRoute = RoutingEntry & { campaignId: string; position: number };

/** A campaign's plan: target entries and RTB router entries, in the user's order. */
export async function listRoutes(
  db: Database,
  accountId: string,
  campaignIds: string[],
): Promise<StoredRoute[]> {
  if (!campaignIds.length) return [];
  const [targetRoutes, routerRoutes, groupRoutes] = await Promise.all([
    db
      .select()
      .from(campaignRoutes)
      .where(and(eq(campaignRoutes.accountId, accountId), inArray(campaignRoutes.campaignId, campaignIds))),
    db
      .select()
      .from(campaignRtbRoutes)
      .where(
        and(eq(campaignRtbRoutes.accountId, accountId), inArray(campaignRtbRoutes.campaignId, campaignIds)),
      ),
    listPlanGroups(db, accountId, campaignIds),
  ]);
  return [
    ...targetRoutes.map(({ campaignId, targetId, priority, weight, position }) => ({
      campaignId,
      targetId,
      priority,
      weight,
      position,
    })),
    ...routerRoutes.map(({ campaignId, rtbRouterId, priority, weight, position }) => ({
      campaignId,
      rtbRouterId,
      priority,
      weight,
      position,
    })),
    ...groupRoutes.map(({ campaignId, agentGroupId, priority, weight, position }) => ({
      campaignId,
      agentGroupId,
      priority,
      weight,
      position,
    })),
  ].sort((a, b) => a.position - b.position);
}

export async function replaceRoutes(
  db: Database,
  accountId: string,
  campaignId: string,
  routing: RoutingEntry[],
) {
  const scope = (table: typeof campaignRoutes | typeof campaignRtbRoutes) =>
    and(eq(table.accountId, accountId), eq(table.campaignId, campaignId));
  await db.delete(campaignRoutes).where(scope(campaignRoutes));
  await db.delete(campaignRtbRoutes).where(scope(campaignRtbRoutes));
  const rows = routing.map((entry, position) => ({ ...entry, position, campaignId, accountId }));
  const targetRows = rows.flatMap(({ targetId, ...rest }) => (targetId ? [{ ...rest, targetId }] : []));
  const routerRows = rows.flatMap(({ rtbRouterId, targetId: _t, agentGroupId: _g, ...rest }) =>
    rtbRouterId ? [{ ...rest, rtbRouterId }] : [],
  );
  if (targetRows.length) await db.insert(campaignRoutes).values(targetRows);
  if (routerRows.length) await db.insert(campaignRtbRoutes).values(routerRows);
  await replacePlanGroups(
    db,
    accountId,
    campaignId,
    rows.flatMap(({ agentGroupId, priority, weight, position }) =>
      agentGroupId ? [{ agentGroupId, priority, weight, position }] : [],
    ),
  );
}

export async function findTargetsByIds(db: Database, accountId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: targets.id, status: targets.status })
    .from(targets)
    .where(and(eq(targets.accountId, accountId), inArray(targets.id, ids)));
}

/** The routers of this account among `ids`, and how many active RTB targets each has. */
export async function findRoutersByIds(db: Database, accountId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({
      id: rtbRouters.id,
      activeTargets: sql<number>`count(${rtbTargets.id}) filter (where ${rtbTargets.status} = 'active')::int`,
    })
    .from(rtbRouters)
    .leftJoin(rtbRouterTargets, eq(rtbRouterTargets.routerId, rtbRouters.id))
    .leftJoin(rtbTargets, eq(rtbTargets.id, rtbRouterTargets.rtbTargetId))
    .where(and(eq(rtbRouters.accountId, accountId), inArray(rtbRouters.id, ids)))
    .groupBy(rtbRouters.id);
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
