import { type SQL, type SQLChunk, sql } from 'drizzle-orm';
import { type StatsSums, SUM_FIELDS } from './figures';

/**
 * An auction runs while its call rings, never a day after the call started; a publisher's inbound
 * ping holds its bid for the call for up to a day before it (inbound-rtb/match-call.ts).
 */
const BID_AFTER_CALL_LIMIT = sql`interval '1 day'`;
const BID_BEFORE_CALL_LIMIT = sql`interval '1 day'`;

/**
 * Per call: RTB auctions held (one per router), valid bids, auctions won by a best valid bid, and
 * the sum of valid bid amounts — for the calls that started in [from, to).
 */
export const bidTotalsCte = (accountId: string, from: SQL, to: SQL) => sql`bid_totals as (
  select call_id, count(distinct coalesce(router_id, '')) as auctions,
    count(*) filter (where valid) as bids, count(*) filter (where rank = 1) as wins,
    coalesce(sum(amount_cents) filter (where valid), 0) as bid_cents
  from rtb_bid_requests
  where account_id = ${accountId} and call_id is not null
    and created_at >= ${from} - ${BID_BEFORE_CALL_LIMIT} and created_at < ${to} + ${BID_AFTER_CALL_LIMIT}
  group by call_id
)`;

/** The sums of a group of calls (`calls c left join bid_totals b`), one expression per field. */
const CALL_SUMS: Record<keyof StatsSums, SQL> = {
  calls: sql`count(*)`,
  answered: sql`count(*) filter (where c.answered_at is not null)`,
  converted: sql`count(*) filter (where c.converted)`,
  revenueCents: sql`coalesce(sum(c.revenue_cents), 0)`,
  payoutCents: sql`coalesce(sum(c.payout_cents), 0)`,
  durationSeconds: sql`coalesce(sum(c.duration_seconds), 0)`,
  durationCalls: sql`count(c.duration_seconds)`,
  auctions: sql`coalesce(sum(b.auctions), 0)`,
  bids: sql`coalesce(sum(b.bids), 0)`,
  wins: sql`coalesce(sum(b.wins), 0)`,
  bidCents: sql`coalesce(sum(b.bid_cents), 0)`,
};

/** call_stats_hourly's column of each sum. */
const ROLLUP_COLUMNS: Record<keyof StatsSums, string> = {
  calls: 'calls',
  answered: 'answered',
  converted: 'converted',
  revenueCents: 'revenue_cents',
  payoutCents: 'payout_cents',
  durationSeconds: 'duration_seconds',
  durationCalls: 'duration_calls',
  auctions: 'auctions',
  bids: 'bids',
  wins: 'wins',
  bidCents: 'bid_cents',
};

const list = (parts: SQLChunk[]) => sql.join(parts, sql`, `);

export const rollupColumnList = list(SUM_FIELDS.map((f) => sql.identifier(ROLLUP_COLUMNS[f])));
/** The call sums in rollup column order (for insert … select). */
export const callSumValues = list(SUM_FIELDS.map((f) => CALL_SUMS[f]));
/** The call sums named by field (for a report straight from calls). */
export const callSumsSelect = list(SUM_FIELDS.map((f) => sql`${CALL_SUMS[f]} as ${sql.identifier(f)}`));
/** Rollup rows summed, named by field. */
export const rollupSumsSelect = list(
  SUM_FIELDS.map((f) => sql`coalesce(sum(${sql.identifier(ROLLUP_COLUMNS[f])}), 0) as ${sql.identifier(f)}`),
);
