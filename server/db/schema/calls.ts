import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { TraceEntry, TwimlEntry } from '../../../contracts/calls';
import { createdAt, idColumn, updatedAt, usageColumns } from '../columns';
import { accounts } from './accounts';
import { agents } from './agents';
import { buyers } from './buyers';
import { campaigns } from './campaigns';
import { publishers } from './publishers';
import { rtbTargets } from './rtb';
import { targets } from './targets';
import { trackingNumbers } from './tracking-numbers';

export const calls = pgTable(
  'calls',
  {
    id: idColumn('call'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    callSid: text('call_sid').notNull(),
    campaignId: text('campaign_id').references(() => campaigns.id, { onDelete: 'set null' }),
    numberId: text('number_id').references(() => trackingNumbers.id, { onDelete: 'set null' }),
    targetId: text('target_id').references(() => targets.id, { onDelete: 'set null' }),
    buyerId: text('buyer_id').references(() => buyers.id, { onDelete: 'set null' }),
    publisherId: text('publisher_id').references(() => publishers.id, { onDelete: 'set null' }),
    fromNumber: text('from_number').notNull(),
    toNumber: text('to_number').notNull(),
    fromCity: text('from_city'),
    fromState: text('from_state'),
    fromZip: text('from_zip'),
    status: text('status').notNull().default('ringing'),
    /** routed | fallback | rejected | no_route */
    outcome: text('outcome'),
    isDuplicate: boolean('is_duplicate').notNull().default(false),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    durationSeconds: integer('duration_seconds'),
    connectedSeconds: integer('connected_seconds'),
    converted: boolean('converted').notNull().default(false),
    revenueCents: integer('revenue_cents').notNull().default(0),
    payoutCents: integer('payout_cents').notNull().default(0),
    /** How the payout was decided (publishers module): null until it is, then paid | capped | unpaid. */
    payoutState: text('payout_state'),
    payoutNote: text('payout_note'),
    /** The inbound RTB bid (inbound_pings.id) this call answers, when a publisher pinged first. */
    inboundPingId: text('inbound_ping_id'),
    recordingUrl: text('recording_url'),
    recordingSid: text('recording_sid'),
    recordingDurationSeconds: integer('recording_duration_seconds'),
    /** DNI attribution: the website visit that held the dialed pool number when the call came in. */
    dniSessionId: text('dni_session_id'),
    utmSource: text('utm_source'),
    utmMedium: text('utm_medium'),
    utmCampaign: text('utm_campaign'),
    utmTerm: text('utm_term'),
    utmContent: text('utm_content'),
    clickIds: jsonb('click_ids').$type<Record<string, string>>(),
    landingPage: text('landing_page'),
    referrer: text('referrer'),
    visitorGeo: jsonb('visitor_geo').$type<{ country?: string; region?: string; city?: string }>(),
    trace: jsonb('trace').$type<TraceEntry[]>().notNull().default([]),
    twiml: jsonb('twiml').$type<TwimlEntry[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('calls_call_sid_unique').on(table.callSid),
    index('calls_account_started_idx').on(table.accountId, table.startedAt.desc(), table.id.desc()),
    index('calls_campaign_caller_idx').on(table.campaignId, table.fromNumber, table.startedAt),
  ],
);

/** One dial of one target for a call; `live` rows are what concurrency caps count. */
export const callAttempts = pgTable(
  'call_attempts',
  {
    id: idColumn('att'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    callId: text('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    /** The buyer target dialed; null when the attempt dials an RTB bid. */
    targetId: text('target_id').references(() => targets.id, { onDelete: 'cascade' }),
    rtbTargetId: text('rtb_target_id').references(() => rtbTargets.id, { onDelete: 'set null' }),
    /** The agent dialed, when the plan sent the call to an agent group. */
    agentId: text('agent_id').references((): AnyPgColumn => agents.id, { onDelete: 'set null' }),
    bidRequestId: text('bid_request_id'),
    /** Fixed when dialed: what a conversion earns and the connected seconds it takes. */
    revenueCents: integer('revenue_cents').notNull().default(0),
    conversionSeconds: integer('conversion_seconds').notNull().default(0),
    attempt: integer('attempt').notNull(),
    destination: text('destination').notNull(),
    dialCallSid: text('dial_call_sid'),
    status: text('status').notNull().default('ringing'),
    live: boolean('live').notNull().default(true),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    connectedSeconds: integer('connected_seconds'),
  },
  (table) => [
    uniqueIndex('call_attempts_call_attempt_unique').on(table.callId, table.attempt),
    // The stale-attempt sweeper looks for old live rows; live rows are few, so the index stays small.
    index('call_attempts_live_idx').on(table.startedAt).where(sql`${table.live}`),
    index('call_attempts_agent_idx').on(table.agentId, table.startedAt),
  ],
);

/**
 * What counts against a target's caps right now: live calls and the count of the current hour,
 * day and month (bucket keys in the target's timezone) plus all time. One row per target, so a
 * claim is a single conditional upsert that the database serialises per target.
 */
export const targetUsage = pgTable('target_usage', {
  targetId: text('target_id')
    .primaryKey()
    .references(() => targets.id, { onDelete: 'cascade' }),
  ...usageColumns(),
});

export type CallRow = typeof calls.$inferSelect;
export type CallAttemptRow = typeof callAttempts.$inferSelect;
