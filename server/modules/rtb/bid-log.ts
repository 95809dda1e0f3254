import { and, desc, eq, gt, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { BidRequest, BidRequestsQuery, RtbTargetHealth } from '../../../contracts/rtb';
import type { Database } from '../../db/client';
import { type RtbBidRequestRow, rtbBidRequests, rtbTargets } from '../../db/schema';
import { notFound } from '../../lib/app-error';
import { listBidRequestsOfCall, rtbTargetRepository } from './repository';
import type { RejectionReason } from './validate-bid';

export const toBidRequestDto = (row: RtbBidRequestRow, targetName: string | null): BidRequest => ({
  id: row.id,
  callId: row.callId,
  routerId: row.routerId,
  rtbTargetId: row.rtbTargetId,
  targetName,
  request: row.request,
  sent: row.sent,
  latencyMs: row.latencyMs,
  httpStatus: row.httpStatus,
  responseExcerpt: row.responseExcerpt,
  amountCents: row.amountCents,
  destination: row.destination,
  sipAddress: row.sipAddress,
  valid: row.valid,
  reason: row.reason,
  message: row.message,
  rank: row.rank,
  dialed: row.dialed,
  createdAt: row.createdAt.toISOString(),
});

export async function auctionOfCall(db: Database, accountId: string, callId: string) {
  return (await listBidRequestsOfCall(db, accountId, callId)).map(({ bid, targetName }) =>
    toBidRequestDto(bid, targetName),
  );
}

/** The ping log, newest first, by call, bidder or outcome. */
export async function listBidRequests(
  db: Database,
  accountId: string,
  query: z.output<typeof BidRequestsQuery>,
) {
  const outcome: Record<string, SQL> = {
    valid: eq(rtbBidRequests.valid, true),
    rejected: eq(rtbBidRequests.valid, false),
    dialed: eq(rtbBidRequests.dialed, true),
  };
  const rows = await db
    .select({ bid: rtbBidRequests, targetName: rtbTargets.name })
    .from(rtbBidRequests)
    .leftJoin(rtbTargets, eq(rtbTargets.id, rtbBidRequests.rtbTargetId))
    .where(
      and(
        eq(rtbBidRequests.accountId, accountId),
        query.callId ? eq(rtbBidRequests.callId, query.callId) : undefined,
        query.rtbTargetId ? eq(rtbBidRequests.rtbTargetId, query.rtbTargetId) : undefined,
        query.outcome ? outcome[query.outcome] : undefined,
      ),
    )
    .orderBy(desc(rtbBidRequests.createdAt))
    .limit(query.limit);
  return rows.map(({ bid, targetName }) => toBidRequestDto(bid, targetName));
}

const HOUR = 3_600_000;
// A clean "no bid" is a healthy answer; timeouts, errors and garbage are not.
const FAILURES: RejectionReason[] = [
  'timeout',
  'http_error',
  'connection_failed',
  'bad_response',
  'too_large',
  'blocked_address',
];

/** Success and timeout rates and latency percentiles per bidder, over the last hour and day. */
export async function bidderHealth(db: Database, accountId: string, now: Date, rtbTargetId?: string) {
  const failed = sql.join(
    FAILURES.map((reason) => sql`${reason}`),
    sql`, `,
  );
  const window = (since: Date) =>
    db
      .select({
        targetId: rtbBidRequests.rtbTargetId,
        pings: sql<number>`count(*)::int`,
        failures: sql<number>`count(*) filter (where ${rtbBidRequests.reason} in (${failed}))::int`,
        timeouts: sql<number>`count(*) filter (where ${rtbBidRequests.reason} = 'timeout')::int`,
        p50: sql<number | null>`percentile_cont(0.5) within group (order by ${rtbBidRequests.latencyMs})`,
        p95: sql<number | null>`percentile_cont(0.95) within group (order by ${rtbBidRequests.latencyMs})`,
      })
      .from(rtbBidRequests)
      .where(
        and(
          eq(rtbBidRequests.accountId, accountId),
          gt(rtbBidRequests.createdAt, since),
          rtbTargetId ? eq(rtbBidRequests.rtbTargetId, rtbTargetId) : undefined,
        ),
      )
      .groupBy(rtbBidRequests.rtbTargetId);
  const [targets, hour, day] = await Promise.all([
    rtbTargetId
      ? rtbTargetRepository.find(db, accountId, rtbTargetId).then((t) => (t ? [t] : []))
      : rtbTargetRepository.list(db, accountId),
    window(new Date(now.getTime() - HOUR)),
    window(new Date(now.getTime() - 24 * HOUR)),
  ]);
  if (rtbTargetId && !targets.length) throw notFound('RTB target');
  const summary = (rows: typeof hour, id: string) => {
    const row = rows.find((r) => r.targetId === id);
    const pings = Number(row?.pings ?? 0);
    return {
      pings,
      successRate: pings ? (pings - Number(row?.failures ?? 0)) / pings : null,
      timeoutRate: pings ? Number(row?.timeouts ?? 0) / pings : null,
      p50LatencyMs: row?.p50 == null ? null : Math.round(Number(row.p50)),
      p95LatencyMs: row?.p95 == null ? null : Math.round(Number(row.p95)),
    };
  };
  return targets.map((target): RtbTargetHealth => {
    const lastHour = summary(hour, target.id);
    return {
      rtbTargetId: target.id,
      name: target.name,
      lastHour,
      lastDay: summary(day, target.id),
      flagged: lastHour.pings >= 5 && (lastHour.successRate ?? 1) < 0.5,
    };
  });
}
