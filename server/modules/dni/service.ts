import type { z } from 'zod';
import type { DniTrackInput, DniTrackResult } from '../../../contracts/dni';
import type { Database } from '../../db/client';
import { randomToken } from '../../db/columns';
import { notFound } from '../../lib/app-error';
import { dniStateFor, toHeldSession } from './dni-state';
import { formatWithPattern } from './format-number';
import type { HeldSession, Visit } from './pool-allocator';
import * as repo from './repository';

export type Geo = Visit['geo'];

/**
 * Heartbeats only extend a hold; writing each one would make the database the bottleneck. A
 * session is saved when its number changes, and otherwise at most once a minute (a restart within
 * that minute shortens the hold by at most a minute, never loses the assignment).
 */
const RESAVE_AFTER_MS = 60_000;
const needsSaving = (session: HeldSession, now: Date) =>
  session.changed || session.savedAt === undefined || now.getTime() - session.savedAt >= RESAVE_AFTER_MS;

function visitOf(input: z.output<typeof DniTrackInput>, geo: Geo): Visit {
  return {
    landingPage: input.url ?? null,
    referrer: input.referrer || null,
    utmSource: input.utmSource || null,
    utmMedium: input.utmMedium || null,
    utmCampaign: input.utmCampaign || null,
    utmTerm: input.utmTerm || null,
    utmContent: input.utmContent || null,
    clickIds: input.clickIds ?? {},
    geo,
  };
}

/**
 * A page view or heartbeat from the snippet: the visitor's session keeps its pool number while it
 * is active. Answered from memory; the session is written to the database just after.
 */
export async function trackVisit(
  db: Database,
  input: z.output<typeof DniTrackInput>,
  context: { now: Date; geo: () => Geo },
): Promise<DniTrackResult> {
  const state = dniStateFor(db);
  const config = await state.tag(input.tagCode);
  if (!config) throw notFound('Tracking tag');
  const { tag, pool } = config;
  const allocator = await state.allocator(pool);
  const session = allocator.touch(
    input.sessionId,
    context.now,
    visitOf(input, null),
    () => `v_${randomToken(20)}`,
  );
  if (session.firstSeenAt === context.now && !session.visit.geo) session.visit.geo = context.geo();
  if (needsSaving(session, context.now)) {
    session.changed = false;
    session.savedAt = context.now.getTime();
    state.writer.enqueue({
      id: session.id,
      accountId: tag.accountId,
      tagId: tag.id,
      poolId: pool.id,
      numberId: session.numberId,
      collision: session.collision,
      ...session.visit,
      firstSeenAt: session.firstSeenAt,
      lastSeenAt: session.lastSeenAt,
      expiresAt: session.expiresAt,
    });
  }
  const phoneNumber = allocator.numberOf(session)?.phoneNumber ?? tag.defaultNumber;
  return {
    sessionId: session.id,
    phoneNumber,
    formattedNumber: formatWithPattern(phoneNumber, tag.numberFormat),
  };
}

export type Attribution = { sessionId: string } & Visit;

/** The visit that held a pool number when a call to it came in, from memory or from history. */
export async function attributeCall(
  db: Database,
  call: { poolId: string; numberId: string; at: Date },
): Promise<Attribution | undefined> {
  const allocator = await dniStateFor(db).loadedAllocator(call.poolId);
  const held: HeldSession | undefined = allocator?.holderAt(call.numberId, call.at);
  if (held) return { sessionId: held.id, ...held.visit };
  const row = await repo.findSessionHolding(db, call.numberId, call.at);
  if (!row) return undefined;
  const session = toHeldSession(row);
  return { sessionId: session.id, ...session.visit };
}
