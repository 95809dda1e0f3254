import type { Database } from '../../db/client';
import { recordCallEvents } from '../call-events/record-call-events';
import * as calls from '../calls/repository';
import { countConversion } from '../routing/service';

/**
 * Recomputes a call's money from what is known now: the connected seconds of its answered attempt
 * against the threshold fixed when that attempt was dialed (a target's conversion seconds, or a
 * bid's duration), and the revenue fixed with it (a target's price, or the winning bid). Pure
 * recomputation, so any order or repetition of callbacks converges on the same result; caps
 * count a conversion only once.
 */
export async function settleCall(db: Database, callId: string, now: Date): Promise<void> {
  const call = await calls.findCallById(db, callId);
  if (!call) return;
  const attempts = await calls.listAttempts(db, callId);
  const connected = attempts
    .filter((a) => a.connectedSeconds != null)
    .sort((a, b) => (b.connectedSeconds ?? 0) - (a.connectedSeconds ?? 0))[0];
  if (!connected) return;
  const [target, campaign] = await Promise.all([
    connected.targetId ? calls.findTarget(db, connected.targetId) : undefined,
    call.campaignId ? calls.findCampaign(db, call.campaignId) : undefined,
  ]);
  const connectedSeconds = connected.connectedSeconds ?? 0;
  const converted = connectedSeconds >= connected.conversionSeconds;
  await calls.updateCall(db, callId, {
    connectedSeconds,
    targetId: connected.targetId,
    buyerId: target?.buyerId ?? call.buyerId,
    revenueCents: converted ? connected.revenueCents : 0,
    payoutCents: converted ? (campaign?.payoutCents ?? 0) : 0,
  });
  if (converted && (await calls.markConvertedOnce(db, callId)) && target)
    await countConversion(db, target, now);
  const earned = converted
    ? (['converted', ...(campaign?.payoutCents ? ['payout' as const] : [])] as const)
    : [];
  await recordCallEvents(db, call, ['connected', ...earned], now);
}
