import { index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../columns';
import { accounts } from './accounts';
import { campaigns } from './campaigns';
import { publishers } from './publishers';

/** A pool of tracking numbers handed to website visitors one at a time (dynamic number insertion). */
export const pools = pgTable(
  'pools',
  {
    id: idColumn('pool'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    campaignId: text('campaign_id').references(() => campaigns.id, { onDelete: 'set null' }),
    publisherId: text('publisher_id').references(() => publishers.id, { onDelete: 'set null' }),
    sessionTtlMinutes: integer('session_ttl_minutes').notNull().default(30),
    onExhausted: text('on_exhausted', { enum: ['reuse_oldest', 'show_default'] })
      .notNull()
      .default('reuse_oldest'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('pools_account_name_unique').on(table.accountId, table.name),
    index('pools_campaign_idx').on(table.campaignId),
  ],
);

export type PoolRow = typeof pools.$inferSelect;
