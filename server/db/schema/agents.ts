import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { Skill } from '../../../contracts/agents';
import { createdAt, idColumn, updatedAt } from '../columns';
import { accounts } from './accounts';
import { calls } from './calls';
import { campaigns } from './campaigns';

/**
 * A person who takes calls. `status` is what they chose (available | offline | break); `live` counts
 * the calls ringing or connected to them right now, taken by one conditional UPDATE so it never
 * passes `max_concurrent`; `wrap_up_until` holds them after a call.
 */
export const agents = pgTable(
  'agents',
  {
    id: idColumn('agt'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email'),
    destination: text('destination').notNull(),
    skills: jsonb('skills').$type<Skill[]>().notNull().default([]),
    status: text('status', { enum: ['available', 'offline', 'break'] })
      .notNull()
      .default('offline'),
    maxConcurrent: integer('max_concurrent').notNull().default(1),
    live: integer('live').notNull().default(0),
    missedInARow: integer('missed_in_a_row').notNull().default(0),
    wrapUpUntil: timestamp('wrap_up_until', { withTimezone: true }),
    /** When a call was last offered (round robin) and last ended (longest idle). */
    lastOfferedAt: timestamp('last_offered_at', { withTimezone: true }),
    lastCallEndedAt: timestamp('last_call_ended_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('agents_account_idx').on(table.accountId),
    check('agents_live_not_negative', sql`${table.live} >= 0`),
  ],
);

export const agentGroups = pgTable(
  'agent_groups',
  {
    id: idColumn('agg'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    strategy: text('strategy', { enum: ['longest_idle', 'round_robin', 'most_skilled', 'priority'] })
      .notNull()
      .default('longest_idle'),
    requiredSkills: jsonb('required_skills').$type<Skill[]>().notNull().default([]),
    wrapUpSeconds: integer('wrap_up_seconds').notNull().default(30),
    ringTimeoutSeconds: integer('ring_timeout_seconds').notNull().default(20),
    missesBeforeBreak: integer('misses_before_break').notNull().default(3),
    maxWaitSeconds: integer('max_wait_seconds').notNull().default(300),
    holdAudioUrl: text('hold_audio_url'),
    holdMessage: text('hold_message'),
    announcePosition: boolean('announce_position').notNull().default(true),
    timeoutAction: text('timeout_action', { enum: ['fallback_number', 'voicemail', 'hangup'] })
      .notNull()
      .default('hangup'),
    timeoutNumber: text('timeout_number'),
    timeoutMessage: text('timeout_message'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('agent_groups_account_idx').on(table.accountId)],
);

/** A group's agents in priority order. */
export const agentGroupMembers = pgTable(
  'agent_group_members',
  {
    groupId: text('group_id')
      .notNull()
      .references(() => agentGroups.id, { onDelete: 'cascade' }),
    agentId: text('agent_id')
      .notNull()
      .references(() => agents.id, { onDelete: 'cascade' }),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.groupId, table.agentId] }),
    index('agent_group_members_agent_idx').on(table.agentId),
  ],
);

/**
 * A call's place in a group: from the moment the plan sends it there until an agent answers, the
 * wait runs out or the caller hangs up. Oldest first is the order agents are offered to callers.
 */
export const agentQueueEntries = pgTable(
  'agent_queue_entries',
  {
    id: idColumn('aqe'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    callId: text('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    groupId: text('group_id')
      .notNull()
      .references(() => agentGroups.id, { onDelete: 'cascade' }),
    /** Skills a call flow adds for this caller (a Menu choice "Spanish", say). */
    extraSkills: jsonb('extra_skills').$type<Skill[]>().notNull().default([]),
    /** waiting | ringing | answered | timeout */
    state: text('state').notNull().default('waiting'),
    enqueuedAt: timestamp('enqueued_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** The last position announced, so the trace only grows when it changes. */
    position: integer('position'),
  },
  (table) => [
    uniqueIndex('agent_queue_entries_call_unique').on(table.callId),
    index('agent_queue_entries_group_idx').on(table.groupId, table.enqueuedAt),
    index('agent_queue_entries_account_idx').on(table.accountId, table.enqueuedAt),
  ],
);

/** Agent groups in a campaign's routing plan; `position` is shared with campaign_routes. */
export const campaignAgentGroupRoutes = pgTable(
  'campaign_agent_group_routes',
  {
    campaignId: text('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    agentGroupId: text('agent_group_id')
      .notNull()
      .references(() => agentGroups.id, { onDelete: 'cascade' }),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    priority: integer('priority').notNull(),
    weight: integer('weight').notNull(),
    position: integer('position').notNull(),
  },
  (table) => [primaryKey({ columns: [table.campaignId, table.agentGroupId] })],
);

export type AgentRow = typeof agents.$inferSelect;
export type AgentGroupRow = typeof agentGroups.$inferSelect;
export type AgentQueueEntryRow = typeof agentQueueEntries.$inferSelect;
