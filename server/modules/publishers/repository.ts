import { and, asc, count, desc, eq, inArray, lt, ne, notInArray, sql, sum } from 'drizzle-orm';
import { accountScoped } from '../../db/account-scoped';
import type { Database } from '../../db/client';
import {
  calls,
  campaignInboundRtb,
  campaigns,
  dniSessions,
  inboundPings,
  pools,
  publisherPayoutRules,
  publishers,
  trackingNumbers,
  trackingTags,
} from '../../db/schema';
import { updateCall } from '../calls/repository';

export const publisherRepository = accountScoped(publishers);

export async function listRules(db: Database, accountId: string, publisherId: string) {
  return db
    .select({ rule: publisherPayoutRules, campaignName: campaigns.name })
    .from(publisherPayoutRules)
    .innerJoin(campaigns, eq(campaigns.id, publisherPayoutRules.campaignId))
    .where(
      and(eq(publisherPayoutRules.accountId, accountId), eq(publisherPayoutRules.publisherId, publisherId)),
    )
    .orderBy(asc(campaigns.name));
}

/** One rule per publisher and campaign: saving again replaces it. */
export async function upsertRule(db: Database, values: typeof publisherPayoutRules.$inferInsert) {
  const { id: _id, ...changes } = values;
  const [row] = await db
    .insert(publisherPayoutRules)
    .values(values)
    .onConflictDoUpdate({
      target: [publisherPayoutRules.publisherId, publisherPayoutRules.campaignId],
      set: { ...changes, updatedAt: new Date() },
    })
    .returning();
  return row;
}

export async function deleteRule(db: Database, accountId: string, publisherId: string, ruleId: string) {
  const rows = await db
    .delete(publisherPayoutRules)
    .where(
      and(
        eq(publisherPayoutRules.accountId, accountId),
        eq(publisherPayoutRules.publisherId, publisherId),
        eq(publisherPayoutRules.id, ruleId),
      ),
    )
    .returning({ id: publisherPayoutRules.id });
  return rows.length > 0;
}

export async function findCampaignInAccount(db: Database, accountId: string, campaignId: string) {
  const [row] = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.accountId, accountId), eq(campaigns.id, campaignId)))
    .limit(1);
  return row;
}

const SOURCE_TABLES = { numbers: trackingNumbers, pools, tags: trackingTags } as const;
export type SourceKind = keyof typeof SOURCE_TABLES;

/**
 * Makes exactly `ids` the publisher's numbers (or pools, or tags): the listed ones are assigned
 * to it, its others released. Ids outside the account are returned, and nothing is written then.
 */
export async function replaceSources(
  db: Database,
  scope: { accountId: string; publisherId: string; kind: SourceKind; ids: string[] },
) {
  const table = SOURCE_TABLES[scope.kind];
  const inAccount = eq(table.accountId, scope.accountId);
  const known = scope.ids.length
    ? await db
        .select({ id: table.id })
        .from(table)
        .where(and(inAccount, inArray(table.id, scope.ids)))
    : [];
  const knownIds = new Set(known.map((row) => row.id));
  const unknown = scope.ids.filter((id) => !knownIds.has(id));
  if (unknown.length) return { unknown };
  await db.transaction(async (tx) => {
    await tx
      .update(table)
      .set({ publisherId: null })
      .where(
        and(
          inAccount,
          eq(table.publisherId, scope.publisherId),
          scope.ids.length ? notInArray(table.id, scope.ids) : undefined,
        ),
      );
    if (scope.ids.length)
      await tx
        .update(table)
        .set({ publisherId: scope.publisherId })
        .where(and(inAccount, inArray(table.id, scope.ids)));
  });
  return { unknown };
}

export async function listSources(db: Database, accountId: string, publisherId: string) {
  const owned = <T extends (typeof SOURCE_TABLES)[SourceKind]>(table: T) =>
    and(eq(table.accountId, accountId), eq(table.publisherId, publisherId));
  const [numbers, poolRows, tags] = await Promise.all([
    db
      .select({ id: trackingNumbers.id, label: trackingNumbers.phoneNumber })
      .from(trackingNumbers)
      .where(owned(trackingNumbers)),
    db.select({ id: pools.id, label: pools.name }).from(pools).where(owned(pools)),
    db
      .select({ id: trackingTags.id, label: trackingTags.name })
      .from(trackingTags)
      .where(owned(trackingTags)),
  ]);
  return [
    ...numbers.map((row) => ({ ...row, kind: 'numbers' as const })),
    ...poolRows.map((row) => ({ ...row, kind: 'pools' as const })),
    ...tags.map((row) => ({ ...row, kind: 'tags' as const })),
  ];
}

export async function listPublisherCalls(
  db: Database,
  scope: { accountId: string; publisherId: string; limit: number },
) {
  return db
    .select({ call: calls, campaignName: campaigns.name })
    .from(calls)
    .leftJoin(campaigns, eq(campaigns.id, calls.campaignId))
    .where(and(eq(calls.accountId, scope.accountId), eq(calls.publisherId, scope.publisherId)))
    .orderBy(desc(calls.startedAt), desc(calls.id))
    .limit(scope.limit);
}

export async function summarisePublisherCalls(db: Database, accountId: string, publisherId: string) {
  const [row] = await db
    .select({
      calls: count(),
      paidCalls: sql<number>`count(*) filter (where ${calls.payoutCents} > 0)`.mapWith(Number),
      payoutCents: sum(calls.payoutCents).mapWith(Number),
    })
    .from(calls)
    .where(and(eq(calls.accountId, accountId), eq(calls.publisherId, publisherId)));
  return { calls: row?.calls ?? 0, paidCalls: row?.paidCalls ?? 0, payoutCents: row?.payoutCents ?? 0 };
}

/**
 * Who brought a call, when no ping named the publisher: its number, else the DNI tag of the visit
 * (or, while the visit is not saved yet, the tag on the number's pool), else the pool.
 */
export async function findSourcePublisher(
  db: Database,
  source: { numberId: string | null; dniSessionId: string | null },
): Promise<string | null> {
  if (!source.numberId) return null;
  const [row] = await db
    .select({
      number: trackingNumbers.publisherId,
      pool: pools.publisherId,
      tag: sql<string | null>`coalesce(
        (select ${trackingTags.publisherId} from ${dniSessions}
          join ${trackingTags} on ${trackingTags.id} = ${dniSessions.tagId}
          where ${dniSessions.id} = ${source.dniSessionId ?? ''}),
        (select ${trackingTags.publisherId} from ${trackingTags}
          where ${trackingTags.poolId} = ${trackingNumbers.poolId} and ${trackingTags.publisherId} is not null
          order by ${trackingTags.createdAt} limit 1))`,
    })
    .from(trackingNumbers)
    .leftJoin(pools, eq(pools.id, trackingNumbers.poolId))
    .where(eq(trackingNumbers.id, source.numberId))
    .limit(1);
  return row ? (row.number ?? row.tag ?? row.pool ?? null) : null;
}

export async function setCallPublisher(
  db: Database,
  callId: string,
  values: { publisherId: string | null; inboundPingId?: string | null },
) {
  await updateCall(db, callId, values); // marks the call's report hour stale with the write
}

/** Everything a call's payout depends on, with the call locked until the transaction ends. */
export async function lockPayoutContext(db: Database, callId: string) {
  const [row] = await db
    .select({
      call: calls,
      campaign: campaigns,
      publisher: publishers,
      ping: inboundPings,
      staleBid: campaignInboundRtb.staleBid,
    })
    .from(calls)
    .leftJoin(campaigns, eq(campaigns.id, calls.campaignId))
    .leftJoin(campaignInboundRtb, eq(campaignInboundRtb.campaignId, calls.campaignId))
    .leftJoin(publishers, eq(publishers.id, calls.publisherId))
    .leftJoin(inboundPings, eq(inboundPings.id, calls.inboundPingId))
    .where(eq(calls.id, callId))
    .limit(1)
    .for('update', { of: calls });
  if (!row) return undefined;
  const rule =
    row.publisher && row.call.campaignId
      ? await findRule(db, row.publisher.id, row.call.campaignId)
      : undefined;
  return { ...row, rule };
}

export async function findRule(db: Database, publisherId: string, campaignId: string) {
  const [rule] = await db
    .select()
    .from(publisherPayoutRules)
    .where(
      and(eq(publisherPayoutRules.publisherId, publisherId), eq(publisherPayoutRules.campaignId, campaignId)),
    )
    .limit(1);
  return rule;
}

/** When the caller last earned this publisher a payout on this campaign, before `before`. */
export async function lastPaidCallAt(
  db: Database,
  scope: { campaignId: string; publisherId: string; fromNumber: string; before: Date; excludeCallId: string },
) {
  const [row] = await db
    .select({ startedAt: calls.startedAt })
    .from(calls)
    .where(
      and(
        eq(calls.campaignId, scope.campaignId),
        eq(calls.publisherId, scope.publisherId),
        eq(calls.fromNumber, scope.fromNumber),
        eq(calls.payoutState, 'paid'),
        lt(calls.startedAt, scope.before),
        ne(calls.id, scope.excludeCallId),
      ),
    )
    .orderBy(desc(calls.startedAt))
    .limit(1);
  return row?.startedAt;
}

export async function writePayout(
  db: Database,
  callId: string,
  values: { payoutCents: number; payoutState: string; payoutNote: string | null },
) {
  await updateCall(db, callId, values);
}

export async function findCallPublisher(
  db: Database,
  call: { publisherId: string | null; inboundPingId: string | null },
) {
  const [publisher, ping] = await Promise.all([
    call.publisherId ? db.select().from(publishers).where(eq(publishers.id, call.publisherId)).limit(1) : [],
    call.inboundPingId
      ? db.select().from(inboundPings).where(eq(inboundPings.id, call.inboundPingId)).limit(1)
      : [],
  ]);
  return { publisher: publisher[0], ping: ping[0] };
}
