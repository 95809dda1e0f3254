import { boolean, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { BidAdjustment, InboundWarning, TagFilter } from '../../../contracts/inbound-rtb';
import { createdAt, idColumn, updatedAt } from '../columns';
import { accounts } from './accounts';
import { campaigns } from './campaigns';
import { publishers } from './publishers';
import { rtbRouters } from './rtb';
import { targets } from './targets';

/** How a campaign answers publishers' pings; no row means the defaults. */
export const campaignInboundRtb = pgTable('campaign_inbound_rtb', {
  campaignId: text('campaign_id')
    .primaryKey()
    .references(() => campaigns.id, { onDelete: 'cascade' }),
  accountId: text('account_id')
    .notNull()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  callerIdRequired: boolean('caller_id_required').notNull().default(false),
  rateLimitMax: integer('rate_limit_max'),
  rateLimitSeconds: integer('rate_limit_seconds').notNull().default(60),
  /** The fixed rate-limit window in progress (epoch / window length) and the pings counted in it. */
  windowStart: integer('window_start').notNull().default(0),
  windowCount: integer('window_count').notNull().default(0),
  bidExpireSeconds: integer('bid_expire_seconds').notNull().default(60),
  staleBid: text('stale_bid', { enum: ['route_and_pay', 'route_no_pay', 'reject'] })
    .notNull()
    .default('route_no_pay'),
  maxBidCents: integer('max_bid_cents'),
  bidAdjustments: jsonb('bid_adjustments').$type<BidAdjustment[]>().notNull().default([]),
  tagFilters: jsonb('tag_filters').$type<TagFilter[]>().notNull().default([]),
  updatedAt: updatedAt(),
});

/** Every ping a publisher sent, accepted or not; an accepted one is a bid a later call can claim. */
export const inboundPings = pgTable(
  'inbound_pings',
  {
    id: idColumn('ibp'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    campaignId: text('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    publisherId: text('publisher_id').references(() => publishers.id, { onDelete: 'set null' }),
    callerMasked: text('caller_masked'),
    /** SHA-256 of the E.164 caller id: matches the later call without storing the number. */
    callerHash: text('caller_hash'),
    tags: jsonb('tags').$type<Record<string, string>>().notNull().default({}),
    accepted: boolean('accepted').notNull(),
    bidAmountCents: integer('bid_amount_cents').notNull().default(0),
    rejectReason: text('reject_reason'),
    errorCode: integer('error_code'),
    warnings: jsonb('warnings').$type<InboundWarning[]>().notNull().default([]),
    /** What the bid reserved: a target of the plan, or the auction held at a router. */
    targetId: text('target_id').references(() => targets.id, { onDelete: 'set null' }),
    routerId: text('router_id').references(() => rtbRouters.id, { onDelete: 'set null' }),
    phoneNumber: text('phone_number'),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    /** A repeated ping answered from this earlier bid (warning 230). */
    repeatOfId: text('repeat_of_id'),
    /** The call that claimed this bid. */
    callId: text('call_id'),
    createdAt: createdAt(),
  },
  (table) => [
    index('inbound_pings_caller_idx').on(table.campaignId, table.callerHash, table.createdAt),
    index('inbound_pings_account_created_idx').on(table.accountId, table.createdAt),
  ],
);

export type CampaignInboundRtbRow = typeof campaignInboundRtb.$inferSelect;
export type InboundPingRow = typeof inboundPings.$inferSelect;
