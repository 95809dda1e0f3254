import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { ResponseMappingInput, RtbCaps, RtbRateLimits } from '../../../contracts/rtb';
import { createdAt, idColumn, updatedAt, usageColumns } from '../columns';
import { accounts } from './accounts';
import { buyers } from './buyers';

/** An outside buyer pinged for a bid on each call (real-time bidding). */
export const rtbTargets = pgTable(
  'rtb_targets',
  {
    id: idColumn('rtbt'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    buyerId: text('buyer_id').references(() => buyers.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    endpointUrl: text('endpoint_url').notNull(),
    method: text('method', { enum: ['POST', 'GET'] })
      .notNull()
      .default('POST'),
    contentType: text('content_type').notNull().default('application/json'),
    headers: jsonb('headers').$type<Record<string, string>>().notNull().default({}),
    requestTemplate: text('request_template').notNull().default(''),
    responseMapping: jsonb('response_mapping')
      .$type<z.infer<typeof ResponseMappingInput>>()
      .notNull()
      .default({}),
    timeoutMs: integer('timeout_ms').notNull().default(1500),
    minBidCents: integer('min_bid_cents').notNull().default(0),
    maxBidCents: integer('max_bid_cents'),
    currency: text('currency').notNull().default('USD'),
    caps: jsonb('caps').$type<z.infer<typeof RtbCaps>>().notNull().default({}),
    rateLimits: jsonb('rate_limits').$type<z.infer<typeof RtbRateLimits>>().notNull().default({}),
    authType: text('auth_type', { enum: ['none', 'header', 'hmac'] })
      .notNull()
      .default('none'),
    authHeaderName: text('auth_header_name'),
    /** The header value or HMAC secret, sealed with AES-256-GCM (never stored or returned in clear). */
    authSecretSealed: text('auth_secret_sealed'),
    callerIdPolicy: text('caller_id_policy', { enum: ['passthrough', 'fixed', 'campaign_default'] })
      .notNull()
      .default('passthrough'),
    callerIdNumber: text('caller_id_number'),
    forceE164: boolean('force_e164').notNull().default(false),
    sipHeaders: jsonb('sip_headers').$type<Record<string, string>>().notNull().default({}),
    dtmfOnAnswer: text('dtmf_on_answer'),
    status: text('status', { enum: ['active', 'paused'] })
      .notNull()
      .default('active'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('rtb_targets_account_idx').on(table.accountId)],
);

/** A named group of RTB targets auctioned together, with its auction settings. */
export const rtbRouters = pgTable(
  'rtb_routers',
  {
    id: idColumn('rtbr'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    reserveCents: integer('reserve_cents').notNull().default(0),
    auctionTimeoutMs: integer('auction_timeout_ms').notNull().default(1500),
    requireCallerId: boolean('require_caller_id').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('rtb_routers_account_idx').on(table.accountId)],
);

export const rtbRouterTargets = pgTable(
  'rtb_router_targets',
  {
    routerId: text('router_id')
      .notNull()
      .references(() => rtbRouters.id, { onDelete: 'cascade' }),
    rtbTargetId: text('rtb_target_id')
      .notNull()
      .references(() => rtbTargets.id, { onDelete: 'cascade' }),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    priority: integer('priority').notNull(),
    weight: integer('weight').notNull(),
    position: integer('position').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.routerId, table.rtbTargetId] }),
    index('rtb_router_targets_target_idx').on(table.rtbTargetId),
  ],
);

/** Live calls and period counts of an RTB target, claimed like a target's (see target_usage). */
export const rtbTargetUsage = pgTable('rtb_target_usage', {
  targetId: text('target_id')
    .primaryKey()
    .references(() => rtbTargets.id, { onDelete: 'cascade' }),
  ...usageColumns(),
});

/** Every ping of an auction: what was sent (caller masked), what came back, and how it was judged. */
export const rtbBidRequests = pgTable(
  'rtb_bid_requests',
  {
    id: idColumn('bid'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    callId: text('call_id'),
    routerId: text('router_id').references(() => rtbRouters.id, { onDelete: 'set null' }),
    rtbTargetId: text('rtb_target_id').references(() => rtbTargets.id, { onDelete: 'set null' }),
    request: jsonb('request').$type<{ url: string; method: string; body: string | null }>().notNull(),
    sent: boolean('sent').notNull(),
    latencyMs: integer('latency_ms'),
    httpStatus: integer('http_status'),
    responseExcerpt: text('response_excerpt'),
    amountCents: integer('amount_cents'),
    destination: text('destination'),
    sipAddress: text('sip_address'),
    valid: boolean('valid').notNull(),
    reason: text('reason'),
    message: text('message'),
    /** 1 for the best valid bid; null for invalid ones. */
    rank: integer('rank'),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    durationSeconds: integer('duration_seconds'),
    /** The bid was dialed (won, or tried after a better one went unanswered). */
    dialed: boolean('dialed').notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [
    index('rtb_bid_requests_account_created_idx').on(table.accountId, table.createdAt),
    index('rtb_bid_requests_call_idx').on(table.callId),
    index('rtb_bid_requests_target_created_idx').on(table.rtbTargetId, table.createdAt),
  ],
);

export type RtbTargetRow = typeof rtbTargets.$inferSelect;
export type RtbBidRequestRow = typeof rtbBidRequests.$inferSelect;
export type RtbRouterRow = typeof rtbRouters.$inferSelect;
