import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { SavedViewParams } from '../../../contracts/stats';
import { createdAt, idColumn } from '../columns';
import { accounts } from './accounts';
import { users } from './users';

const sum = (name: string) => bigint(name, { mode: 'number' }).notNull().default(0);
const count = (name: string) => integer(name).notNull().default(0);

/**
 * The call figures of one UTC hour, once for all calls (`dimension` 'all') and once per value of
 * each report dimension. Never updated in place: a dirty hour is deleted and recomputed from
 * `calls`, so late or repeated status callbacks cannot make it drift.
 */
export const callStatsHourly = pgTable(
  'call_stats_hourly',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    dimension: text('dimension').notNull(),
    bucketStart: timestamp('bucket_start', { withTimezone: true }).notNull(),
    /** The id or value, '' when the call has none. */
    dimensionValue: text('dimension_value').notNull(),
    calls: count('calls'),
    answered: count('answered'),
    converted: count('converted'),
    revenueCents: sum('revenue_cents'),
    payoutCents: sum('payout_cents'),
    durationSeconds: sum('duration_seconds'),
    durationCalls: count('duration_calls'),
    auctions: count('auctions'),
    bids: count('bids'),
    wins: count('wins'),
    bidCents: sum('bid_cents'),
  },
  (table) => [
    primaryKey({ columns: [table.accountId, table.dimension, table.bucketStart, table.dimensionValue] }),
  ],
);

/** Hours whose rollup rows are stale: marked in the same statement as the call write. */
export const callStatsDirty = pgTable(
  'call_stats_dirty',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    bucketStart: timestamp('bucket_start', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.accountId, table.bucketStart] })],
);

/** A user's named report settings (group-by, filters, range). */
export const savedReportViews = pgTable(
  'saved_report_views',
  {
    id: idColumn('view'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    params: jsonb('params').$type<SavedViewParams>().notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('saved_report_views_user_idx').on(table.accountId, table.userId)],
);
