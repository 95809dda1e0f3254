import { index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../columns';
import { accounts } from './accounts';
import { agents } from './agents';
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
    role: text('role', { enum: ['owner', 'manager', 'viewer', 'publisher', 'agent'] }).notNull(),
    /** Set for role `publisher`: the one publisher whose calls this user may see. */
    publisherId: text('publisher_id').references(() => publishers.id, { onDelete: 'cascade' }),
    /** Users with the agent role see only this agent's view. */
    agentId: text('agent_id').references(() => agents.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('users_email_unique').on(table.email),
    index('users_account_idx').on(table.accountId),
  ],
);

export type UserRow = typeof users.$inferSelect;
