import type { CallEvent } from '../../../contracts/pixels';
import type { Database } from '../../db/client';
import { RoutingCache } from '../routing/routing-cache';
import { wakeDeliveryWorkers } from './delivery-worker';
import { enqueueDeliveries, listListeningEvents } from './repository';

/**
 * Per account, the events some enabled pixel listens to, so a call event in an account without
 * pixels costs no statement. Pixel writes here invalidate at once; other processes see them
 * within the TTL, as with routing configuration.
 */
const listening = new RoutingCache<ReadonlySet<string>>();

export function pixelsChanged(accountId: string): void {
  listening.invalidateAccount(accountId);
}

export async function enqueuePixelDeliveries(
  db: Database,
  call: { id: string; accountId: string },
  events: readonly CallEvent[],
  at: Date,
): Promise<void> {
  const heard = await listening.get(call.accountId, async () => ({
    value: new Set(await listListeningEvents(db, call.accountId)),
    accountId: call.accountId,
  }));
  const wanted = events.filter((event) => heard.has(event));
  if (!wanted.length) return;
  if (await enqueueDeliveries(db, call.id, wanted, at)) wakeDeliveryWorkers();
}
