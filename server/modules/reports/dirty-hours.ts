import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';

/** The UTC hour a call's figures roll up into (independent of the session's TimeZone). */
export const utcHour = (instant: SQL) =>
  sql`(date_trunc('hour', ${instant} at time zone 'UTC') at time zone 'UTC')`;

/**
 * Runs a write of `calls` rows (returning `account_id, started_at`) and, in the same statement,
 * marks the report hours it touched dirty, so the rollup is recomputed from the committed rows
 * (see rollup.ts): no call write can slip past the reports. `before` adds CTEs ahead of the write.
 * Resolves to the number of call rows written.
 */
export async function writeCallsMarkingStats(db: Database, write: SQLWrapper, before?: SQL): Promise<number> {
  const result = await db.execute(sql`
    with ${before ? sql`${before}, ` : sql``}written as (${write.getSQL()}),
    marked as (
      insert into call_stats_dirty (account_id, bucket_start)
      select distinct account_id, ${utcHour(sql`started_at`)} from written
      on conflict do nothing
    )
    select count(*)::int as n from written`);
  const [row] = (result as unknown as { rows: { n: number }[] }).rows;
  return Number(row.n);
}

/** Marks the report hour of a call dirty after a write elsewhere that its figures count (its RTB bids). */
export async function markCallHourDirty(db: Database, callId: string) {
  await db.execute(sql`
    insert into call_stats_dirty (account_id, bucket_start)
    select account_id, ${utcHour(sql`started_at`)} from calls where id = ${callId}
    on conflict do nothing`);
}
