import type { Database } from '../../db/client';
import type { PixelDeliveryRow, PixelRow } from '../../db/schema';
import { buildBidRequest, maskCallerId } from '../rtb/build-request';
import type { TokenContext } from '../rtb/tokens';
import { callTokenContext, failedTagFilter, sampleTokenContext } from './pixel-context';
import * as repo from './repository';
import { sendPixelRequest } from './send-pixel';

export type DeliverySettings = {
  /** How often the worker looks for due deliveries it was not woken for. */
  pollIntervalMs: number;
  /** The wait before the second attempt; each later wait doubles, up to an hour. */
  retryBaseMs: number;
  maxAttempts: number;
  timeoutMs: number;
  batchSize: number;
};

export const DEFAULT_DELIVERY_SETTINGS: DeliverySettings = {
  pollIntervalMs: 1_000,
  retryBaseMs: 30_000,
  maxAttempts: 6,
  timeoutMs: 5_000,
  batchSize: 10,
};

const MAX_RETRY_DELAY_MS = 60 * 60_000;

/** Exponential backoff after the given (1-based) failed attempt, with up to 20% jitter on top. */
export function retryDelayMs(attempt: number, baseMs: number, random = Math.random): number {
  const delay = Math.min(MAX_RETRY_DELAY_MS, baseMs * 2 ** (attempt - 1));
  return Math.round(delay * (1 + random() * 0.2));
}

/** A claimed row is leased for one send plus slack: a worker that dies leaves it due after this. */
export const leaseMs = (settings: DeliverySettings) => settings.timeoutMs + 30_000;

export type DeliveryContext = { db: Database; allowPrivate: boolean; settings: DeliverySettings };

/** The pixel's request for the call (or a sample call when testing), and why it should not be sent. */
async function prepare(
  db: Database,
  pixel: PixelRow,
  row: PixelDeliveryRow,
  now: Date,
): Promise<{ context: TokenContext; callerId: string | null | undefined; skip?: string }> {
  if (!row.callId) {
    const context = sampleTokenContext(now);
    return { context, callerId: context.callerId };
  }
  const found = await repo.loadCallForPixel(db, row.callId);
  if (!found) return { context: { now }, callerId: null, skip: 'The call no longer exists' };
  const context = callTokenContext(found, now);
  if (!pixel.enabled) return { context, callerId: context.callerId, skip: 'The pixel is paused' };
  // Filters are judged once, on the first attempt; a retry resends what already qualified.
  const failed = row.attempts === 1 ? failedTagFilter(pixel.tagFilters, context) : undefined;
  return { context, callerId: context.callerId, skip: failed };
}

/**
 * One attempt at one claimed delivery: render the pixel's request from the call as it is now,
 * send it, and record the result — delivered, failed for good, or due again after the backoff.
 */
export async function attemptDelivery(
  ctx: DeliveryContext,
  row: PixelDeliveryRow,
  options: { retry: boolean } = { retry: true },
): Promise<repo.DeliveryOutcome> {
  const now = new Date();
  const skipped = (error: string): repo.DeliveryOutcome => ({
    status: 'skipped',
    nextAttemptAt: row.nextAttemptAt,
    request: null,
    httpStatus: null,
    latencyMs: null,
    responseExcerpt: null,
    error,
  });
  // A deleted pixel takes its deliveries with it; nothing is left to record.
  const pixel = await repo.findPixelById(ctx.db, row.pixelId);
  if (!pixel) return skipped('The pixel was deleted');
  const prepared = await prepare(ctx.db, pixel, row, now);
  const { callerId, skip } = prepared;
  const context = { ...prepared.context, event: row.event };
  const mask = (text: string) => maskCallerId(text, callerId);
  if (skip) {
    const outcome = skipped(mask(skip));
    await repo.finishDelivery(ctx.db, row.id, outcome);
    return outcome;
  }
  const request = buildBidRequest(
    {
      endpointUrl: pixel.url,
      method: pixel.method,
      contentType: pixel.contentType,
      headers: pixel.headers,
      requestTemplate: pixel.body,
    },
    context,
  );
  const attempt = await sendPixelRequest(request, {
    allowPrivate: ctx.allowPrivate,
    timeoutMs: ctx.settings.timeoutMs,
  });
  const again = options.retry && attempt.outcome === 'retry' && row.attempts < ctx.settings.maxAttempts;
  const outcome: repo.DeliveryOutcome = {
    status: attempt.outcome === 'delivered' ? 'delivered' : again ? 'pending' : 'failed',
    nextAttemptAt: again
      ? new Date(Date.now() + retryDelayMs(row.attempts, ctx.settings.retryBaseMs))
      : row.nextAttemptAt,
    request: {
      url: mask(request.url),
      method: request.method,
      body: request.body ? mask(request.body) : null,
    },
    httpStatus: attempt.httpStatus,
    latencyMs: attempt.latencyMs,
    responseExcerpt: attempt.responseExcerpt && mask(attempt.responseExcerpt),
    error: attempt.error && mask(attempt.error),
  };
  await repo.finishDelivery(ctx.db, row.id, outcome);
  return outcome;
}
