import type { Database } from '../../db/client';
import type { CallAttemptRow, CallRow } from '../../db/schema';
import { type CallEvent, recordCallEvents } from '../call-events/record-call-events';
import * as calls from '../calls/repository';
import { settlePayout } from '../publishers/settle-payout';
import { countConversion } from '../routing/service';

/**
 * Recomputes a call's money from what is known now: the connected seconds of its answered attempt
 * against the threshold fixed when that attempt was dialed (a target's conversion seconds, or a
 * bid's duration), and the revenue fixed with it (a target's price, or the winning bid); then what
 * the call pays its publisher. Pure recomputation, so any order or repetition of callbacks
 * converges on the same result; caps count a conversion (and a payout) only once.
 */
export async function settleCall(db: Database, callId: string, now: Date): Promise<void> {
  const call = await calls.findCallById(db, callId);
  if (!call) return;
  const connection = await settleRevenue(db, call, now);
  const paid = await settlePayout(db, callId);
  const events: CallEvent[] = [
    ...(connection ? (['connected'] as const) : []),
    ...(connection?.converted ? (['converted'] as const) : []),
    ...(paid ? (['payout'] as const) : []),
  ];
  await recordCallEvents(db, call, events, now);
}

/** The attempt that talked longest: the one a call's revenue (and an outside conversion) belongs to. */
export function longestConnected<T extends Pick<CallAttemptRow, 'connectedSeconds'>>(
  attempts: T[],
): T | undefined {
  return attempts
    .filter((a) => a.connectedSeconds != null)
    .sort((a, b) => (b.connectedSeconds ?? 0) - (a.connectedSeconds ?? 0))[0];
}

/** Writes the revenue of the call's answered attempt; says whether it converted (none: never answered). */
async function settleRevenue(
  db: Database,
  call: CallRow,
  now: Date,
): Promise<{ converted: boolean } | undefined> {
  const connected = longestConnected(await calls.listAttempts(db, call.id));
  if (!connected) return undefined;
  const target = connected.targetId ? await calls.findTarget(db, connected.targetId) : undefined;
  const connectedSeconds = connected.connectedSeconds ?? 0;
  const converted = connectedSeconds >= connected.conversionSeconds;
  await calls.updateCall(db, call.id, {
    connectedSeconds,
    targetId: connected.targetId,
    buyerId: target?.buyerId ?? call.buyerId,
    revenueCents: converted ? connected.revenueCents : 0,
  });
  if (converted && (await calls.markConvertedOnce(db, call.id)) && target)
    await countConversion(db, target, now);
  return { converted };
}
