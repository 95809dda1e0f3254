import { and, asc, desc, eq, gte, inArray, like, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { agents, buyers, callAttempts, calls, campaigns, rtbTargets, targets } from '../../db/schema';
import { releaseEndedAgentsSql } from '../agents/repository';
import { utcHour, writeCallsMarkingStats } from '../reports/dirty-hours';
import { type UsageJson, usageFromRows } from '../routing/repository';

/**
 * Inserts the call unless Twilio already told us about this CallSid (a retried webhook), and in
 * the same round trip reads the usage of the targets routing will consider: the inbound-call path
 * pays for one statement here instead of two.
 */
export async function insertCallReadingUsage(
  db: Database,
  values: typeof calls.$inferInsert & { id: string },
  targetIds: string[],
): Promise<{ inserted: boolean; usage: ReturnType<typeof usageFromRows> }> {
  const insert = db
    .insert(calls)
    .values(values)
    .onConflictDoNothing({ target: calls.callSid })
    .returning({ id: calls.id, accountId: calls.accountId, startedAt: calls.startedAt });
  const ids = targetIds.length
    ? sql.join(
        targetIds.map((id) => sql`${id}`),
        sql`, `,
      )
    : sql`null`;
  const result = await db.execute(sql`
    with inserted as (${insert.getSQL()}),
    marked as (
      insert into call_stats_dirty (account_id, bucket_start)
      select account_id, ${utcHour(sql`started_at`)} from inserted on conflict do nothing
    )
    select (select count(*) from inserted)::int as inserted,
      (select coalesce(json_agg(u), '[]'::json) from target_usage u where u.target_id in (${ids})) as usage`);
  const [row] = (result as unknown as { rows: { inserted: number; usage: UsageJson[] | string }[] }).rows;
  const usage = typeof row.usage === 'string' ? (JSON.parse(row.usage) as UsageJson[]) : row.usage;
  return { inserted: Number(row.inserted) > 0, usage: usageFromRows(targetIds, usage) };
}

export async function findCallBySid(db: Database, callSid: string) {
  const [row] = await db.select().from(calls).where(eq(calls.callSid, callSid)).limit(1);
  return row;
}

export async function findCallById(db: Database, callId: string) {
  const [row] = await db.select().from(calls).where(eq(calls.id, callId)).limit(1);
  return row;
}

/** The call, locked until the surrounding transaction ends. */
export async function lockCall(db: Database, callId: string) {
  const [row] = await db.select().from(calls).where(eq(calls.id, callId)).limit(1).for('update');
  return row;
}

/** What every write of calls returns, so the report hours it touched are marked dirty with it. */
const statsKey = { accountId: calls.accountId, startedAt: calls.startedAt };

// Callbacks that change nothing (a repeated or late event) make no write at all.
export async function updateCall(db: Database, callId: string, values: Partial<typeof calls.$inferInsert>) {
  if (!Object.keys(values).length) return;
  await writeCallsMarkingStats(
    db,
    db.update(calls).set(values).where(eq(calls.id, callId)).returning(statsKey),
  );
}

/** An attempt dials a buyer's target, an RTB bid (its bidder and the bid it answers), or an agent. */
export type NewAttempt = {
  id: string;
  accountId: string;
  attempt: number;
  destination: string;
  revenueCents: number;
  conversionSeconds: number;
} & (
  | { targetId: string; rtbTargetId?: never; bidRequestId?: never; agentId?: never }
  | { targetId?: never; rtbTargetId: string; bidRequestId: string; agentId?: never }
  | { targetId?: never; rtbTargetId?: never; bidRequestId?: never; agentId: string }
);

/**
 * Records one step of a call in a single statement: appends to its trace and TwiML log (jsonb
 * concatenation), sets call fields, and inserts the attempt it dialed, if any.
 */
export async function recordCallStep(
  db: Database,
  callId: string,
  step: { trace?: unknown[]; twiml?: unknown[]; attempt?: NewAttempt; at?: Date },
  values: Partial<typeof calls.$inferInsert> = {},
): Promise<{ recorded: boolean }> {
  const changes = {
    ...values,
    trace: sql`${calls.trace} || ${JSON.stringify(step.trace ?? [])}::jsonb`,
    twiml: sql`${calls.twiml} || ${JSON.stringify(step.twiml ?? [])}::jsonb`,
  };
  const attempt = step.attempt;
  if (!attempt) {
    await writeCallsMarkingStats(
      db,
      db.update(calls).set(changes).where(eq(calls.id, callId)).returning(statsKey),
    );
    return { recorded: true };
  }
  const startedAt = (step.at ?? new Date()).toISOString();
  // A retried callback racing this one may have recorded the same attempt number first: then
  // nothing is written here, and the caller gives back the place it claimed.
  const update = db
    .update(calls)
    .set(changes)
    .where(and(eq(calls.id, callId), sql`exists (select 1 from attempt)`))
    .returning(statsKey);
  const written = await writeCallsMarkingStats(
    db,
    update,
    sql`attempt as (
      insert into call_attempts
        (id, account_id, call_id, target_id, rtb_target_id, bid_request_id, agent_id, attempt, destination,
         revenue_cents, conversion_seconds, started_at)
      values (${attempt.id}, ${attempt.accountId}, ${callId}, ${attempt.targetId ?? null}, ${attempt.rtbTargetId ?? null},
        ${attempt.bidRequestId ?? null}, ${attempt.agentId ?? null}, ${attempt.attempt}, ${attempt.destination}, ${attempt.revenueCents},
        ${attempt.conversionSeconds}, ${startedAt}::timestamptz)
      on conflict (call_id, attempt) do nothing
      returning id
    )`,
  );
  return { recorded: written > 0 };
}

/** Later states outrank earlier ones (queued < ringing < in progress < any end), in SQL. */
const statusRank = (status: SQL | string) =>
  sql`(case ${status} when 'queued' then 0 when 'initiated' then 0 when 'ringing' then 1
    when 'in-progress' then 2 when 'answered' then 2 else 3 end)`;

/**
 * Moves a call's or attempt's status forward and fills its times in one statement, so callbacks
 * arriving at the same moment, late or twice can never move it backwards or erase a time.
 */
export async function advanceStatus(
  db: Database,
  target: { table: 'calls' | 'call_attempts'; id: string },
  change: {
    status: string;
    answeredAt?: Date;
    endedAt?: Date;
    durationSeconds?: number | null;
    dialCallSid?: string;
  },
) {
  const table = target.table === 'calls' ? calls : callAttempts;
  const at = (date: Date | undefined) => (date ? sql`${date.toISOString()}::timestamptz` : sql`null`);
  const update = db
    .update(table)
    .set({
      status: sql`case when ${statusRank(sql`${table.status}`)} < ${statusRank(change.status)} then ${change.status} else ${table.status} end`,
      answeredAt: sql`least(coalesce(${table.answeredAt}, ${at(change.answeredAt)}), ${at(change.answeredAt)})`,
      endedAt: sql`coalesce(${table.endedAt}, ${at(change.endedAt)})`,
      ...(target.table === 'calls' && change.durationSeconds != null
        ? { durationSeconds: change.durationSeconds }
        : {}),
      ...(target.table === 'call_attempts' && change.dialCallSid ? { dialCallSid: change.dialCallSid } : {}),
    })
    .where(eq(table.id, target.id));
  if (target.table === 'calls') await writeCallsMarkingStats(db, update.returning(statsKey));
  else await update;
}

export async function listAttempts(db: Database, callId: string) {
  return db
    .select()
    .from(callAttempts)
    .where(eq(callAttempts.callId, callId))
    .orderBy(asc(callAttempts.attempt));
}

export async function updateAttempt(
  db: Database,
  attemptId: string,
  values: Partial<typeof callAttempts.$inferInsert>,
) {
  if (!Object.keys(values).length) return;
  await db.update(callAttempts).set(values).where(eq(callAttempts.id, attemptId));
}

/**
 * Ends live attempts (one attempt, or all of a call's) and releases their places in the targets'
 * live counters, in one statement: only rows that were still live decrement, so repeated and
 * reordered callbacks release each place exactly once.
 */
export async function endLiveAttempts(
  db: Database,
  scope: { attemptId: string } | { callId: string } | { startedBefore: Date },
  at: Date,
) {
  const match =
    'attemptId' in scope
      ? sql`id = ${scope.attemptId}`
      : 'callId' in scope
        ? sql`call_id = ${scope.callId}`
        : sql`started_at < ${scope.startedBefore.toISOString()}::timestamptz`;
  await db.execute(sql`
    with ended as (
      update call_attempts set live = false, ended_at = coalesce(ended_at, ${at.toISOString()}::timestamptz)
      where ${match} and live
      returning call_id, target_id, rtb_target_id, agent_id, answered_at
    ),
    released_agents as (${releaseEndedAgentsSql(at.toISOString())}),
    released_targets as (
      update target_usage set live = greatest(target_usage.live - released.n, 0)
      from (select target_id, count(*)::int as n from ended where target_id is not null group by target_id) as released
      where target_usage.target_id = released.target_id
    )
    update rtb_target_usage set live = greatest(rtb_target_usage.live - released.n, 0)
    from (select rtb_target_id, count(*)::int as n from ended where rtb_target_id is not null group by rtb_target_id) as released
    where rtb_target_usage.target_id = released.rtb_target_id`);
}

export async function findTarget(db: Database, targetId: string) {
  const [row] = await db.select().from(targets).where(eq(targets.id, targetId)).limit(1);
  return row;
}

/** Flips `converted` once; only the caller that flipped it counts the conversion against caps. */
export async function markConvertedOnce(db: Database, callId: string) {
  const flipped = await writeCallsMarkingStats(
    db,
    db
      .update(calls)
      .set({ converted: true })
      .where(and(eq(calls.id, callId), eq(calls.converted, false)))
      .returning(statsKey),
  );
  return flipped > 0;
}

export type CallFilters = {
  from?: Date;
  to?: Date;
  campaignId?: string;
  buyerId?: string;
  targetId?: string;
  status?: string;
  converted?: boolean;
  callerDigits?: string;
  utmSource?: string;
};

/** Keyset pagination on (started_at, id) descending: stable while new calls arrive. */
export async function findCalls(
  db: Database,
  accountId: string,
  filters: CallFilters,
  page: { limit: number; after?: { startedAt: Date; id: string } },
) {
  const conditions: (SQL | undefined)[] = [
    eq(calls.accountId, accountId),
    filters.from && gte(calls.startedAt, filters.from),
    filters.to && lt(calls.startedAt, filters.to),
    filters.campaignId ? eq(calls.campaignId, filters.campaignId) : undefined,
    filters.buyerId ? eq(calls.buyerId, filters.buyerId) : undefined,
    filters.targetId ? eq(calls.targetId, filters.targetId) : undefined,
    filters.status ? eq(calls.status, filters.status) : undefined,
    filters.converted === undefined ? undefined : eq(calls.converted, filters.converted),
    filters.callerDigits ? like(calls.fromNumber, `%${filters.callerDigits}%`) : undefined,
    filters.utmSource ? sql`lower(${calls.utmSource}) = lower(${filters.utmSource})` : undefined,
    page.after &&
      or(
        lt(calls.startedAt, page.after.startedAt),
        and(eq(calls.startedAt, page.after.startedAt), lt(calls.id, page.after.id)),
      ),
  ];
  return db
    .select({
      call: calls,
      campaignName: campaigns.name,
      targetName: targets.name,
      buyerName: buyers.name,
    })
    .from(calls)
    .leftJoin(campaigns, eq(campaigns.id, calls.campaignId))
    .leftJoin(targets, eq(targets.id, calls.targetId))
    .leftJoin(buyers, eq(buyers.id, calls.buyerId))
    .where(and(...conditions))
    .orderBy(desc(calls.startedAt), desc(calls.id))
    .limit(page.limit + 1);
}

export async function findCallInAccount(db: Database, accountId: string, callId: string) {
  const [row] = await db
    .select({ call: calls, campaignName: campaigns.name, targetName: targets.name, buyerName: buyers.name })
    .from(calls)
    .leftJoin(campaigns, eq(campaigns.id, calls.campaignId))
    .leftJoin(targets, eq(targets.id, calls.targetId))
    .leftJoin(buyers, eq(buyers.id, calls.buyerId))
    .where(and(eq(calls.accountId, accountId), eq(calls.id, callId)))
    .limit(1);
  return row;
}

/** Names of the targets and RTB bidders a call's attempts dialed, by id. */
export async function attemptTargetNames(
  db: Database,
  attempts: { targetId: string | null; rtbTargetId: string | null; agentId: string | null }[],
) {
  const targetIds = [...new Set(attempts.flatMap((a) => (a.targetId ? [a.targetId] : [])))];
  const rtbIds = [...new Set(attempts.flatMap((a) => (a.rtbTargetId ? [a.rtbTargetId] : [])))];
  const agentIds = [...new Set(attempts.flatMap((a) => (a.agentId ? [a.agentId] : [])))];
  const [plain, rtb, people] = await Promise.all([
    targetIds.length
      ? db.select({ id: targets.id, name: targets.name }).from(targets).where(inArray(targets.id, targetIds))
      : [],
    rtbIds.length
      ? db
          .select({ id: rtbTargets.id, name: rtbTargets.name })
          .from(rtbTargets)
          .where(inArray(rtbTargets.id, rtbIds))
      : [],
    agentIds.length
      ? db.select({ id: agents.id, name: agents.name }).from(agents).where(inArray(agents.id, agentIds))
      : [],
  ]);
  return new Map([...plain, ...rtb, ...people].map((r) => [r.id, r.name]));
}
