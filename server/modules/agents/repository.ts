import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Skill } from '../../../contracts/agents';
import { accountScoped } from '../../db/account-scoped';
import type { Database } from '../../db/client';
import {
  agentGroupMembers,
  agentGroups,
  agentQueueEntries,
  agents,
  callAttempts,
  calls,
  campaignAgentGroupRoutes,
  users,
} from '../../db/schema';

export const agentRepository = accountScoped(agents);
export const agentGroupRepository = accountScoped(agentGroups);

const rowsOf = <T>(result: unknown) => ((result as { rows?: T[] }).rows ?? []) as T[];
const TERMINAL_CALL = sql`('completed', 'busy', 'no-answer', 'failed', 'canceled')`;

export async function listMembers(db: Database, accountId: string, groupIds: string[]) {
  if (!groupIds.length) return [];
  return db
    .select()
    .from(agentGroupMembers)
    .where(and(eq(agentGroupMembers.accountId, accountId), inArray(agentGroupMembers.groupId, groupIds)))
    .orderBy(asc(agentGroupMembers.position));
}

export async function replaceMembers(db: Database, accountId: string, groupId: string, agentIds: string[]) {
  await db
    .delete(agentGroupMembers)
    .where(and(eq(agentGroupMembers.accountId, accountId), eq(agentGroupMembers.groupId, groupId)));
  if (!agentIds.length) return;
  await db
    .insert(agentGroupMembers)
    .values(agentIds.map((agentId, position) => ({ groupId, agentId, accountId, position })));
}

export async function findAgentIds(db: Database, accountId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: agents.id })
    .from(agents)
    .where(and(eq(agents.accountId, accountId), inArray(agents.id, ids)));
}

/** The groups of this account among `ids`, and how many agents each has. */
export async function findGroupsByIds(db: Database, accountId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: agentGroups.id, agents: sql<number>`count(${agentGroupMembers.agentId})::int` })
    .from(agentGroups)
    .leftJoin(agentGroupMembers, eq(agentGroupMembers.groupId, agentGroups.id))
    .where(and(eq(agentGroups.accountId, accountId), inArray(agentGroups.id, ids)))
    .groupBy(agentGroups.id);
}

/** Live agent attempts per agent: ringing (not answered yet) and connected. */
export async function liveCallsOfAgents(db: Database, agentIds: string[]) {
  if (!agentIds.length) return new Map<string, { ringing: number; connected: number }>();
  const rows = await db
    .select({
      agentId: callAttempts.agentId,
      ringing: sql<number>`count(*) filter (where ${callAttempts.answeredAt} is null)::int`,
      connected: sql<number>`count(*) filter (where ${callAttempts.answeredAt} is not null)::int`,
    })
    .from(callAttempts)
    .where(and(inArray(callAttempts.agentId, agentIds), eq(callAttempts.live, true)))
    .groupBy(callAttempts.agentId);
  return new Map(
    rows.map((r) => [r.agentId!, { ringing: Number(r.ringing), connected: Number(r.connected) }]),
  );
}

// Routing plans -------------------------------------------------------------------------------

export async function listPlanGroups(db: Database, accountId: string, campaignIds: string[]) {
  if (!campaignIds.length) return [];
  return db
    .select()
    .from(campaignAgentGroupRoutes)
    .where(
      and(
        eq(campaignAgentGroupRoutes.accountId, accountId),
        inArray(campaignAgentGroupRoutes.campaignId, campaignIds),
      ),
    );
}

export async function replacePlanGroups(
  db: Database,
  accountId: string,
  campaignId: string,
  entries: { agentGroupId: string; priority: number; weight: number; position: number }[],
) {
  await db
    .delete(campaignAgentGroupRoutes)
    .where(
      and(
        eq(campaignAgentGroupRoutes.accountId, accountId),
        eq(campaignAgentGroupRoutes.campaignId, campaignId),
      ),
    );
  if (entries.length)
    await db.insert(campaignAgentGroupRoutes).values(entries.map((e) => ({ ...e, campaignId, accountId })));
}

export type PlanAgentGroup = Awaited<ReturnType<typeof loadPlanGroups>>[number];

/** The agent groups in a campaign's plan: loaded with the routing configuration. */
export async function loadPlanGroups(db: Database, campaignId: string) {
  return db
    .select({
      agentGroupId: campaignAgentGroupRoutes.agentGroupId,
      name: agentGroups.name,
      priority: campaignAgentGroupRoutes.priority,
      weight: campaignAgentGroupRoutes.weight,
    })
    .from(campaignAgentGroupRoutes)
    .innerJoin(agentGroups, eq(agentGroups.id, campaignAgentGroupRoutes.agentGroupId))
    .where(eq(campaignAgentGroupRoutes.campaignId, campaignId))
    .orderBy(asc(campaignAgentGroupRoutes.position));
}

// The call path --------------------------------------------------------------------------------

/** A group with its agents in priority order, as routing reads them (not account-scoped: the call is). */
export async function loadGroupForRouting(db: Database, groupId: string) {
  const [group] = await db.select().from(agentGroups).where(eq(agentGroups.id, groupId)).limit(1);
  if (!group) return undefined;
  const members = await db
    .select({ agent: agents })
    .from(agentGroupMembers)
    .innerJoin(agents, eq(agents.id, agentGroupMembers.agentId))
    .where(eq(agentGroupMembers.groupId, groupId))
    .orderBy(asc(agentGroupMembers.position));
  return { group, members: members.map((m) => m.agent) };
}

/**
 * Takes one of the agent's places if they are still available, under `max_concurrent` and out of
 * wrap-up. One conditional UPDATE: PostgreSQL locks the row and re-checks the condition against
 * its latest version, so simultaneous calls on any number of processes never overfill an agent.
 */
export async function claimAgent(db: Database, agentId: string, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const result = await db.execute(sql`
    update agents set live = live + 1, last_offered_at = ${at}::timestamptz
    where id = ${agentId} and status = 'available' and live < max_concurrent
      and (wrap_up_until is null or wrap_up_until <= ${at}::timestamptz)
    returning id`);
  return rowsOf(result).length > 0;
}

/**
 * The statement that gives back the places of agent attempts that just stopped being live (see
 * `endLiveAttempts`): `ended` holds their agent_id, call_id and answered_at. An answered call puts
 * the agent into the group's wrap-up and resets their misses.
 */
export function releaseEndedAgentsSql(at: string) {
  return sql`update agents set
      live = greatest(agents.live - released.n, 0),
      wrap_up_until = case when released.answered
        then ${at}::timestamptz + released.wrap_up * interval '1 second' else agents.wrap_up_until end,
      last_call_ended_at = case when released.answered then ${at}::timestamptz else agents.last_call_ended_at end,
      missed_in_a_row = case when released.answered then 0 else agents.missed_in_a_row end
    from (
      select e.agent_id, count(*)::int as n, bool_or(e.answered_at is not null) as answered,
        coalesce(max(g.wrap_up_seconds), 0) as wrap_up
      from ended e
      left join agent_queue_entries q on q.call_id = e.call_id
      left join agent_groups g on g.id = q.group_id
      where e.agent_id is not null
      group by e.agent_id
    ) as released
    where agents.id = released.agent_id`;
}

/** After a connected call: wrap-up starts (also when the leg's answered callback came late). */
export async function startWrapUp(db: Database, agentId: string, until: Date, at: Date) {
  await db
    .update(agents)
    .set({ wrapUpUntil: until, lastCallEndedAt: at, missedInARow: 0 })
    .where(eq(agents.id, agentId));
}

/** Counts a missed offer; the agent goes on break after `limit` misses in a row. */
export async function countMiss(db: Database, agentId: string, limit: number) {
  const result = await db.execute(sql`
    update agents set missed_in_a_row = missed_in_a_row + 1,
      status = case when missed_in_a_row + 1 >= ${limit} then 'break' else status end
    where id = ${agentId}
    returning status, missed_in_a_row`);
  return rowsOf<{ status: string; missed_in_a_row: number }>(result)[0];
}

export async function setPresence(db: Database, agentId: string, status: 'available' | 'offline' | 'break') {
  const [row] = await db
    .update(agents)
    .set({ status, ...(status === 'available' ? { missedInARow: 0 } : {}) })
    .where(eq(agents.id, agentId))
    .returning();
  return row;
}

export async function insertQueueEntry(db: Database, values: typeof agentQueueEntries.$inferInsert) {
  await db.insert(agentQueueEntries).values(values).onConflictDoNothing({ target: agentQueueEntries.callId });
}

export async function findQueueEntry(db: Database, callId: string) {
  const [row] = await db
    .select()
    .from(agentQueueEntries)
    .where(eq(agentQueueEntries.callId, callId))
    .limit(1);
  return row;
}

export async function updateQueueEntry(
  db: Database,
  id: string,
  values: Partial<
    Pick<typeof agentQueueEntries.$inferInsert, 'state' | 'answeredAt' | 'endedAt' | 'position'>
  >,
) {
  await db.update(agentQueueEntries).set(values).where(eq(agentQueueEntries.id, id));
}

/**
 * Callers ahead of this one in the group: still waiting (not ringing an agent) and still on the
 * line, in arrival order. Their extra skills say which agents they can use.
 */
export async function callersAhead(
  db: Database,
  entry: { id: string; groupId: string; enqueuedAt: Date },
): Promise<{ extraSkills: Skill[] }[]> {
  return db
    .select({ extraSkills: agentQueueEntries.extraSkills })
    .from(agentQueueEntries)
    .innerJoin(calls, eq(calls.id, agentQueueEntries.callId))
    .where(
      and(
        eq(agentQueueEntries.groupId, entry.groupId),
        eq(agentQueueEntries.state, 'waiting'),
        sql`${calls.status} not in ${TERMINAL_CALL}`,
        sql`(${agentQueueEntries.enqueuedAt}, ${agentQueueEntries.id}) < (${entry.enqueuedAt.toISOString()}::timestamptz, ${entry.id})`,
      ),
    )
    .orderBy(asc(agentQueueEntries.enqueuedAt));
}

// Wallboard and agent view --------------------------------------------------------------------

/** Every caller who entered one of the account's groups since `since`, with when an agent answered. */
export async function queueFigures(db: Database, accountId: string, since: Date) {
  const answeredAt = sql`(select min(a.answered_at) from call_attempts a
    where a.call_id = ${agentQueueEntries.callId} and a.agent_id is not null)`;
  const talk = sql`(select max(a.connected_seconds) from call_attempts a
    where a.call_id = ${agentQueueEntries.callId} and a.agent_id is not null)`;
  const rows = await db
    .select({
      enqueuedAt: agentQueueEntries.enqueuedAt,
      answeredAt: sql<string | null>`${answeredAt}`,
      talkSeconds: sql<number | null>`${talk}`,
      callStatus: calls.status,
      state: agentQueueEntries.state,
    })
    .from(agentQueueEntries)
    .innerJoin(calls, eq(calls.id, agentQueueEntries.callId))
    .where(
      and(
        eq(agentQueueEntries.accountId, accountId),
        sql`${agentQueueEntries.enqueuedAt} >= ${since.toISOString()}::timestamptz`,
      ),
    );
  return rows.map((r) => ({
    ...r,
    answeredAt: r.answeredAt ? new Date(r.answeredAt) : null,
    talkSeconds: r.talkSeconds == null ? null : Number(r.talkSeconds),
  }));
}

export async function findUserAgentId(db: Database, accountId: string, userId: string) {
  const [row] = await db
    .select({ agentId: users.agentId })
    .from(users)
    .where(and(eq(users.accountId, accountId), eq(users.id, userId)))
    .limit(1);
  return row?.agentId ?? null;
}

/** The agent's recent dials, newest first. */
export async function recentAgentCalls(db: Database, agentId: string, limit: number) {
  return db
    .select({
      attempt: callAttempts,
      call: { id: calls.id, fromNumber: calls.fromNumber, startedAt: calls.startedAt },
    })
    .from(callAttempts)
    .innerJoin(calls, eq(calls.id, callAttempts.callId))
    .where(and(eq(callAttempts.agentId, agentId), isNotNull(callAttempts.agentId)))
    .orderBy(desc(callAttempts.startedAt))
    .limit(limit);
}
