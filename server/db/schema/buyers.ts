import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../columns';
import { accounts } from './accounts';

export const buyers = pgTable(
  'buyers',
  {
    id: idColumn('buy'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    company: text('company'),
    email: text('email'),
    phone: text('phone'),
    status: text('status', { enum: ['active', 'paused'] })
      .notNull()
      .default('active'),
    notes: text('notes'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('buyers_account_idx').on(table.accountId)],
);

export type BuyerRow = typeof buyers.$inferSelect;
