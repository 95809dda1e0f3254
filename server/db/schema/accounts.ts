import { pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../columns';

export const accounts = pgTable('accounts', {
  id: idColumn('acc'),
  name: text('name').notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export type AccountRow = typeof accounts.$inferSelect;
