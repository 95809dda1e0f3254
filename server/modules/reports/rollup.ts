import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client';
import { DIMENSION_COLUMNS } from './dimensions';
import { utcHour } from './dirty-hours';
import { withoutJit } from './repository';
import { bidTotalsCte, callSumValues, rollupColumnList } from './stats-sql';

/** Hours recomputed per transaction: a full rebuild after a bulk load goes in steps this size. */
const HOURS_PER_BATCH = 240;
const BACKGROUND_INTERVAL_MS = 5_000;

type Rows<T> = { rows: T[] };

/**
 * One row per (dimension, value) of every given hour, computed from the calls as committed now.
 * Each call counts once under 'all' and once under each dimension, so any one-dimension filter or
 * group-by sums rollup rows instead of calls. One pass with grouping sets: in each set only its own
 * dimension is grouped, the others read null, so `coalesce` of them all is that dimension's value.
 */
async function recomputeHours(db: Database, accountId: string, hours: Date[]) {
  const list = sql`${`{${hours.map((h) => h.toISOString()).join(',')}}`}::timestamptz[]`;
  const dimensions = Object.entries(DIMENSION_COLUMNS);
  const dimensionName = sql`case ${sql.join(
    dimensions.map(([name, column]) => sql`when grouping(${column}) = 0 then ${name}`),
    sql` `,
  )} else 'all' end`;
  const dimensionValue = sql`coalesce(${sql.join(
    dimensions.map(([, column]) => column),
    sql`, `,
  )}, '')`;
  const groupingSets = sql.join(
    [sql`(h.bucket_start)`, ...dimensions.map(([, column]) => sql`(h.bucket_start, ${column})`)],
    sql`, `,
  );
  await db.execute(sql`
    delete from call_stats_hourly where account_id = ${accountId}
      and dimension = any(${`{all,${Object.keys(DIMENSION_COLUMNS).join(',')}}`}::text[])
      and bucket_start = any(${list})`);
  await db.execute(sql`
    with hours as (select unnest(${list}) as bucket_start),
    ${bidTotalsCte(accountId, sql`(select min(bucket_start) from hours)`, sql`(select max(bucket_start) + interval '1 hour' from hours)`)}
    insert into call_stats_hourly (account_id, dimension, bucket_start, dimension_value, ${rollupColumnList})
    select ${accountId}, ${dimensionName}, h.bucket_start, ${dimensionValue}, ${callSumValues}
    from hours h
    join calls c on c.account_id = ${accountId} and c.started_at >= h.bucket_start
      and c.started_at < h.bucket_start + interval '1 hour'
    left join bid_totals b on b.call_id = c.id
    group by grouping sets (${groupingSets})`);
}

/**
 * Recomputes dirty hours (of one account, or all) until none is left. Each batch claims its hours
 * by deleting their marks and recomputes them in the same transaction; `skip locked` keeps two
 * refreshers off the same hours. Exact because a call write marks its hour in the statement that
 * writes it: a write that commits before the recompute reads `calls` is counted; one that commits
 * later leaves its mark behind (its insert waits for our delete to commit), so the next refresh
 * counts it.
 */
export async function refreshDirtyHours(db: Database, accountId?: string): Promise<number> {
  let refreshed = 0;
  for (;;) {
    const claimed = await withoutJit(db, async (tx) => {
      const result = (await tx.execute(sql`
        delete from call_stats_dirty where (account_id, bucket_start) in (
          select account_id, bucket_start from call_stats_dirty
          ${accountId ? sql`where account_id = ${accountId}` : sql``}
          order by account_id, bucket_start limit ${HOURS_PER_BATCH}
          for update skip locked)
        returning account_id, bucket_start`)) as unknown as Rows<{
        account_id: string;
        bucket_start: string | Date;
      }>;
      const byAccount = new Map<string, Date[]>();
      for (const row of result.rows) {
        const hours = byAccount.get(row.account_id) ?? [];
        hours.push(new Date(row.bucket_start));
        byAccount.set(row.account_id, hours);
      }
      for (const [account, hours] of byAccount) await recomputeHours(tx, account, hours);
      return result.rows.length;
    });
    refreshed += claimed;
    if (claimed < HOURS_PER_BATCH) return refreshed;
  }
}

/** Marks every hour that has calls dirty: after a bulk load that bypassed the write path. */
export async function markAllHoursDirty(db: Database, accountId: string) {
  await db.execute(sql`
    insert into call_stats_dirty (account_id, bucket_start)
    select distinct account_id, ${utcHour(sql`started_at`)} from calls where account_id = ${accountId}
    on conflict do nothing`);
}

/** Keeps rollups fresh between reports, so a report seldom has more than the current hour to redo. */
export function startRollupRefresher(db: Database, log: FastifyBaseLogger): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    refreshDirtyHours(db)
      .catch((error) => log.error({ err: error }, 'report rollup refresh failed'))
      .finally(() => {
        running = false;
      });
  }, BACKGROUND_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
