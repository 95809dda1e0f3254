import type { BidAdjustment, InboundWarning, TagFilter } from '../../../contracts/inbound-rtb';
import type { PayoutTerms } from '../publishers/payout-rules';

export type PingTags = Record<string, string>;

/** Whether the ping's tags pass one filter; tag names are compared lower-case, values case-blind. */
export function matchesFilter(filter: TagFilter, tags: PingTags): boolean {
  const value = tags[filter.tag]?.toLowerCase();
  const values = filter.values.map((v) => v.toLowerCase());
  switch (filter.operator) {
    case 'exists':
      return value !== undefined && value !== '';
    case 'not_exists':
      return value === undefined || value === '';
    case 'equals':
      return value !== undefined && value === values[0];
    case 'not_equals':
      return value !== values[0];
    case 'in':
      return value !== undefined && values.includes(value);
    case 'not_in':
      return value === undefined || !values.includes(value);
    case 'starts_with':
      return value !== undefined && values.some((prefix) => value.startsWith(prefix));
    default: {
      const never: never = filter.operator;
      return never;
    }
  }
}

export function failedFilter(filters: TagFilter[], tags: PingTags): TagFilter | undefined {
  return filters.find((filter) => !matchesFilter(filter, tags));
}

const describe = (filter: TagFilter) =>
  `${filter.tag} ${filter.operator.replace('_', ' ')}${filter.values.length ? ` ${filter.values.join(', ')}` : ''}`;

export const filterReason = (filter: TagFilter) => `Tag filter not met: ${describe(filter)}`;

/**
 * The bid after the campaign's adjustments, applied in order to the tags that match: add cents,
 * multiply by a percentage (rounded down to a cent), override, or reject the ping outright.
 */
export function adjustBid(
  baseCents: number,
  adjustments: BidAdjustment[],
  tags: PingTags,
): { amountCents: number } | { rejectedBy: BidAdjustment } {
  let amount = baseCents;
  for (const adjustment of adjustments) {
    if (!matchesFilter(adjustment, tags)) continue;
    switch (adjustment.action) {
      case 'add':
        amount += adjustment.amount;
        break;
      case 'multiply':
        amount = Math.floor((amount * adjustment.amount) / 100);
        break;
      case 'override':
        amount = adjustment.amount;
        break;
      case 'reject':
        return { rejectedBy: adjustment };
      default: {
        const never: never = adjustment.action;
        return never;
      }
    }
  }
  return { amountCents: Math.max(0, amount) };
}

export const adjustmentReason = (adjustment: BidAdjustment) =>
  `Rejected by bid adjustment: ${describe(adjustment)}`;

export type BidTerm = { code: number; description: string };

/** Ringba's bid terms: what the call must do to earn the bid. */
export function bidTermsOf(terms: PayoutTerms): BidTerm[] {
  const list: BidTerm[] = [];
  if (terms.trigger === 'connected') list.push({ code: 101, description: 'Call must connect' });
  if (terms.trigger === 'converted') list.push({ code: 102, description: 'Call must convert' });
  if (terms.trigger === 'duration')
    list.push({ code: 100, description: `Minimum call duration ${terms.minDurationSeconds} seconds` });
  if (terms.duplicateRule !== 'pay_all') list.push({ code: 110, description: 'No duplicate payouts' });
  return list;
}

export const WARNINGS = {
  noCallerId: { code: 200, description: 'No caller id: the call cannot be matched to this bid' },
  repeated: { code: 230, description: 'Repeated ping: answered from the cached bid' },
} satisfies Record<string, InboundWarning>;

export type AcceptedBid = {
  bidId: string;
  amountCents: number;
  expiresAt: Date;
  phoneNumber: string;
  sipAddress: string | null;
  bidTerms: BidTerm[];
  warnings: InboundWarning[];
};

/** The accepted answer in Ringba's format (amounts in dollars, expiry in seconds, epoch ms and ISO). */
export function acceptedResponse(bid: AcceptedBid, now: Date) {
  return {
    bidId: bid.bidId,
    bidAmount: bid.amountCents / 100,
    expireInSeconds: Math.max(0, Math.ceil((bid.expiresAt.getTime() - now.getTime()) / 1000)),
    bidExpireEpoch: bid.expiresAt.getTime(),
    bidExpireDT: bid.expiresAt.toISOString(),
    phoneNumber: bid.phoneNumber,
    phoneNumberNoPlus: bid.phoneNumber.replace(/^\+/, ''),
    ...(bid.sipAddress ? { sipAddress: bid.sipAddress } : {}),
    bidTerms: bid.bidTerms,
    warnings: bid.warnings,
  };
}

export function rejectedResponse(bidId: string, rejectReason: string, errorCode: number) {
  return { bidId, bidAmount: 0, rejectReason, errorCode };
}
