import { index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../columns';
import { accounts } from './accounts';
import { publishers } from './publishers';

export const users = pgTable(
  'users',
  {
    id: idColumn('usr'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    name: text('name'),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ['owner', 'manager', 'viewer', 'publisher'] }).notNull(),
    /** Set for role `publisher`: the one publisher whose calls this user may see. */
    publisherId: text('publisher_id').references(() => publishers.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('users_email_unique').on(table.email),
    index('users_account_idx').on(table.accountId),
  ],
);

export type UserRow = typeof users.$inferSelect;
