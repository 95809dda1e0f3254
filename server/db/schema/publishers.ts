import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../columns';
import { accounts } from './accounts';

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
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('publishers_account_idx').on(table.accountId)],
);

export type PublisherRow = typeof publishers.$inferSelect;
