import { timingSafeEqual } from 'node:crypto';
import type { InboundWarning } from '../../../contracts/inbound-rtb';
import { REJECT_CODES } from '../../../contracts/inbound-rtb';
import { maskPhone } from '../../../contracts/phone';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import { newId } from '../../db/columns';
import type {
  CampaignInboundRtbRow,
  CampaignRow,
  PublisherPayoutRuleRow,
  PublisherRow,
} from '../../db/schema';
import { payoutRuleUsage } from '../../db/schema';
import { forbidden, notFound } from '../../lib/app-error';
import { type PayoutTerms, payoutTermsOf, shareOf } from '../publishers/payout-rules';
import { findRule, lastPaidCallAt } from '../publishers/repository';
import { capBuckets } from '../routing/cap-buckets';
import { loadUsage } from '../routing/repository';
import { selectTargets } from '../routing/select-targets';
import { findRecentCallFrom, getRoutingConfig } from '../routing/service';
import { auctionAtRouter } from '../rtb/router-auction';
import {
  acceptedResponse,
  adjustBid,
  adjustmentReason,
  bidTermsOf,
  failedFilter,
  filterReason,
  rejectedResponse,
  WARNINGS,
} from './decide-bid';
import { callerHash, type PingInput } from './ping-input';
import * as repo from './repository';

export type PingContext = { db: Database; config: Config; now: Date };
type Campaign = { campaign: CampaignRow; settings: CampaignInboundRtbRow | null };
type Reservation = { targetId: string | null; routerId: string | null; baseCents: number };
type Rejection = { reason: string; code: number };

// The longest bid expiry a campaign may set (InboundRtbSettings.bidExpireSeconds).
const MAX_EXPIRY_MS = 3_600_000;

const sameSecret = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Answers a publisher's ping in Ringba's format and stores it, accepted or not. An accepted ping
 * is a bid: the caller's call within its expiry is routed where the bid reserved and earns it.
 */
export async function answerPing(ctx: PingContext, rtbId: string, input: PingInput) {
  const found = await repo.findCampaignByRtbId(ctx.db, rtbId);
  if (!found) throw notFound('Campaign');
  const { campaign } = found;
  const publisher = input.publisherId
    ? await repo.findPublisherInAccount(ctx.db, campaign.accountId, input.publisherId)
    : undefined;
  if (publisher?.rtbKey && !(input.key && sameSecret(input.key, publisher.rtbKey)))
    throw forbidden('The publisher key is missing or wrong');
  const hash = input.callerId ? callerHash(input.callerId) : null;
  const ping = {
    id: newId('ibp'),
    accountId: campaign.accountId,
    campaignId: campaign.id,
    publisherId: publisher?.id ?? null,
    callerMasked: input.callerId ? maskPhone(input.callerId) : null,
    callerHash: hash,
    tags: input.tags,
    createdAt: ctx.now,
  };
  const reject = async ({ reason, code }: Rejection) => {
    await repo.insertPing(ctx.db, { ...ping, accepted: false, rejectReason: reason, errorCode: code });
    return rejectedResponse(ping.id, reason, code);
  };

  const refused = await precheck(ctx, found, input, publisher);
  if (refused) return reject(refused);
  const warnings: InboundWarning[] = hash ? [] : [WARNINGS.noCallerId];
  const { terms, rule } = await termsFor(ctx.db, campaign, publisher);

  const open = hash
    ? await repo.findUnclaimedBid(ctx.db, {
        campaignId: campaign.id,
        callerHash: hash,
        since: new Date(ctx.now.getTime() - MAX_EXPIRY_MS),
        openAt: ctx.now,
      })
    : undefined;
  if (open?.expiresAt && open.phoneNumber) {
    await repo.insertPing(ctx.db, {
      ...ping,
      publisherId: open.publisherId,
      accepted: true,
      bidAmountCents: open.bidAmountCents,
      repeatOfId: open.id,
      expiresAt: open.expiresAt,
      phoneNumber: open.phoneNumber,
      warnings: [WARNINGS.repeated],
    });
    return acceptedResponse(
      {
        bidId: open.id,
        amountCents: open.bidAmountCents,
        expiresAt: open.expiresAt,
        phoneNumber: open.phoneNumber,
        sipAddress: input.sipOk ? sipAddressOf(open.phoneNumber, ctx.config) : null,
        bidTerms: bidTermsOf(terms),
        warnings: [...open.warnings, WARNINGS.repeated],
      },
      ctx.now,
    );
  }

  const refusedForCaller = await checkCaller(ctx, { ...found, publisher, terms, rule, input });
  if (refusedForCaller) return reject(refusedForCaller);

  const phoneNumber = await repo.pickCampaignNumber(ctx.db, campaign.id, publisher?.id ?? null);
  const reserved = phoneNumber
    ? await reserveCapacity(ctx, { campaign, phoneNumber, pingId: ping.id, input, terms })
    : null;
  if (!phoneNumber || !reserved)
    return reject({ reason: 'No capacity to take this call', code: REJECT_CODES.noCapacity });

  const adjusted = adjustBid(reserved.baseCents, found.settings?.bidAdjustments ?? [], input.tags);
  if ('rejectedBy' in adjusted)
    return reject({ reason: adjustmentReason(adjusted.rejectedBy), code: REJECT_CODES.tagFilter });
  const maxBid = found.settings?.maxBidCents;
  const amountCents = maxBid == null ? adjusted.amountCents : Math.min(adjusted.amountCents, maxBid);
  if (amountCents <= 0)
    return reject({ reason: 'No payable bid for this call', code: REJECT_CODES.noCapacity });

  const expiresAt = new Date(ctx.now.getTime() + (found.settings?.bidExpireSeconds ?? 60) * 1000);
  await repo.insertPing(ctx.db, {
    ...ping,
    accepted: true,
    bidAmountCents: amountCents,
    targetId: reserved.targetId,
    routerId: reserved.routerId,
    phoneNumber,
    expiresAt,
    warnings,
  });
  return acceptedResponse(
    {
      bidId: ping.id,
      amountCents,
      expiresAt,
      phoneNumber,
      sipAddress: input.sipOk ? sipAddressOf(phoneNumber, ctx.config) : null,
      bidTerms: bidTermsOf(terms),
      warnings,
    },
    ctx.now,
  );
}

/** Publisher, rate limit, campaign status and caller id: the checks before looking at the caller. */
async function precheck(
  ctx: PingContext,
  { campaign, settings }: Campaign,
  input: PingInput,
  publisher: PublisherRow | undefined,
): Promise<Rejection | undefined> {
  if (input.publisherId && !publisher)
    return { reason: 'Unknown publisher', code: REJECT_CODES.publisherCapped };
  if (settings?.rateLimitMax != null) {
    const windowMs = settings.rateLimitSeconds * 1000;
    const ok = await repo.takeRateLimitSlot(ctx.db, {
      campaignId: campaign.id,
      window: Math.floor(ctx.now.getTime() / windowMs),
      maxRequests: settings.rateLimitMax,
    });
    if (!ok)
      return {
        reason: `Rate limit of ${settings.rateLimitMax} pings per ${settings.rateLimitSeconds} s reached`,
        code: REJECT_CODES.rateLimit,
      };
  }
  if (campaign.status !== 'active')
    return { reason: `Campaign is ${campaign.status}`, code: REJECT_CODES.disabled };
  if (!input.callerId && settings?.callerIdRequired)
    return { reason: 'Caller id required', code: REJECT_CODES.callerIdRequired };
  if (publisher?.status === 'paused')
    return { reason: 'Publisher is paused', code: REJECT_CODES.publisherCapped };
  return undefined;
}

/** Duplicates, tag filters and the publisher's payout caps. */
async function checkCaller(
  ctx: PingContext,
  scope: Campaign & {
    publisher: PublisherRow | undefined;
    terms: PayoutTerms;
    rule: PublisherPayoutRuleRow | undefined;
    input: PingInput;
  },
): Promise<Rejection | undefined> {
  const { campaign, settings, publisher, terms, rule, input } = scope;
  if (input.callerId && campaign.duplicateWindowHours > 0 && campaign.duplicateAction === 'reject') {
    const previous = await findRecentCallFrom(ctx.db, {
      campaignId: campaign.id,
      fromNumber: input.callerId,
      windowHours: campaign.duplicateWindowHours,
      excludeCallId: '',
      now: ctx.now,
    });
    if (previous) return { reason: 'Duplicate caller', code: REJECT_CODES.duplicate };
  }
  if (input.callerId && publisher && terms.duplicateRule !== 'pay_all') {
    const lastPaid = await lastPaidCallAt(ctx.db, {
      campaignId: campaign.id,
      publisherId: publisher.id,
      fromNumber: input.callerId,
      before: ctx.now,
      excludeCallId: '',
    });
    const blocked =
      lastPaid &&
      (terms.duplicateRule === 'never' ||
        ctx.now.getTime() - lastPaid.getTime() < terms.duplicateSeconds * 1000);
    if (blocked) return { reason: 'Duplicate caller: already paid for', code: REJECT_CODES.duplicate };
  }
  const failed = failedFilter(settings?.tagFilters ?? [], input.tags);
  if (failed) return { reason: filterReason(failed), code: REJECT_CODES.tagFilter };
  if (rule && (await payoutCapReached(ctx, campaign, rule)))
    return { reason: 'Publisher payout cap reached', code: REJECT_CODES.publisherCapped };
  return undefined;
}

async function termsFor(db: Database, campaign: CampaignRow, publisher: PublisherRow | undefined) {
  const rule = publisher ? await findRule(db, publisher.id, campaign.id) : undefined;
  const terms = payoutTermsOf(rule, {
    publisherCents: publisher?.defaultPayoutCents,
    campaignCents: campaign.payoutCents,
  });
  return { terms, rule };
}

/** A read, not a claim: the place under the caps is taken when the call is paid. */
async function payoutCapReached(ctx: PingContext, campaign: CampaignRow, rule: PublisherPayoutRuleRow) {
  const usage = (await loadUsage(ctx.db, [rule.id], payoutRuleUsage)).get(rule.id);
  const buckets = capBuckets(ctx.now, campaign.timezone);
  const counts = usage?.counts ?? {};
  const full = (cap: number | null, bucket: string) => cap != null && (counts[bucket] ?? 0) >= cap;
  return (
    full(rule.capDaily, buckets.daily) ||
    full(rule.capMonthly, buckets.monthly) ||
    full(rule.capTotal, 'total')
  );
}

/**
 * Where the call would go now: the first eligible target of the plan, else the best outside bid
 * of a live auction at the plan's routers. Nothing is held: the call claims its place when it comes.
 */
async function reserveCapacity(
  ctx: PingContext,
  scope: { campaign: CampaignRow; phoneNumber: string; pingId: string; input: PingInput; terms: PayoutTerms },
): Promise<Reservation | null> {
  const { campaign, input, terms } = scope;
  const config = await getRoutingConfig(ctx.db, scope.phoneNumber);
  if (!config) return null;
  const caller = {
    state: input.tags.state ?? null,
    zip: input.tags.zip ?? input.tags.zipcode ?? null,
    areaCode: input.callerId?.startsWith('+1') ? input.callerId.slice(2, 5) : null,
  };
  const usage = await loadUsage(
    ctx.db,
    config.plan.map((entry) => entry.target.id),
  );
  const { candidates } = selectTargets({
    plan: config.plan,
    strategy: campaign.routingStrategy,
    now: ctx.now,
    caller,
    usage,
    roundRobinTurn: 0,
  });
  const priced = (priceCents: number) =>
    terms.revenueSharePercent != null ? shareOf(priceCents, terms.revenueSharePercent) : terms.payoutCents;
  const target = candidates[0]?.target;
  if (target) return { targetId: target.id, routerId: null, baseCents: priced(target.row.revenueCents) };
  for (const plan of [...config.routers].sort((a, b) => a.priority - b.priority)) {
    const bids = await auctionAtRouter(
      ctx,
      plan,
      {
        id: scope.pingId,
        accountId: campaign.accountId,
        campaignId: campaign.id,
        fromNumber: input.callerId ?? '',
        fromState: caller.state,
        fromZip: caller.zip,
        isDuplicate: false,
        startedAt: ctx.now,
      },
      ctx.now,
      () => undefined,
    );
    const best = bids[0];
    if (best) return { targetId: null, routerId: plan.router.id, baseCents: priced(best.amountCents ?? 0) };
  }
  return null;
}

/** SIP address for publishers that prefer SIP: the tracking number at this platform's host. */
function sipAddressOf(phoneNumber: string, config: Config) {
  return `sip:${phoneNumber}@${new URL(config.publicUrl).hostname}`;
}
