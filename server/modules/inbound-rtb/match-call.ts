import type { TraceEntry } from '../../../contracts/calls';
import type { Database } from '../../db/client';
import type { CampaignRow } from '../../db/schema';
import { findSourcePublisher, setCallPublisher } from '../publishers/repository';
import { traceEntry } from '../routing/select-targets';
import { formatCents } from '../rtb/money';
import { callerHash } from './ping-input';
import * as repo from './repository';

// A stale bid is still recognised (and follows the campaign's stale-bid setting) for a day.
const STALE_BID_MEMORY_MS = 86_400_000;

export type CallSource = {
  /** Route to what the won bid reserved first, when it can still take the call. */
  preferTargetId: string | null;
  /** The campaign rejects calls on expired bids. */
  reject: boolean;
  trace: TraceEntry[];
};

const dollars = (cents: number) => `$${formatCents(cents)}`;

/**
 * Who brought a call: the publisher whose bid this caller won (pinged from the same caller id),
 * else the publisher of the dialed number, its DNI tag or its pool. Writes it onto the call.
 */
export async function attributeCallSource(
  db: Database,
  input: {
    call: { id: string; fromNumber: string; numberId: string | null; dniSessionId?: string | null };
    campaign: CampaignRow | null;
    now: Date;
  },
): Promise<CallSource> {
  const { call, campaign, now } = input;
  const none: CallSource = { preferTargetId: null, reject: false, trace: [] };
  const bid =
    campaign && call.fromNumber.startsWith('+')
      ? await repo.findUnclaimedBid(db, {
          campaignId: campaign.id,
          callerHash: callerHash(call.fromNumber),
          since: new Date(now.getTime() - STALE_BID_MEMORY_MS),
        })
      : undefined;
  if (campaign && bid && (await repo.claimBid(db, bid.id, call.id))) {
    await repo.moveAuctionToCall(db, bid.id, call.id);
    const source =
      bid.publisherId ??
      (await findSourcePublisher(db, { numberId: call.numberId, dniSessionId: call.dniSessionId ?? null }));
    await setCallPublisher(db, call.id, { publisherId: source, inboundPingId: bid.id });
    const fresh = !!bid.expiresAt && now <= bid.expiresAt;
    const settings = await repo.findCampaignSettings(db, campaign.accountId, campaign.id);
    const staleBid = settings?.settings?.staleBid ?? 'route_no_pay';
    const detail = fresh
      ? `Caller won an inbound bid of ${dollars(bid.bidAmountCents)}; routing where it reserved`
      : `Caller's inbound bid of ${dollars(bid.bidAmountCents)} expired; stale-bid setting: ${staleBid.replaceAll('_', ' ')}`;
    return {
      preferTargetId: bid.targetId,
      reject: !fresh && staleBid === 'reject',
      trace: [
        traceEntry(1, now, { outcome: 'info', reason: fresh ? 'inbound_bid' : 'inbound_bid_stale', detail }),
      ],
    };
  }
  const publisherId = await findSourcePublisher(db, {
    numberId: call.numberId,
    dniSessionId: call.dniSessionId ?? null,
  });
  if (publisherId) await setCallPublisher(db, call.id, { publisherId });
  return none;
}
