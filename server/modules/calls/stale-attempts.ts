import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client';
import { deleteExpiredSessions } from '../auth/repository';
import { endLiveAttempts } from './repository';

/** A dial whose callbacks never came (lost webhook, crash) stops holding a concurrency place after this. */
export const LIVE_ATTEMPT_MAX_AGE_MS = 4 * 60 * 60_000;
const SWEEP_INTERVAL_MS = 5 * 60_000;

export async function releaseStaleAttempts(db: Database, now: Date) {
  await endLiveAttempts(db, { startedBefore: new Date(now.getTime() - LIVE_ATTEMPT_MAX_AGE_MS) }, now);
  // The same periodic pass forgets expired sign-in sessions.
  await deleteExpiredSessions(db, now);
}

/** Sweeps periodically; returns the function that stops it. */
export function startStaleAttemptSweeper(db: Database, log: FastifyBaseLogger): () => void {
  const timer = setInterval(() => {
    releaseStaleAttempts(db, new Date()).catch((error) =>
      log.error({ err: error }, 'stale attempt sweep failed'),
    );
  }, SWEEP_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
