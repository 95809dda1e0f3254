import { and, asc, desc, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import { accountScoped } from '../../db/account-scoped';
import type { Database } from '../../db/client';
import {
  calls,
  campaigns,
  type FlowRow,
  type FlowSessionRow,
  flowSessions,
  flows,
  flowVersions,
  pools,
  trackingNumbers,
  users,
} from '../../db/schema';

export const flowRepository = accountScoped(flows);

export type FlowWithCampaign = FlowRow & { campaignName: string | null };

const withCampaign = (db: Database) =>
  db
    .select({ flow: flows, campaignName: campaigns.name })
    .from(flows)
    .leftJoin(campaigns, eq(campaigns.id, flows.campaignId));

const flatten = (rows: { flow: FlowRow; campaignName: string | null }[]): FlowWithCampaign[] =>
  rows.map(({ flow, campaignName }) => ({ ...flow, campaignName }));

export async function listFlows(db: Database, accountId: string) {
  return flatten(
    await withCampaign(db).where(eq(flows.accountId, accountId)).orderBy(asc(flows.createdAt), asc(flows.id)),
  );
}

export async function findFlow(db: Database, accountId: string, id: string) {
  const rows = await withCampaign(db)
    .where(and(eq(flows.accountId, accountId), eq(flows.id, id)))
    .limit(1);
  return flatten(rows)[0];
}

export async function insertVersion(db: Database, values: typeof flowVersions.$inferInsert) {
  const [row] = await db.insert(flowVersions).values(values).returning();
  return row;
}

export async function listVersions(db: Database, accountId: string, flowId: string) {
  return db
    .select({ version: flowVersions, publishedBy: users.email })
    .from(flowVersions)
    .leftJoin(users, eq(users.id, flowVersions.publishedBy))
    .where(and(eq(flowVersions.accountId, accountId), eq(flowVersions.flowId, flowId)))
    .orderBy(desc(flowVersions.version));
}

export async function findVersion(db: Database, accountId: string, flowId: string, version: number) {
  const [row] = await db
    .select()
    .from(flowVersions)
    .where(
      and(
        eq(flowVersions.accountId, accountId),
        eq(flowVersions.flowId, flowId),
        eq(flowVersions.version, version),
      ),
    )
    .limit(1);
  return row;
}

export async function findVersionById(db: Database, versionId: string) {
  const [row] = await db.select().from(flowVersions).where(eq(flowVersions.id, versionId)).limit(1);
  return row;
}

/** The flow a campaign runs, with its live version; undefined when it has none published. */
export async function findLiveFlowOfCampaign(db: Database, accountId: string, campaignId: string) {
  const [row] = await db
    .select({ flow: flows, version: flowVersions })
    .from(flows)
    .innerJoin(
      flowVersions,
      and(eq(flowVersions.flowId, flows.id), eq(flowVersions.version, flows.publishedVersion)),
    )
    .where(
      and(
        eq(flows.accountId, accountId),
        eq(flows.campaignId, campaignId),
        isNotNull(flows.publishedVersion),
      ),
    )
    .limit(1);
  return row;
}

export async function insertSession(db: Database, values: typeof flowSessions.$inferInsert) {
  const [row] = await db.insert(flowSessions).values(values).returning();
  return row;
}

/** The session with its row locked until the transaction ends: one webhook advances it at a time. */
export async function lockSession(db: Database, sessionId: string) {
  const [row] = await db
    .select()
    .from(flowSessions)
    .where(eq(flowSessions.id, sessionId))
    .for('update')
    .limit(1);
  return row;
}

export async function findSession(db: Database, sessionId: string) {
  const [row] = await db.select().from(flowSessions).where(eq(flowSessions.id, sessionId)).limit(1);
  return row;
}

export async function findSessionOfCall(db: Database, accountId: string, callId: string) {
  const [row] = await db
    .select()
    .from(flowSessions)
    .where(and(eq(flowSessions.accountId, accountId), eq(flowSessions.callId, callId)))
    .limit(1);
  return row;
}

export async function updateSession(
  db: Database,
  sessionId: string,
  values: Partial<Pick<FlowSessionRow, 'currentNodeId' | 'variables' | 'path' | 'retries' | 'dial'>>,
) {
  await db.update(flowSessions).set(values).where(eq(flowSessions.id, sessionId));
}

export type NodeBranchStats = {
  nodeId: string;
  branch: string | null;
  passes: number;
  totalMs: number;
  dropOffs: number;
};

/**
 * Per node and branch: how many passes, the time spent, and how many calls ended there without
 * leaving (a node still open on a call that is over). One pass over the sessions' paths in SQL.
 */
export async function nodeBranchStats(
  db: Database,
  scope: { accountId: string; flowId: string; version?: number; from?: Date; to?: Date },
): Promise<{ sessions: number; rows: NodeBranchStats[] }> {
  const filters: SQL[] = [eq(flowSessions.accountId, scope.accountId), eq(flowSessions.flowId, scope.flowId)];
  if (scope.version) filters.push(eq(flowSessions.version, scope.version));
  if (scope.from) filters.push(sql`${flowSessions.createdAt} >= ${scope.from.toISOString()}::timestamptz`);
  if (scope.to) filters.push(sql`${flowSessions.createdAt} < ${scope.to.toISOString()}::timestamptz`);
  const where = and(...filters);
  const [{ count }] = await db.select({ count: sql<number>`count(*)::int` }).from(flowSessions).where(where);
  const ended = sql`${calls.status} in ('completed', 'canceled', 'failed', 'busy', 'no-answer')`;
  const left = sql`coalesce((step->>'leftAt')::timestamptz, case when ${ended} then ${calls.endedAt} end)`;
  const rows = await db
    .select({
      nodeId: sql<string>`step->>'nodeId'`,
      branch: sql<string | null>`step->>'branch'`,
      passes: sql<number>`count(*)::int`,
      totalMs: sql<number>`coalesce(sum(greatest(0, extract(epoch from (${left} - (step->>'at')::timestamptz)) * 1000)), 0)::bigint`,
      dropOffs: sql<number>`(count(*) filter (where step->>'leftAt' is null and ${ended} and step->>'type' <> 'hangup'))::int`,
    })
    .from(flowSessions)
    .innerJoin(calls, eq(calls.id, flowSessions.callId))
    .innerJoin(sql`jsonb_array_elements(${flowSessions.path}) as step`, sql`true`)
    .where(where)
    .groupBy(sql`1`, sql`2`);
  return {
    sessions: count,
    rows: rows.map((row) => ({ ...row, totalMs: Number(row.totalMs) })),
  };
}

/** A tracking number that rings the campaign (its own, or one of its pools'), for test calls. */
export async function findCampaignNumber(db: Database, accountId: string, campaignId: string) {
  const [row] = await db
    .select({ phoneNumber: trackingNumbers.phoneNumber })
    .from(trackingNumbers)
    .leftJoin(pools, eq(pools.id, trackingNumbers.poolId))
    .where(
      and(
        eq(trackingNumbers.accountId, accountId),
        sql`coalesce(${trackingNumbers.campaignId}, ${pools.campaignId}) = ${campaignId}`,
      ),
    )
    .orderBy(asc(trackingNumbers.createdAt))
    .limit(1);
  return row?.phoneNumber;
}
