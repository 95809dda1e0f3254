import type { DuplicateRule, PayoutTrigger } from '../../../contracts/publishers';

/** What earns a payout, whether it comes from a publisher's rule, its default or the campaign. */
export type PayoutTerms = {
  payoutCents: number;
  trigger: PayoutTrigger;
  minDurationSeconds: number;
  revenueSharePercent: number | null;
  duplicateRule: DuplicateRule;
  duplicateSeconds: number;
};

export type CallFacts = {
  startedAt: Date;
  connectedSeconds: number | null;
  converted: boolean;
  revenueCents: number;
  /** When this caller last earned the publisher a payout on this campaign. */
  lastPaidAt?: Date;
};

/** A won inbound RTB bid: its amount replaces the rule's, unless it went stale unpaid. */
export type BidFacts = {
  amountCents: number;
  withinExpiry: boolean;
  staleBid: 'route_and_pay' | 'route_no_pay' | 'reject';
};

export type PayoutDecision = { amountCents: number; note: string };

export const DEFAULT_TERMS: Omit<PayoutTerms, 'payoutCents'> = {
  trigger: 'converted',
  minDurationSeconds: 0,
  revenueSharePercent: null,
  duplicateRule: 'pay_all',
  duplicateSeconds: 0,
};

/** The publisher's rule for the campaign, else its default payout, else the campaign's. */
export function payoutTermsOf(
  rule: PayoutTerms | undefined,
  payouts: { publisherCents: number | undefined; campaignCents: number },
): PayoutTerms {
  return rule ?? { ...DEFAULT_TERMS, payoutCents: payouts.publisherCents || payouts.campaignCents };
}

/** Integer cents: a share of a price rounds down, never up. */
export const shareOf = (cents: number, percent: number) => Math.floor((cents * percent) / 100);

function unmetTrigger(terms: PayoutTerms, call: CallFacts): string | undefined {
  const seconds = call.connectedSeconds ?? 0;
  switch (terms.trigger) {
    case 'incoming':
      return undefined;
    case 'connected':
      return call.connectedSeconds == null ? 'Not connected to a buyer' : undefined;
    case 'converted':
      return call.converted ? undefined : 'Not converted';
    case 'duration':
      return seconds >= terms.minDurationSeconds
        ? undefined
        : `Connected ${seconds} s of the ${terms.minDurationSeconds} s required`;
    default: {
      const never: never = terms.trigger;
      return never;
    }
  }
}

function duplicateBlocks(terms: PayoutTerms, call: CallFacts): string | undefined {
  if (!call.lastPaidAt || terms.duplicateRule === 'pay_all') return undefined;
  if (terms.duplicateRule === 'never') return 'Duplicate caller: already paid for';
  const since = Math.floor((call.startedAt.getTime() - call.lastPaidAt.getTime()) / 1000);
  return since < terms.duplicateSeconds
    ? `Duplicate caller: paid ${since} s ago, pays again after ${terms.duplicateSeconds} s`
    : undefined;
}

/**
 * What a call earns its publisher from what is known about it now. Pure: the same facts always
 * give the same answer, so settling a call again (callbacks repeat and arrive out of order) is safe.
 */
export function decidePayout(terms: PayoutTerms, call: CallFacts, bid?: BidFacts): PayoutDecision {
  const unmet = unmetTrigger(terms, call) ?? duplicateBlocks(terms, call);
  if (unmet) return { amountCents: 0, note: unmet };
  if (bid) {
    if (!bid.withinExpiry && bid.staleBid !== 'route_and_pay')
      return { amountCents: 0, note: 'Bid expired before the call: routed without pay' };
    return {
      amountCents: bid.amountCents,
      note: bid.withinExpiry ? 'Won bid' : 'Expired bid, paid by campaign setting',
    };
  }
  if (terms.revenueSharePercent != null)
    return {
      amountCents: shareOf(call.revenueCents, terms.revenueSharePercent),
      note: `${terms.revenueSharePercent}% of revenue`,
    };
  return { amountCents: terms.payoutCents, note: 'Payout rule met' };
}
