import { index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../columns';
import { accounts } from './accounts';
import { campaigns } from './campaigns';

export const trackingNumbers = pgTable(
  'tracking_numbers',
  {
    id: idColumn('num'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    // Globally unique: the carrier routes a number to exactly one place.
    phoneNumber: text('phone_number').notNull(),
    name: text('name'),
    campaignId: text('campaign_id').references(() => campaigns.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('tracking_numbers_phone_unique').on(table.phoneNumber),
    index('tracking_numbers_account_idx').on(table.accountId),
    index('tracking_numbers_campaign_idx').on(table.campaignId),
  ],
);

export type TrackingNumberRow = typeof trackingNumbers.$inferSelect;
