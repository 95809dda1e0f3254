import type { CallEvent } from '../../../contracts/pixels';
import type { Database } from '../../db/client';
import { enqueuePixelDeliveries } from '../pixels/enqueue';

export type { CallEvent };

/** The call an event happened to, as every place in the call path already has it. */
export type EventCall = { id: string; accountId: string };

/**
 * The call path says here that something happened to a call; everything that listens (today the
 * pixels' delivery queue) hears it. Idempotent: each event is recorded once per call and listener
 * however often Twilio retries or reorders its callbacks, so callers may repeat it freely. Runs on
 * the caller's connection, so inside a transaction it commits or rolls back with the step.
 */
export async function recordCallEvents(
  db: Database,
  call: EventCall,
  events: readonly CallEvent[],
  at = new Date(),
): Promise<void> {
  if (events.length) await enqueuePixelDeliveries(db, call, events, at);
}
