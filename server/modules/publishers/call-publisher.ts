import type { CallPublisher } from '../../../contracts/publishers';
import type { Database } from '../../db/client';
import type { CallRow } from '../../db/schema';
import * as repo from './repository';

/** The publisher card of a call page: who brought it, what it earned, and the inbound bid it won. */
export async function publisherOfCall(db: Database, call: CallRow): Promise<CallPublisher | null> {
  if (!call.publisherId && !call.inboundPingId) return null;
  const { publisher, ping } = await repo.findCallPublisher(db, call);
  if (!publisher && !ping) return null;
  return {
    id: publisher?.id ?? null,
    name: publisher?.name ?? 'Unknown publisher',
    payoutState: call.payoutState,
    payoutNote: call.payoutNote,
    bid: ping
      ? {
          bidId: ping.id,
          amountCents: ping.bidAmountCents,
          pingedAt: ping.createdAt.toISOString(),
          expiresAt: ping.expiresAt?.toISOString() ?? null,
          withinExpiry: !!ping.expiresAt && call.startedAt <= ping.expiresAt,
        }
      : null,
  };
}
