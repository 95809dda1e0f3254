import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../columns';
import { accounts } from './accounts';
import { campaigns } from './campaigns';
import { pools } from './pools';
import { publishers } from './publishers';

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
    poolId: text('pool_id').references(() => pools.id, { onDelete: 'set null' }),
    /** The publisher whose calls this number carries. */
    publisherId: text('publisher_id').references(() => publishers.id, { onDelete: 'set null' }),
    /** Who provisioned it: 'twilio' or 'sandbox' (bought here), null when imported. */
    provider: text('provider'),
    providerSid: text('provider_sid'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('tracking_numbers_phone_unique').on(table.phoneNumber),
    index('tracking_numbers_account_idx').on(table.accountId),
    index('tracking_numbers_campaign_idx').on(table.campaignId),
    index('tracking_numbers_pool_idx').on(table.poolId),
    // A pooled number is routed by its pool's campaign, never also directly.
    check('tracking_numbers_pool_or_campaign', sql`${table.poolId} is null or ${table.campaignId} is null`),
  ],
);

export type TrackingNumberRow = typeof trackingNumbers.$inferSelect;
