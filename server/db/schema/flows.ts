import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { FlowDefinition } from '../../../contracts/flows';
import { createdAt, idColumn, updatedAt } from '../columns';
import { accounts } from './accounts';
import { calls } from './calls';
import { campaigns } from './campaigns';

/** A call flow: the draft being edited, and which published version new calls run. */
export const flows = pgTable(
  'flows',
  {
    id: idColumn('flow'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    /** A campaign runs at most one flow. */
    campaignId: text('campaign_id').references(() => campaigns.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    definition: jsonb('definition').$type<FlowDefinition>().notNull(),
    /** The version new calls run (null: never published). */
    publishedVersion: integer('published_version'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** The draft was edited after the last publish. */
    draftChangedAt: timestamp('draft_changed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('flows_account_idx').on(table.accountId),
    uniqueIndex('flows_campaign_unique').on(table.campaignId),
  ],
);

/** A published snapshot; never changed after insert, so a call in progress keeps its version. */
export const flowVersions = pgTable(
  'flow_versions',
  {
    id: idColumn('flowv'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    flowId: text('flow_id')
      .notNull()
      .references(() => flows.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    definition: jsonb('definition').$type<FlowDefinition>().notNull(),
    publishedBy: text('published_by'),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('flow_versions_flow_version_unique').on(table.flowId, table.version)],
);

/** One node the call passed through; `leftAt`/`branch` are set when it moves on. */
export type FlowPathEntry = {
  nodeId: string;
  type: string;
  at: string;
  leftAt: string | null;
  branch: string | null;
};

/** Where a Router node stands in its dialing: the targets it already tried. */
export type FlowDialState = { nodeId: string; tried: string[] };

/** The engine's state for one call on one flow version. */
export const flowSessions = pgTable(
  'flow_sessions',
  {
    id: idColumn('fls'),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    callId: text('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    flowId: text('flow_id')
      .notNull()
      .references(() => flows.id, { onDelete: 'cascade' }),
    versionId: text('version_id')
      .notNull()
      .references(() => flowVersions.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** The node waiting for Twilio (null: the flow has ended). */
    currentNodeId: text('current_node_id'),
    variables: jsonb('variables').$type<Record<string, string>>().notNull().default({}),
    path: jsonb('path').$type<FlowPathEntry[]>().notNull().default([]),
    /** Per node: how many times the caller was re-prompted (Menu/Gather retries). */
    retries: jsonb('retries').$type<Record<string, number>>().notNull().default({}),
    dial: jsonb('dial').$type<FlowDialState>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('flow_sessions_call_unique').on(table.callId),
    index('flow_sessions_flow_idx').on(table.flowId, table.createdAt),
  ],
);

export type FlowRow = typeof flows.$inferSelect;
export type FlowVersionRow = typeof flowVersions.$inferSelect;
export type FlowSessionRow = typeof flowSessions.$inferSelect;
