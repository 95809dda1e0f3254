import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { SavedViewParams } from '../../../contracts/stats';
import type { Database } from '../../db/client';
import { buyers, campaigns, publishers, savedReportViews, targets, trackingNumbers } from '../../db/schema';
import { DIMENSION_COLUMNS, type Dimension } from './dimensions';
import { bidTotalsCte, callSumsSelect, rollupSumsSelect } from './stats-sql';

type Rows<T> = { rows: T[] };
const rowsOf = <T>(result: unknown) => (result as Rows<T>).rows;

export type Range = { from: Date; to: Date };
const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/**
 * A report's bounds as instants: a day is its midnight in `timezone` (`to` inclusive, so the next
 * midnight), DST included. `rollupReady` says the bounds fall on UTC hours and, at every hour of
 * the range, the timezone is a whole number of hours from UTC — then local hours and days are
 * unions of the rollup's UTC hours.
 */
export async function resolveRange(
  db: Database,
  bounds: { from: string; to: string; timezone: string },
): Promise<Range & { rollupReady: boolean }> {
  const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
  const instant = (value: string, nextDay: boolean) =>
    isDay(value)
      ? sql`((${value}::date + ${nextDay ? 1 : 0}::int)::timestamp at time zone ${bounds.timezone}::text)`
      : sql`${value}::timestamptz`;
  const [row] = rowsOf<{ from_at: string | Date; to_at: string | Date; ready: boolean }>(
    await db.execute(sql`
      with bounds as (select ${instant(bounds.from, false)} as from_at, ${instant(bounds.to, true)} as to_at)
      select from_at, to_at,
        date_trunc('hour', from_at at time zone 'UTC') = from_at at time zone 'UTC'
        and date_trunc('hour', to_at at time zone 'UTC') = to_at at time zone 'UTC'
        and (select bool_and(extract(minute from h at time zone ${bounds.timezone}::text) = 0)
             from generate_series(from_at, to_at, interval '1 hour') h) as ready
      from bounds`),
  );
  return { from: new Date(row.from_at), to: new Date(row.to_at), rollupReady: Boolean(row.ready) };
}

/** How a report row is keyed, as text: an hour's start instant, a local day, or a dimension value. */
export type Grouping =
  | { kind: 'hour'; timezone: string }
  | { kind: 'day'; timezone: string }
  | { kind: 'dimension'; dimension: Dimension };

const isoHour = (instant: SQL) =>
  sql`to_char(${instant} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS".000Z"')`;
const localDay = (instant: SQL, timezone: string) =>
  sql`to_char((${instant} at time zone ${timezone}::text)::date, 'YYYY-MM-DD')`;

/** The key of a call (`calls c`): hours start at the local hour (half-hour zones included). */
function callKey(grouping: Grouping): SQL {
  if (grouping.kind === 'dimension') return sql`coalesce(${DIMENSION_COLUMNS[grouping.dimension]}, '')`;
  if (grouping.kind === 'day') return localDay(sql`c.started_at`, grouping.timezone);
  const local = sql`(c.started_at at time zone ${grouping.timezone}::text)`;
  return isoHour(sql`(c.started_at - (${local} - date_trunc('hour', ${local})))`);
}

function rollupKey(grouping: Grouping): SQL {
  if (grouping.kind === 'dimension') return sql`dimension_value`;
  return grouping.kind === 'day'
    ? localDay(sql`bucket_start`, grouping.timezone)
    : isoHour(sql`bucket_start`);
}

export type Filter = { dimension: Dimension; value: string };
const callFilters = (filters: Filter[]) =>
  filters.map((f) => sql` and coalesce(${DIMENSION_COLUMNS[f.dimension]}, '') = ${f.value}`);

export type KeyedSums = Record<string, unknown> & { key: string };

/** Sums per key from the rollup of one dimension ('all' for none), optionally of one value. */
export async function rollupSums(
  db: Database,
  accountId: string,
  query: { range: Range; grouping: Grouping; dimension: Dimension | 'all'; value?: string },
) {
  return rowsOf<KeyedSums>(
    await db.execute(sql`
      select ${rollupKey(query.grouping)} as key, ${rollupSumsSelect}
      from call_stats_hourly
      where account_id = ${accountId} and dimension = ${query.dimension}
        and bucket_start >= ${at(query.range.from)} and bucket_start < ${at(query.range.to)}
        ${query.value === undefined ? sql`` : sql`and dimension_value = ${query.value}`}
      group by 1`),
  );
}

const callsWhere = (accountId: string, range: Range, filters: Filter[]) =>
  sql`c.account_id = ${accountId} and c.started_at >= ${at(range.from)} and c.started_at < ${at(range.to)}
    ${sql.join(callFilters(filters), sql``)}`;

/** Sums per key straight from calls: for what the one-dimension rollup cannot answer. */
export async function callSums(
  db: Database,
  accountId: string,
  query: { range: Range; grouping: Grouping; filters: Filter[] },
) {
  return rowsOf<KeyedSums>(
    await db.execute(sql`
      with ${bidTotalsCte(accountId, at(query.range.from), at(query.range.to))}
      select ${callKey(query.grouping)} as key, ${callSumsSelect}
      from calls c left join bid_totals b on b.call_id = c.id
      where ${callsWhere(accountId, query.range, query.filters)}
      group by 1`),
  );
}

/**
 * Distinct callers per key and over the whole range (key null): never additive, so always
 * counted from the calls — distinct (key, caller) pairs first, which hashes instead of sorting.
 */
export async function uniqueCallers(
  db: Database,
  accountId: string,
  query: { range: Range; grouping: Grouping; filters: Filter[] },
) {
  const where = callsWhere(accountId, query.range, query.filters);
  return rowsOf<{ key: string | null; n: number | string }>(
    await db.execute(sql`
      select key, count(*) as n from (select distinct ${callKey(query.grouping)} as key, c.from_number
        from calls c where ${where}) pairs group by key
      union all
      select null, count(*) from (select distinct c.from_number from calls c where ${where}) callers`),
  );
}

/** Runs report queries without PostgreSQL's JIT, whose compile time dwarfs these short scans. */
export function withoutJit<T>(db: Database, run: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return run(tx as unknown as Database);
  });
}

/** Display names of dimension values (ids of campaigns, buyers, …), scoped to the account. */
export async function dimensionNames(db: Database, accountId: string, dimension: Dimension, ids: string[]) {
  const lookups = {
    campaign: { table: campaigns, id: campaigns.id, account: campaigns.accountId, name: campaigns.name },
    buyer: { table: buyers, id: buyers.id, account: buyers.accountId, name: buyers.name },
    target: { table: targets, id: targets.id, account: targets.accountId, name: targets.name },
    publisher: { table: publishers, id: publishers.id, account: publishers.accountId, name: publishers.name },
    number: {
      table: trackingNumbers,
      id: trackingNumbers.id,
      account: trackingNumbers.accountId,
      name: trackingNumbers.phoneNumber,
    },
  } as const;
  if (!(dimension in lookups) || !ids.length) return new Map<string, string>();
  const lookup = lookups[dimension as keyof typeof lookups];
  const rows = await db
    .select({ id: lookup.id, name: lookup.name })
    .from(lookup.table)
    .where(and(eq(lookup.account, accountId), inArray(lookup.id, ids)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Calls ringing or connected now, per campaign and per dialed target or RTB bidder. */
export async function liveCalls(db: Database, accountId: string, startedAfter: Date) {
  const [campaignRows, targetRows] = await Promise.all([
    db.execute(sql`
      select c.campaign_id as id, coalesce(cm.name, 'No campaign') as name, count(*)::int as live
      from calls c left join campaigns cm on cm.id = c.campaign_id
      where c.account_id = ${accountId} and c.ended_at is null and c.status in ('ringing', 'in-progress')
        and c.started_at > ${at(startedAfter)}
      group by 1, 2 order by 3 desc, 2`),
    db.execute(sql`
      select coalesce(a.target_id, a.rtb_target_id) as id, coalesce(t.name, rt.name, 'Deleted') as name,
        case when a.target_id is null then 'rtb' else 'target' end as kind, count(*)::int as live
      from call_attempts a
      left join targets t on t.id = a.target_id
      left join rtb_targets rt on rt.id = a.rtb_target_id
      where a.live and a.account_id = ${accountId} and a.started_at > ${at(startedAfter)}
      group by 1, 2, 3 order by 4 desc, 2`),
  ]);
  return {
    campaigns: rowsOf<{ id: string | null; name: string; live: number }>(campaignRows),
    targets: rowsOf<{ id: string | null; name: string; kind: 'target' | 'rtb'; live: number }>(targetRows),
  };
}

/** Per RTB bidder over pings sent in the range: bids, wins, amounts, latency and timeouts. */
export async function bidderTotals(db: Database, accountId: string, range: Range) {
  return rowsOf<Record<string, string | number | null>>(
    await db.execute(sql`
      select b.rtb_target_id as "rtbTargetId", coalesce(t.name, 'Deleted bidder') as name,
        count(*) as pings, count(*) filter (where b.valid) as bids, count(*) filter (where b.rank = 1) as wins,
        coalesce(sum(b.amount_cents) filter (where b.valid), 0) as "bidCents",
        coalesce(sum(b.amount_cents) filter (where b.rank = 1), 0) as "winCents",
        coalesce(sum(b.latency_ms), 0) as "latencyMs", count(b.latency_ms) as "latencyCount",
        count(*) filter (where b.reason = 'timeout') as timeouts
      from rtb_bid_requests b left join rtb_targets t on t.id = b.rtb_target_id
      where b.account_id = ${accountId} and b.sent
        and b.created_at >= ${at(range.from)} and b.created_at < ${at(range.to)}
      group by 1, 2 order by 3 desc, 2`),
  );
}

/** Publishers' inbound pings received in the range, by outcome (accepted, or reason and code). */
export async function inboundPingOutcomes(db: Database, accountId: string, range: Range) {
  return rowsOf<{
    accepted: boolean;
    reason: string | null;
    errorCode: number | null;
    pings: string;
    bidCents: string;
  }>(
    await db.execute(sql`
      select accepted, reject_reason as reason, error_code as "errorCode", count(*) as pings,
        coalesce(sum(bid_amount_cents), 0) as "bidCents"
      from inbound_pings
      where account_id = ${accountId} and created_at >= ${at(range.from)} and created_at < ${at(range.to)}
      group by 1, 2, 3 order by 4 desc, 3`),
  );
}

export async function listSavedViews(db: Database, accountId: string, userId: string) {
  return db
    .select()
    .from(savedReportViews)
    .where(and(eq(savedReportViews.accountId, accountId), eq(savedReportViews.userId, userId)))
    .orderBy(desc(savedReportViews.createdAt));
}

export async function insertSavedView(
  db: Database,
  owner: { accountId: string; userId: string },
  view: { name: string; params: SavedViewParams },
) {
  const [row] = await db
    .insert(savedReportViews)
    .values({ ...owner, ...view })
    .returning();
  return row;
}

export async function deleteSavedView(
  db: Database,
  owner: { accountId: string; userId: string },
  id: string,
) {
  const rows = await db
    .delete(savedReportViews)
    .where(
      and(
        eq(savedReportViews.id, id),
        eq(savedReportViews.accountId, owner.accountId),
        eq(savedReportViews.userId, owner.userId),
      ),
    )
    .returning({ id: savedReportViews.id });
  return rows.length > 0;
}
