import { and, asc, desc, eq, gt, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Caps } from '../../../contracts/targets';
import type { Database } from '../../db/client';
import {
  buyers,
  calls,
  campaignRoutes,
  campaigns,
  type payoutRuleUsage,
  pools,
  type rtbTargetUsage,
  targets,
  targetUsage,
  trackingNumbers,
} from '../../db/schema';
import type { CapPeriod } from './cap-buckets';
import type { TargetUsage } from './select-targets';

/** Number → campaign → plan → targets → buyers in a single query, in plan order. */
export async function loadRoutingRows(db: Database, phoneNumber: string) {
  return (
    db
      .select({
        number: {
          id: trackingNumbers.id,
          accountId: trackingNumbers.accountId,
          poolId: trackingNumbers.poolId,
        },
        campaign: campaigns,
        route: { priority: campaignRoutes.priority, weight: campaignRoutes.weight },
        target: targets,
        buyer: { id: buyers.id, name: buyers.name, status: buyers.status },
      })
      .from(trackingNumbers)
      .leftJoin(pools, eq(pools.id, trackingNumbers.poolId))
      // A pooled number rings its pool's campaign; any other number its own.
      .leftJoin(
        campaigns,
        eq(campaigns.id, sql`coalesce(${trackingNumbers.campaignId}, ${pools.campaignId})`),
      )
      .leftJoin(campaignRoutes, eq(campaignRoutes.campaignId, campaigns.id))
      .leftJoin(targets, eq(targets.id, campaignRoutes.targetId))
      .leftJoin(buyers, eq(buyers.id, targets.buyerId))
      .where(eq(trackingNumbers.phoneNumber, phoneNumber))
      .orderBy(asc(campaignRoutes.position))
  );
}

type UsageRow = typeof targetUsage.$inferSelect;

/** A usage row as the routing engine reads it: live calls, and counts keyed by their bucket. */
function toUsage(row: UsageRow | undefined): TargetUsage {
  if (!row) return { live: 0, counts: {} };
  const counts: Record<string, number> = { total: row.total };
  if (row.hourBucket) counts[row.hourBucket] = row.hourCount;
  if (row.dayBucket) counts[row.dayBucket] = row.dayCount;
  if (row.monthBucket) counts[row.monthBucket] = row.monthCount;
  return { live: row.live, counts };
}

/** Usage of many targets (or RTB bidders) in one indexed read. */
export async function loadUsage(
  db: Database,
  targetIds: string[],
  table: typeof targetUsage | typeof rtbTargetUsage | typeof payoutRuleUsage = targetUsage,
): Promise<Map<string, TargetUsage>> {
  const rows = targetIds.length
    ? await db.select().from(table).where(inArray(table.targetId, targetIds))
    : [];
  const byTarget = new Map(rows.map((row) => [row.targetId, row]));
  return new Map(targetIds.map((id) => [id, toUsage(byTarget.get(id))]));
}

/** A target_usage row as `json_agg` returns it (column names, not property names). */
export type UsageJson = {
  target_id: string;
  live: number;
  hour_bucket: string | null;
  hour_count: number;
  day_bucket: string | null;
  day_count: number;
  month_bucket: string | null;
  month_count: number;
  total: number;
};

export function usageFromRows(targetIds: string[], rows: UsageJson[]): Map<string, TargetUsage> {
  const byTarget = new Map(
    rows.map((r) => [
      r.target_id,
      toUsage({
        targetId: r.target_id,
        live: r.live,
        hourBucket: r.hour_bucket,
        hourCount: r.hour_count,
        dayBucket: r.day_bucket,
        dayCount: r.day_count,
        monthBucket: r.month_bucket,
        monthCount: r.month_count,
        total: r.total,
      }),
    ]),
  );
  return new Map(targetIds.map((id) => [id, byTarget.get(id) ?? toUsage(undefined)]));
}

/** Buyer targets, RTB bidders and publishers' payout rules keep usage in tables of the same shape. */
export type UsageTable = 'target_usage' | 'rtb_target_usage' | 'payout_rule_usage';

export type ClaimSpec = {
  table?: UsageTable;
  targetId: string;
  buckets: Record<CapPeriod, string>;
  caps: Caps;
  /** 1 when this target's caps count routed calls, 0 when they count conversions. */
  countsRouted: 0 | 1;
};

// A period's count as of now: a stored count from an older bucket is the new period's zero.
const currentCount = (period: 'hour' | 'day' | 'month', bucket: string) =>
  sql`(case when ${sql.raw(`u.${period}_bucket`)} = ${bucket} then ${sql.raw(`u.${period}_count`)} else 0 end)`;

const underCap = (value: SQL, cap: number | null | undefined) =>
  cap == null ? sql`true` : sql`${value} < ${cap}`;

/** The upsert that adds `live` live places and `inc` to every period count of a target. */
function addUsage(
  table: UsageTable,
  targetId: string,
  buckets: Record<CapPeriod, string>,
  live: 0 | 1,
  inc: 0 | 1,
) {
  const hour = currentCount('hour', buckets.hourly);
  const day = currentCount('day', buckets.daily);
  const month = currentCount('month', buckets.monthly);
  return {
    counts: { hour, day, month },
    statement: sql`
    insert into ${sql.raw(table)} as u
      (target_id, live, hour_bucket, hour_count, day_bucket, day_count, month_bucket, month_count, total)
    values (${targetId}, ${live}, ${buckets.hourly}, ${inc}, ${buckets.daily}, ${inc}, ${buckets.monthly}, ${inc}, ${inc})
    on conflict (target_id) do update set
      live = u.live + ${live},
      hour_bucket = ${buckets.hourly}, hour_count = ${hour} + ${inc},
      day_bucket = ${buckets.daily}, day_count = ${day} + ${inc},
      month_bucket = ${buckets.monthly}, month_count = ${month} + ${inc},
      total = u.total + ${inc}`,
  };
}

/**
 * Takes one live place on the target (and counts the call, when its caps count routed calls) only
 * if every cap still has room. One conditional upsert: PostgreSQL locks the row and re-checks the
 * condition against its latest version, so simultaneous calls on any number of connections or
 * processes never overshoot a cap. False when a cap is full.
 */
export async function claimUsage(db: Database, spec: ClaimSpec): Promise<boolean> {
  const { counts, statement } = addUsage(
    spec.table ?? 'target_usage',
    spec.targetId,
    spec.buckets,
    1,
    spec.countsRouted,
  );
  const { caps } = spec;
  // Caps that count conversions also count the calls still in progress, which may yet convert.
  const pending = spec.countsRouted ? sql`0` : sql`u.live`;
  const result = await db.execute(sql`${statement}
    where ${underCap(sql`u.live`, caps.concurrency)}
      and ${underCap(sql`${counts.hour} + ${pending}`, caps.hourly)}
      and ${underCap(sql`${counts.day} + ${pending}`, caps.daily)}
      and ${underCap(sql`${counts.month} + ${pending}`, caps.monthly)}
      and ${underCap(sql`u.total + ${pending}`, caps.total)}
    returning target_id`);
  return rowsOf(result).length > 0;
}

/** Gives back a place claimed for an attempt that was never recorded (a lost race with a retry). */
export async function releaseUsage(db: Database, spec: ClaimSpec) {
  const table = sql.raw(spec.table ?? 'target_usage');
  const inc = spec.countsRouted;
  const { hourly, daily, monthly } = spec.buckets;
  await db.execute(sql`
    update ${table} set
      live = greatest(live - 1, 0),
      hour_count = case when hour_bucket = ${hourly} then greatest(hour_count - ${inc}, 0) else hour_count end,
      day_count = case when day_bucket = ${daily} then greatest(day_count - ${inc}, 0) else day_count end,
      month_count = case when month_bucket = ${monthly} then greatest(month_count - ${inc}, 0) else month_count end,
      total = greatest(total - ${inc}, 0)
    where target_id = ${spec.targetId}`);
}

/** Counts a conversion against a target whose caps count conversions. */
export async function countConversionUsage(
  db: Database,
  targetId: string,
  buckets: Record<CapPeriod, string>,
) {
  await db.execute(addUsage('target_usage', targetId, buckets, 0, 1).statement);
}

/** Both drivers answer drizzle's execute with `{ rows }`. */
function rowsOf(result: unknown): unknown[] {
  return (result as { rows?: unknown[] }).rows ?? [];
}

/** The caller's most recent earlier call to this campaign inside the duplicate window. */
export async function findRecentCallFrom(
  db: Database,
  scope: { campaignId: string; fromNumber: string; since: Date; excludeCallId: string },
) {
  const [row] = await db
    .select({ id: calls.id, targetId: calls.targetId })
    .from(calls)
    .where(
      and(
        eq(calls.campaignId, scope.campaignId),
        eq(calls.fromNumber, scope.fromNumber),
        gt(calls.startedAt, scope.since),
        ne(calls.id, scope.excludeCallId),
      ),
    )
    .orderBy(desc(calls.startedAt))
    .limit(1);
  return row;
}
