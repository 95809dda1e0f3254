import { boolean, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt } from '../columns';
import { accounts } from './accounts';
import { pools } from './pools';
import { trackingNumbers } from './tracking-numbers';
import { trackingTags } from './tracking-tags';

/**
 * A website visit holding a pool number. `id` is the visitor session id the snippet keeps in a
 * first-party cookie; the row is also the assignment history a call is attributed from.
 */
export const dniSessions = pgTable(
  'dni_sessions',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    tagId: text('tag_id')
      .notNull()
      .references(() => trackingTags.id, { onDelete: 'cascade' }),
    poolId: text('pool_id')
      .notNull()
      .references(() => pools.id, { onDelete: 'cascade' }),
    numberId: text('number_id').references(() => trackingNumbers.id, { onDelete: 'set null' }),
    /** The number was given while another live session still held it (pool exhausted). */
    collision: boolean('collision').notNull().default(false),
    landingPage: text('landing_page'),
    referrer: text('referrer'),
    utmSource: text('utm_source'),
    utmMedium: text('utm_medium'),
    utmCampaign: text('utm_campaign'),
    utmTerm: text('utm_term'),
    utmContent: text('utm_content'),
    clickIds: jsonb('click_ids').$type<Record<string, string>>().notNull().default({}),
    geo: jsonb('geo').$type<{ country?: string; region?: string; city?: string }>(),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    index('dni_sessions_number_seen_idx').on(table.numberId, table.lastSeenAt),
    index('dni_sessions_pool_expires_idx').on(table.poolId, table.expiresAt),
  ],
);

export type DniSessionRow = typeof dniSessions.$inferSelect;
