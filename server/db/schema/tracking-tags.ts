import { index, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../columns';
import { accounts } from './accounts';
import { pools } from './pools';
import { publishers } from './publishers';

/** A DNI tag: the snippet a website embeds, tied to one pool. `code` is public (it is in the page). */
export const trackingTags = pgTable(
  'tracking_tags',
  {
    id: idColumn('tag'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    poolId: text('pool_id')
      .notNull()
      .references(() => pools.id, { onDelete: 'cascade' }),
    /** Calls attributed to a visit of this tag belong to this publisher. */
    publisherId: text('publisher_id').references(() => publishers.id, { onDelete: 'set null' }),
    defaultNumber: text('default_number').notNull(),
    selector: text('selector'),
    numberFormat: text('number_format').notNull().default('(###) ###-####'),
    clickIdParams: jsonb('click_id_params').$type<string[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('tracking_tags_code_unique').on(table.code),
    index('tracking_tags_account_idx').on(table.accountId),
  ],
);

export type TrackingTagRow = typeof trackingTags.$inferSelect;
