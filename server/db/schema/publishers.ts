import { index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt, usageColumns } from '../columns';
import { accounts } from './accounts';
import { campaigns } from './campaigns';

/** Publishers bring calls; every call carries the publisher it came from and what it pays them. */
export const publishers = pgTable(
  'publishers',
  {
    id: idColumn('pub'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    company: text('company'),
    email: text('email'),
    status: text('status', { enum: ['active', 'paused'] })
      .notNull()
      .default('active'),
    defaultPayoutCents: integer('default_payout_cents').notNull().default(0),
    /** Optional secret the publisher sends with inbound RTB pings (`key`); null accepts pings without one. */
    rtbKey: text('rtb_key'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('publishers_account_idx').on(table.accountId)],
);

/** What a publisher earns for a call to one campaign, when it qualifies, and how often. */
export const publisherPayoutRules = pgTable(
  'publisher_payout_rules',
  {
    id: idColumn('ppr'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    publisherId: text('publisher_id')
      .notNull()
      .references(() => publishers.id, { onDelete: 'cascade' }),
    campaignId: text('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    payoutCents: integer('payout_cents').notNull().default(0),
    trigger: text('trigger', { enum: ['incoming', 'connected', 'converted', 'duration'] })
      .notNull()
      .default('converted'),
    minDurationSeconds: integer('min_duration_seconds').notNull().default(0),
    /** When set, the payout is this share of the call's revenue (or of the winning bid) instead. */
    revenueSharePercent: integer('revenue_share_percent'),
    capDaily: integer('cap_daily'),
    capMonthly: integer('cap_monthly'),
    capTotal: integer('cap_total'),
    duplicateRule: text('duplicate_rule', { enum: ['pay_all', 'never', 'after'] })
      .notNull()
      .default('pay_all'),
    duplicateSeconds: integer('duplicate_seconds').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('publisher_payout_rules_pair_unique').on(table.publisherId, table.campaignId),
    index('publisher_payout_rules_account_idx').on(table.accountId),
  ],
);

/**
 * Paid calls counted against a payout rule's caps, in the shape of target_usage so the same atomic
 * claim (routing/repository claimUsage) serves both; `target_id` holds the payout rule's id, and
 * `live` (which the claim also counts) means nothing here: a payout has no concurrency.
 */
export const payoutRuleUsage = pgTable('payout_rule_usage', {
  targetId: text('target_id')
    .primaryKey()
    .references(() => publisherPayoutRules.id, { onDelete: 'cascade' }),
  ...usageColumns(),
});

export type PublisherRow = typeof publishers.$inferSelect;
export type PublisherPayoutRuleRow = typeof publisherPayoutRules.$inferSelect;
