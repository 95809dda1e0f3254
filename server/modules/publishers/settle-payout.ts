import type { Database } from '../../db/client';
import type { PublisherPayoutRuleRow } from '../../db/schema';
import { capBuckets } from '../routing/cap-buckets';
import { claimUsage } from '../routing/repository';
import { type BidFacts, decidePayout, payoutTermsOf } from './payout-rules';
import * as repo from './repository';

const hasCaps = (rule: PublisherPayoutRuleRow) =>
  rule.capDaily != null || rule.capMonthly != null || rule.capTotal != null;

/**
 * Decides what a call pays its publisher (or, without one, the campaign's payout) and writes it.
 * Serialised per call by a row lock; a paid call takes its place under the rule's caps exactly
 * once, with the same atomic claim as target caps, and a call refused by a full cap stays unpaid.
 * Answers whether the call is paid.
 */
export async function settlePayout(db: Database, callId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const context = await repo.lockPayoutContext(tx, callId);
    if (!context?.campaign) return false;
    const { call, campaign, publisher, ping, rule } = context;
    if (call.payoutState === 'capped') return false;
    const terms = payoutTermsOf(rule, {
      publisherCents: publisher?.defaultPayoutCents,
      campaignCents: campaign.payoutCents,
    });
    const lastPaidAt =
      publisher && terms.duplicateRule !== 'pay_all'
        ? await repo.lastPaidCallAt(tx, {
            campaignId: campaign.id,
            publisherId: publisher.id,
            fromNumber: call.fromNumber,
            before: call.startedAt,
            excludeCallId: call.id,
          })
        : undefined;
    const bid: BidFacts | undefined = ping
      ? {
          amountCents: ping.bidAmountCents,
          withinExpiry: !!ping.expiresAt && call.startedAt <= ping.expiresAt,
          staleBid: context.staleBid ?? 'route_no_pay',
        }
      : undefined;
    const decision = decidePayout(terms, { ...call, lastPaidAt }, bid);
    if (decision.amountCents <= 0) {
      await repo.writePayout(tx, callId, {
        payoutCents: 0,
        payoutState: 'unpaid',
        payoutNote: decision.note,
      });
      return false;
    }
    const firstPaid = call.payoutState !== 'paid';
    if (firstPaid && rule && hasCaps(rule)) {
      const claimed = await claimUsage(tx, {
        table: 'payout_rule_usage',
        targetId: rule.id,
        buckets: capBuckets(call.startedAt, campaign.timezone),
        caps: {
          concurrency: null,
          hourly: null,
          daily: rule.capDaily,
          monthly: rule.capMonthly,
          total: rule.capTotal,
        },
        countsRouted: 1,
      });
      if (!claimed) {
        await repo.writePayout(tx, callId, {
          payoutCents: 0,
          payoutState: 'capped',
          payoutNote: 'Payout cap reached',
        });
        return false;
      }
    }
    await repo.writePayout(tx, callId, {
      payoutCents: decision.amountCents,
      payoutState: 'paid',
      payoutNote: decision.note,
    });
    return true;
  });
}
