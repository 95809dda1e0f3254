import { boolean, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, randomToken, updatedAt } from '../columns';
import { accounts } from './accounts';
import { rtbRouters } from './rtb';
import { targets } from './targets';

export const campaigns = pgTable(
  'campaigns',
  {
    id: idColumn('cmp'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description'),
    status: text('status', { enum: ['draft', 'active', 'paused', 'completed'] })
      .notNull()
      .default('draft'),
    vertical: text('vertical'),
    timezone: text('timezone').notNull().default('America/New_York'),
    routingStrategy: text('routing_strategy', { enum: ['weighted', 'round_robin'] })
      .notNull()
      .default('weighted'),
    fallbackNumber: text('fallback_number'),
    fallbackMessage: text('fallback_message'),
    record: boolean('record').notNull().default(false),
    duplicateWindowHours: integer('duplicate_window_hours').notNull().default(0),
    duplicateAction: text('duplicate_action', { enum: ['route_normally', 'same_target', 'reject'] })
      .notNull()
      .default('route_normally'),
    payoutCents: integer('payout_cents').notNull().default(0),
    defaultCallerId: text('default_caller_id'),
    /** Public, unguessable id publishers use to ping this campaign (`/api/rtb/v1/:rtbId`). */
    rtbId: text('rtb_id')
      .notNull()
      .$defaultFn(() => randomToken(24)),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('campaigns_account_idx').on(table.accountId),
    uniqueIndex('campaigns_rtb_id_unique').on(table.rtbId),
  ],
);

/** The routing plan: one row per target in a campaign, in the order the user arranged them. */
export const campaignRoutes = pgTable(
  'campaign_routes',
  {
    campaignId: text('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    targetId: text('target_id')
      .notNull()
      .references(() => targets.id, { onDelete: 'cascade' }),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    priority: integer('priority').notNull(),
    weight: integer('weight').notNull(),
    position: integer('position').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.campaignId, table.targetId] }),
    index('campaign_routes_target_idx').on(table.targetId),
  ],
);

/** RTB routers in a campaign's routing plan; `position` is shared with campaign_routes. */
export const campaignRtbRoutes = pgTable(
  'campaign_rtb_routes',
  {
    campaignId: text('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    rtbRouterId: text('rtb_router_id')
      .notNull()
      .references(() => rtbRouters.id, { onDelete: 'cascade' }),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    priority: integer('priority').notNull(),
    weight: integer('weight').notNull(),
    position: integer('position').notNull(),
  },
  (table) => [primaryKey({ columns: [table.campaignId, table.rtbRouterId] })],
);

export type CampaignRow = typeof campaigns.$inferSelect;
export type CampaignRouteRow = typeof campaignRoutes.$inferSelect;
