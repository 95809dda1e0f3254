import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { PixelTagFilter } from '../../../contracts/pixels';
import { createdAt, idColumn, updatedAt } from '../columns';
import { accounts } from './accounts';
import { calls } from './calls';
import { campaigns } from './campaigns';

/** An outside tracker told about calls: which events, for which calls, and the request to send. */
export const pixels = pgTable(
  'pixels',
  {
    id: idColumn('pix'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** incoming | routed | connected | converted | completed | no_answer | rtb_won | payout */
    events: text('events').array().notNull(),
    /** Null: every campaign of the account. */
    campaignId: text('campaign_id').references(() => campaigns.id, { onDelete: 'cascade' }),
    tagFilters: jsonb('tag_filters').$type<PixelTagFilter[]>().notNull().default([]),
    method: text('method', { enum: ['GET', 'POST'] })
      .notNull()
      .default('GET'),
    url: text('url').notNull(),
    contentType: text('content_type').notNull().default('application/json'),
    headers: jsonb('headers').$type<Record<string, string>>().notNull().default({}),
    body: text('body').notNull().default(''),
    enabled: boolean('enabled').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('pixels_account_idx').on(table.accountId)],
);

/**
 * The durable delivery queue and its log in one table: a row is enqueued when its call event
 * happens (one per pixel, call and event), claimed by a worker when due, and keeps what the last
 * attempt sent and got back.
 */
export const pixelDeliveries = pgTable(
  'pixel_deliveries',
  {
    id: idColumn('pxd'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    pixelId: text('pixel_id')
      .notNull()
      .references(() => pixels.id, { onDelete: 'cascade' }),
    /** Null for a "send test" delivery. */
    callId: text('call_id').references(() => calls.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    /** pending | delivered | failed | skipped */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** When a pending row is due; a claimed row's lease runs until then. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** What was sent last, caller masked. */
    request: jsonb('request').$type<{ url: string; method: string; body: string | null }>(),
    httpStatus: integer('http_status'),
    latencyMs: integer('latency_ms'),
    responseExcerpt: text('response_excerpt'),
    error: text('error'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    // Each event fires once per pixel and call, however often Twilio repeats its callbacks.
    uniqueIndex('pixel_deliveries_once_unique').on(table.pixelId, table.callId, table.event),
    index('pixel_deliveries_due_idx').on(table.nextAttemptAt).where(sql`${table.status} = 'pending'`),
    index('pixel_deliveries_account_idx').on(table.accountId, table.createdAt.desc()),
  ],
);

/** The secret in an account's conversion postback URL: hashed to find it, sealed to show it again. */
export const postbackTokens = pgTable(
  'postback_tokens',
  {
    accountId: text('account_id')
      .primaryKey()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    tokenSealed: text('token_sealed').notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('postback_tokens_hash_unique').on(table.tokenHash)],
);

export type PixelRow = typeof pixels.$inferSelect;
export type PixelDeliveryRow = typeof pixelDeliveries.$inferSelect;
