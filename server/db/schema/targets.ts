import { index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { WeeklySchedule } from '../../../contracts/schedule';
import type { Caps, Criteria } from '../../../contracts/targets';
import { createdAt, idColumn, updatedAt } from '../columns';
import { accounts } from './accounts';
import { buyers } from './buyers';

export const targets = pgTable(
  'targets',
  {
    id: idColumn('tgt'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    buyerId: text('buyer_id')
      .notNull()
      .references(() => buyers.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    destination: text('destination').notNull(),
    sipHeaders: jsonb('sip_headers').$type<Record<string, string>>(),
    status: text('status', { enum: ['active', 'paused'] })
      .notNull()
      .default('active'),
    timezone: text('timezone').notNull().default('America/New_York'),
    schedule: jsonb('schedule').$type<WeeklySchedule>(),
    caps: jsonb('caps').$type<Caps>().notNull().default({}),
    capCounts: text('cap_counts', { enum: ['routed', 'converted'] })
      .notNull()
      .default('routed'),
    revenueCents: integer('revenue_cents').notNull().default(0),
    conversionSeconds: integer('conversion_seconds').notNull().default(60),
    dialTimeoutSeconds: integer('dial_timeout_seconds').notNull().default(30),
    callerIdPolicy: text('caller_id_policy', { enum: ['passthrough', 'fixed', 'campaign_default'] })
      .notNull()
      .default('passthrough'),
    callerIdNumber: text('caller_id_number'),
    criteria: jsonb('criteria').$type<Criteria>().notNull().default({}),
    notes: text('notes'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('targets_account_idx').on(table.accountId), index('targets_buyer_idx').on(table.buyerId)],
);

export type TargetRow = typeof targets.$inferSelect;
