import { index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, idColumn } from '../columns';
import { accounts } from './accounts';
import { users } from './users';

/** API keys are stored as SHA-256 hashes; only the prefix stays readable so users can tell keys apart. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: idColumn('key'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    createdByUserId: text('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('api_keys_hash_unique').on(table.keyHash),
    index('api_keys_account_idx').on(table.accountId),
  ],
);

export type ApiKeyRow = typeof apiKeys.$inferSelect;
