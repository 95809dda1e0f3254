import type { TraceEntry } from '../../../contracts/calls';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import type { RtbBidRequestRow, RtbTargetRow } from '../../db/schema';
import { rtbTargetUsage } from '../../db/schema';
import { recordCallEvents } from '../call-events/record-call-events';
import { capBuckets } from '../routing/cap-buckets';
import { type ClaimSpec, claimUsage, loadUsage } from '../routing/repository';
import { traceEntry, whyIneligible } from '../routing/select-targets';
import { maskCallerId } from './build-request';
import { PingRateLimiter } from './ping-rate-limiter';
import * as repo from './repository';
import { runAuction } from './run-auction';
import { mayReach, toBidder } from './targets-service';
import type { TokenContext } from './tokens';

export type PlanRouter = Awaited<ReturnType<typeof repo.loadPlanRouters>>[number];

export type RouterCall = {
  id: string;
  accountId: string;
  campaignId: string;
  fromNumber: string;
  fromState?: string | null;
  fromZip?: string | null;
  isDuplicate: boolean;
  startedAt: Date;
};

export type TakenBid = { bid: RtbBidRequestRow; target: RtbTargetRow; spec: ClaimSpec };

const rateLimiter = new PingRateLimiter();
// RTB targets keep their usage in the same shape as targets; these fields make them routable.
const RTB_TIMEZONE = 'UTC';

function tokenContext(call: RouterCall, target: RtbTargetRow, now: Date): TokenContext {
  return {
    now,
    requestId: `${call.id}-${target.id}`,
    campaignId: call.campaignId,
    callId: call.id,
    callerId: call.fromNumber || null,
    callerState: call.fromState ?? null,
    callerZip: call.fromZip ?? null,
    targetName: target.name,
    isDuplicate: call.isDuplicate,
    callStartTime: call.startedAt,
    minBidCents: target.minBidCents,
    maxBidCents: target.maxBidCents,
    currency: target.currency,
  };
}

/**
 * Pings every eligible bidder of the router at once and stores every ping (caller masked). Bidders
 * paused, capped or over their ping rate are left out and the trace says why. Inbound RTB runs it
 * for a publisher's ping too, with the ping's id standing in for the call's.
 */
export async function auctionAtRouter(
  ctx: { db: Database; config: Config },
  plan: PlanRouter,
  call: RouterCall,
  now: Date,
  trace: (fields: Parameters<typeof traceEntry>[2]) => void,
) {
  const { router } = plan;
  const usage = await loadUsage(
    ctx.db,
    plan.bidders.map((b) => b.target.id),
    rtbTargetUsage,
  );
  const eligible = plan.bidders.filter(({ target }) => {
    const skip =
      target.status !== 'active'
        ? 'paused'
        : (whyIneligible(
            {
              id: target.id,
              name: target.name,
              status: 'active',
              buyerStatus: 'active',
              timezone: RTB_TIMEZONE,
              schedule: null,
              caps: { ...target.caps, total: null },
              criteria: {},
            },
            { now, caller: {}, usage: usage.get(target.id) },
          )?.detail ?? rateLimitDetail(target, now));
    if (skip)
      trace({
        targetId: target.id,
        targetName: target.name,
        outcome: 'skipped',
        reason: 'rtb_not_pinged',
        detail: `Not pinged: ${skip}`,
      });
    return !skip;
  });
  if (!eligible.length) return [];
  // Built once: what is pinged is exactly what the log records.
  const bidders = eligible.map(({ target, priority }) =>
    toBidder(target, tokenContext(call, target, now), ctx.config, priority),
  );
  const result = await runAuction({
    bidders,
    deadlineMs: router.auctionTimeoutMs,
    allowPrivate: eligible.every(({ target }) => mayReach(target.endpointUrl, ctx.config)),
    reserveCents: router.reserveCents,
    callerIdRequired: router.requireCallerId,
    callerId: call.fromNumber || null,
  });
  const byId = new Map(eligible.map(({ target }) => [target.id, target]));
  const stored = await repo.insertBidRequests(
    ctx.db,
    result.pings.map((ping) => {
      const target = byId.get(ping.bidderId)!;
      const { request } = bidders.find((bidder) => bidder.id === ping.bidderId)!;
      const rank = result.ranked.findIndex((bid) => bid.bidderId === ping.bidderId);
      const valid = ping.outcome.valid ? ping.outcome.bid : undefined;
      return {
        accountId: call.accountId,
        callId: call.id,
        routerId: router.id,
        rtbTargetId: target.id,
        request: {
          url: maskCallerId(request.url, call.fromNumber),
          method: request.method,
          body: request.body ? maskCallerId(request.body, call.fromNumber) : null,
        },
        sent: ping.sent,
        latencyMs: ping.latencyMs == null ? null : Math.round(ping.latencyMs),
        httpStatus: ping.httpStatus,
        responseExcerpt: ping.responseExcerpt ? maskCallerId(ping.responseExcerpt, call.fromNumber) : null,
        amountCents: ping.bid?.amountCents ?? null,
        destination: valid?.phoneNumber ?? ping.bid?.phoneNumber ?? null,
        sipAddress: valid?.sipAddress ?? ping.bid?.sipAddress ?? null,
        valid: ping.outcome.valid,
        reason: ping.outcome.valid ? null : ping.outcome.reason,
        message: ping.outcome.valid ? null : ping.outcome.message,
        rank: rank >= 0 ? rank + 1 : null,
        expiresAt: valid?.expiresAt ? new Date(valid.expiresAt) : null,
        durationSeconds: valid?.durationSeconds ?? null,
      };
    }),
  );
  trace({
    outcome: 'info',
    reason: 'rtb_auction',
    detail: `Auction at ${router.name}: ${eligible.length} pinged, ${result.ranked.length} valid bids, closed by ${result.closedBy.replace('_', ' ')} after ${Math.round(result.durationMs)} ms`,
  });
  for (const row of stored) {
    const name = byId.get(row.rtbTargetId!)?.name ?? null;
    trace(
      row.valid
        ? {
            targetId: row.rtbTargetId,
            targetName: name,
            outcome: 'info',
            reason: 'rtb_bid',
            detail: `Bid $${((row.amountCents ?? 0) / 100).toFixed(2)} (rank ${row.rank})`,
          }
        : {
            targetId: row.rtbTargetId,
            targetName: name,
            outcome: 'skipped',
            reason: `rtb_${row.reason}`,
            detail: row.message ?? 'Rejected',
          },
    );
  }
  return stored.filter((row) => row.valid).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
}

function rateLimitDetail(target: RtbTargetRow, now: Date): string | undefined {
  const spent = rateLimiter.take(target.id, target.rateLimits, now.getTime());
  return spent ? `ping limit ${spent} reached` : undefined;
}

/**
 * The router's next bid to dial for this call: auctioned on first use, then the next-best valid,
 * unexpired bid each time a dialed winner does not answer. A bid whose bidder is at a cap is passed
 * over; the place under its caps is claimed atomically like a target's.
 */
export async function takeRouterBid(
  ctx: { db: Database; config: Config },
  input: { plan: PlanRouter; call: RouterCall; now: Date; firstStep: number },
): Promise<{ taken: TakenBid | null; trace: TraceEntry[] }> {
  const { plan, call, now } = input;
  const trace: TraceEntry[] = [];
  const add = (fields: Parameters<typeof traceEntry>[2]) =>
    trace.push(traceEntry(input.firstStep + trace.length, now, fields));
  const remaining = await repo.remainingBids(ctx.db, call.id, plan.router.id, now);
  const bids = remaining.ran ? remaining.bids : await auctionAtRouter(ctx, plan, call, now, add);
  const targets = new Map(plan.bidders.map((b) => [b.target.id, b.target]));
  for (const bid of bids) {
    const target = targets.get(bid.rtbTargetId ?? '');
    if (!target) continue;
    const spec: ClaimSpec = {
      table: 'rtb_target_usage',
      targetId: target.id,
      buckets: capBuckets(now, RTB_TIMEZONE),
      caps: { ...target.caps, total: null },
      countsRouted: 1,
    };
    const claimed = await claimUsage(ctx.db, spec);
    if (!claimed) {
      add({
        targetId: target.id,
        targetName: target.name,
        outcome: 'skipped',
        reason: 'lost_race',
        detail: 'Bidder is at a cap',
      });
      continue;
    }
    await repo.markBidDialed(ctx.db, bid.id);
    await recordCallEvents(ctx.db, call, ['rtb_won'], now);
    add({
      targetId: target.id,
      targetName: target.name,
      priority: plan.priority,
      weight: plan.weight,
      outcome: 'chosen',
      reason: 'rtb_winner',
      detail: `Dialing ${target.name}'s bid of $${((bid.amountCents ?? 0) / 100).toFixed(2)} via ${plan.router.name}`,
    });
    return { taken: { bid, target, spec }, trace };
  }
  if (remaining.ran)
    add({ outcome: 'info', reason: 'rtb_no_bid', detail: `No usable bid left at ${plan.router.name}` });
  else if (!bids.length)
    add({ outcome: 'info', reason: 'rtb_no_bid', detail: `No valid bid at ${plan.router.name}` });
  return { taken: null, trace };
}
