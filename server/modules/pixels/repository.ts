import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { accountScoped } from '../../db/account-scoped';
import type { Database } from '../../db/client';
import {
  buyers,
  callAttempts,
  calls,
  type PixelDeliveryRow,
  pixelDeliveries,
  pixels,
  publishers,
  rtbTargets,
  targets,
} from '../../db/schema';

export const pixelRepository = accountScoped(pixels);

/** Which events have at least one enabled pixel in the account: the call path's cheap first check. */
export async function listListeningEvents(db: Database, accountId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ event: sql<string>`unnest(${pixels.events})` })
    .from(pixels)
    .where(and(eq(pixels.accountId, accountId), eq(pixels.enabled, true)));
  return rows.map((row) => row.event);
}

/**
 * Enqueues one delivery per matching pixel and event in a single statement, reading the pixels in
 * the same statement (a pixel deleted a moment ago is simply not matched). The unique key on
 * (pixel, call, event) makes a repeated event a no-op. `no_answer` is only recorded for a call
 * nothing ever answered.
 */
export async function enqueueDeliveries(
  db: Database,
  callId: string,
  events: readonly string[],
  at: Date,
): Promise<number> {
  const list = sql.join(
    events.map((event) => sql`${event}`),
    sql`, `,
  );
  const result = await db.execute(sql`
    insert into pixel_deliveries (id, account_id, pixel_id, call_id, event, next_attempt_at)
    select 'pxd_' || replace(gen_random_uuid()::text, '-', ''), p.account_id, p.id, c.id, e.event,
      ${at.toISOString()}::timestamptz
    from calls c
    join pixels p on p.account_id = c.account_id
    cross join lateral unnest(p.events) as e(event)
    where c.id = ${callId} and p.enabled and e.event in (${list})
      and (p.campaign_id is null or p.campaign_id = c.campaign_id)
      and (e.event <> 'no_answer' or (c.answered_at is null and not exists (
        select 1 from call_attempts a
        where a.call_id = c.id and (a.answered_at is not null or a.connected_seconds is not null))))
    on conflict (pixel_id, call_id, event) do nothing
    returning id`);
  return ((result as unknown as { rows?: unknown[] }).rows ?? []).length;
}

/**
 * Claims up to `limit` due deliveries: counts the attempt and leases the row until `leaseUntil`,
 * so another worker (here or in another process) skips it, and a worker that dies mid-send leaves
 * it due again once the lease ends.
 */
export async function claimDueDeliveries(
  db: Database,
  options: { now: Date; leaseUntil: Date; limit: number },
): Promise<PixelDeliveryRow[]> {
  const due = db
    .select({ id: pixelDeliveries.id })
    .from(pixelDeliveries)
    .where(and(eq(pixelDeliveries.status, 'pending'), lte(pixelDeliveries.nextAttemptAt, options.now)))
    .orderBy(pixelDeliveries.nextAttemptAt)
    .limit(options.limit)
    .for('update', { skipLocked: true });
  return db
    .update(pixelDeliveries)
    .set({ attempts: sql`${pixelDeliveries.attempts} + 1`, nextAttemptAt: options.leaseUntil })
    .where(and(inArray(pixelDeliveries.id, due), eq(pixelDeliveries.status, 'pending')))
    .returning();
}

export type DeliveryOutcome = Pick<
  PixelDeliveryRow,
  'status' | 'nextAttemptAt' | 'request' | 'httpStatus' | 'latencyMs' | 'responseExcerpt' | 'error'
>;

export async function finishDelivery(db: Database, id: string, outcome: DeliveryOutcome) {
  await db.update(pixelDeliveries).set(outcome).where(eq(pixelDeliveries.id, id));
}

/** A "send test" delivery, already claimed by the request that sends it. */
export async function insertTestDelivery(
  db: Database,
  values: { accountId: string; pixelId: string; leaseUntil: Date },
) {
  const [row] = await db
    .insert(pixelDeliveries)
    .values({
      accountId: values.accountId,
      pixelId: values.pixelId,
      event: 'test',
      attempts: 1,
      nextAttemptAt: values.leaseUntil,
    })
    .returning();
  return row;
}

export async function findPixelById(db: Database, id: string) {
  const [row] = await db.select().from(pixels).where(eq(pixels.id, id)).limit(1);
  return row;
}

export async function listDeliveries(
  db: Database,
  accountId: string,
  filters: { pixelId?: string; callId?: string; status?: string; limit: number },
) {
  return db
    .select({ delivery: pixelDeliveries, pixelName: pixels.name })
    .from(pixelDeliveries)
    .leftJoin(pixels, eq(pixels.id, pixelDeliveries.pixelId))
    .where(
      and(
        eq(pixelDeliveries.accountId, accountId),
        filters.pixelId ? eq(pixelDeliveries.pixelId, filters.pixelId) : undefined,
        filters.callId ? eq(pixelDeliveries.callId, filters.callId) : undefined,
        filters.status ? eq(pixelDeliveries.status, filters.status) : undefined,
      ),
    )
    .orderBy(desc(pixelDeliveries.createdAt), desc(pixelDeliveries.id))
    .limit(filters.limit);
}

/** A call with the names pixels report: its target (or the RTB bidder it last dialed), buyer and publisher. */
export async function loadCallForPixel(db: Database, callId: string) {
  const [row] = await db
    .select({
      call: calls,
      targetName: targets.name,
      buyerName: buyers.name,
      publisherName: publishers.name,
      rtbTargetName: sql<string | null>`(
        select ${rtbTargets.name} from ${callAttempts}
        join ${rtbTargets} on ${rtbTargets.id} = ${callAttempts.rtbTargetId}
        where ${callAttempts.callId} = ${calls.id}
        order by ${callAttempts.attempt} desc limit 1)`,
    })
    .from(calls)
    .leftJoin(targets, eq(targets.id, calls.targetId))
    .leftJoin(buyers, eq(buyers.id, calls.buyerId))
    .leftJoin(publishers, eq(publishers.id, calls.publisherId))
    .where(eq(calls.id, callId))
    .limit(1);
  return row;
}
