import type { FastifyBaseLogger } from 'fastify';
import { attemptDelivery, type DeliveryContext, leaseMs } from './deliver';
import { claimDueDeliveries } from './repository';

const workers = new Set<() => void>();

/** A call event was just enqueued: look now instead of at the next poll. */
export function wakeDeliveryWorkers(): void {
  for (const wake of workers) wake();
}

/** Claims due deliveries and attempts them all at once; how many it claimed. */
export async function deliverDue(ctx: DeliveryContext, now = new Date()): Promise<number> {
  const claimed = await claimDueDeliveries(ctx.db, {
    now,
    leaseUntil: new Date(now.getTime() + leaseMs(ctx.settings)),
    limit: ctx.settings.batchSize,
  });
  await Promise.all(claimed.map((row) => attemptDelivery(ctx, row)));
  return claimed.length;
}

export type DeliveryWorker = { stop(): Promise<void> };

/**
 * Delivers pixels from the queue table until stopped: on start (so a restart resumes whatever
 * was pending), on every wake, and every poll interval. Stopping waits for the sends in flight,
 * each bounded by the timeout, so nothing is left half-recorded.
 */
export function startDeliveryWorker(ctx: DeliveryContext, log: FastifyBaseLogger): DeliveryWorker {
  let stopped = false;
  let running: Promise<void> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  const schedule = (delayMs: number) => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(run, delayMs).unref();
  };
  const drain = async () => {
    do {
      again = false;
      // A full batch means more may be due.
      while (!stopped && (await deliverDue(ctx)) === ctx.settings.batchSize);
    } while (again && !stopped);
  };
  function run() {
    if (running) {
      again = true;
      return;
    }
    running = drain()
      .catch((error) => log.error({ err: error }, 'pixel delivery failed'))
      .finally(() => {
        running = undefined;
        schedule(ctx.settings.pollIntervalMs);
      });
  }
  const wake = () => schedule(0);

  workers.add(wake);
  schedule(0);
  return {
    async stop() {
      stopped = true;
      workers.delete(wake);
      clearTimeout(timer);
      await running;
    },
  };
}
