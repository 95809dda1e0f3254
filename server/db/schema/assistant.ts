import { index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../columns';
import { accounts } from './accounts';
import { calls } from './calls';
import { users } from './users';

/**
 * A help-assistant conversation belongs to one person in one account. API keys act for the
 * account, not a person: their conversations have no user and are shared by the account's keys.
 */
export const assistantConversations = pgTable(
  'assistant_conversations',
  {
    id: idColumn('cnv'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('assistant_conversations_owner_idx').on(table.accountId, table.userId, table.updatedAt)],
);

/** The question, or the answer with the passages it drew on, how it was made and the asker's rating. */
export const assistantMessages = pgTable(
  'assistant_messages',
  {
    id: idColumn('msg'),
    conversationId: text('conversation_id')
      .notNull()
      .references(() => assistantConversations.id, { onDelete: 'cascade' }),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['user', 'assistant'] }).notNull(),
    content: text('content').notNull(),
    /** Answers only: `online` (Claude) or `offline` (local search). */
    mode: text('mode', { enum: ['online', 'offline'] }),
    sources: jsonb('sources').$type<{ slug: string; sectionId: string; title: string }[]>(),
    callId: text('call_id').references(() => calls.id, { onDelete: 'set null' }),
    feedback: text('feedback', { enum: ['up', 'down'] }),
    feedbackAt: timestamp('feedback_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [index('assistant_messages_conversation_idx').on(table.conversationId, table.createdAt)],
);

export type AssistantConversationRow = typeof assistantConversations.$inferSelect;
export type AssistantMessageRow = typeof assistantMessages.$inferSelect;
