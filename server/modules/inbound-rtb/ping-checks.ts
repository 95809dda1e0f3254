import { REJECT_CODES } from '../../../contracts/inbound-rtb';
import type { Database } from '../../db/client';
import type {
  CampaignInboundRtbRow,
  CampaignRow,
  PublisherPayoutRuleRow,
  PublisherRow,
} from '../../db/schema';
import { payoutRuleUsage } from '../../db/schema';
import { type PayoutTerms, payoutTermsOf } from '../publishers/payout-rules';
import { findRule, lastPaidCallAt } from '../publishers/repository';
import { capBuckets } from '../routing/cap-buckets';
import { loadUsage } from '../routing/repository';
import { findRecentCallFrom } from '../routing/service';
import type { PingContext } from './answer-ping';
import { failedFilter, filterReason } from './decide-bid';
import type { PingInput } from './ping-input';
import * as repo from './repository';

export type CampaignSettings = { campaign: CampaignRow; settings: CampaignInboundRtbRow | null };
export type Rejection = { reason: string; code: number };

/** Publisher, rate limit, campaign status and caller id: the checks before looking at the caller. */
export async function precheck(
  ctx: PingContext,
  { campaign, settings }: CampaignSettings,
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
export async function checkCaller(
  ctx: PingContext,
  scope: CampaignSettings & {
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

export async function termsFor(db: Database, campaign: CampaignRow, publisher: PublisherRow | undefined) {
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
