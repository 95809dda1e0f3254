import { z } from 'zod';
import { Timestamp } from './common';
import { Timezone } from './schedule';

/** What a report row is keyed by: a period in the report's timezone, or one dimension's value. */
export const StatsGroupBy = z.enum([
  'hour',
  'day',
  'campaign',
  'buyer',
  'target',
  'publisher',
  'number',
  'state',
  'utmSource',
]);
export type StatsGroupBy = z.infer<typeof StatsGroupBy>;

const dateOrInstant = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: (issue) =>
    issue.input === undefined ? 'Required' : 'A day (YYYY-MM-DD) or a date-time with its offset (ISO 8601)',
});

/** The filters every report and the export share, one per dimension. */
export const StatsFilters = z.object({
  campaignId: z.string().max(64).optional(),
  buyerId: z.string().max(64).optional(),
  targetId: z.string().max(64).optional(),
  publisherId: z.string().max(64).optional(),
  numberId: z.string().max(64).optional(),
  state: z.string().max(8).optional(),
  utmSource: z.string().max(200).optional(),
});
export type StatsFilters = z.infer<typeof StatsFilters>;

export const StatsRange = z.object({
  from: dateOrInstant.describe('A day (YYYY-MM-DD, its midnight in `timezone`) or an instant'),
  to: dateOrInstant.describe(
    'A day (inclusive: up to the next midnight in `timezone`) or an instant (exclusive)',
  ),
  timezone: Timezone.default('UTC'),
});

const uniqueCallersFlag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((value) => value === 'true')
  .describe('Also count distinct callers per row: exact, so read from the calls themselves (slower)');

export const HistoricalStatsQuery = StatsRange.extend({
  groupBy: StatsGroupBy.default('day'),
  uniqueCallers: uniqueCallersFlag,
}).extend(StatsFilters.shape);
export type HistoricalStatsQuery = z.input<typeof HistoricalStatsQuery>;

/**
 * Counts and sums are exact. Rates and averages are derived from them: `conversionRate` is a
 * percentage with two decimals, `avgDurationSeconds` (over calls with a duration) and `avgBidCents`
 * (over valid bids) are rounded to whole units.
 */
export const StatsFigures = z.object({
  calls: z.number().int(),
  uniqueCallers: z
    .number()
    .int()
    .nullable()
    .describe('Distinct caller numbers within this row (not additive); null unless asked for'),
  answered: z.number().int(),
  converted: z.number().int(),
  conversionRate: z.number(),
  revenueCents: z.number().int(),
  payoutCents: z.number().int(),
  profitCents: z.number().int(),
  avgDurationSeconds: z.number().int(),
  auctions: z.number().int().describe('RTB auctions held for these calls'),
  bids: z.number().int().describe('Valid bids received'),
  wins: z.number().int().describe('Auctions with a winning (best valid) bid'),
  avgBidCents: z.number().int(),
});
export type StatsFigures = z.infer<typeof StatsFigures>;

export const StatsRow = StatsFigures.extend({
  /** A period's start instant (hour), a local day (YYYY-MM-DD), or the dimension's id/value; null = none. */
  key: z.string().nullable(),
  label: z.string(),
});
export type StatsRow = z.infer<typeof StatsRow>;

export const HistoricalStats = z.object({
  groupBy: StatsGroupBy,
  timezone: z.string(),
  from: Timestamp,
  to: Timestamp,
  rows: z.array(StatsRow),
  totals: StatsFigures,
});
export type HistoricalStats = z.infer<typeof HistoricalStats>;

export const CampaignStatsQuery = StatsRange.extend({ uniqueCallers: uniqueCallersFlag });
export const CampaignStats = z.object({
  campaignId: z.string(),
  campaignName: z.string(),
  timezone: z.string(),
  from: Timestamp,
  to: Timestamp,
  totals: StatsFigures,
  days: z.array(StatsRow),
});
export type CampaignStats = z.infer<typeof CampaignStats>;

const LiveEntry = z.object({ id: z.string().nullable(), name: z.string(), live: z.number().int() });
export const LiveStats = z.object({
  at: Timestamp,
  total: z.number().int().describe('Calls in progress now'),
  campaigns: z.array(LiveEntry),
  targets: z.array(LiveEntry.extend({ kind: z.enum(['target', 'rtb']) })),
});
export type LiveStats = z.infer<typeof LiveStats>;

export const RtbBidderStats = z.object({
  rtbTargetId: z.string().nullable(),
  name: z.string(),
  pings: z.number().int(),
  bids: z.number().int(),
  wins: z.number().int(),
  winRate: z.number().describe('Percentage of pings that won, two decimals'),
  avgBidCents: z.number().int(),
  avgWinningBidCents: z.number().int(),
  avgLatencyMs: z.number().int(),
  timeouts: z.number().int(),
});
export type RtbBidderStats = z.infer<typeof RtbBidderStats>;
export const RtbStatsQuery = StatsRange;

/** Publishers' inbound pings in a range by outcome: accepted, or each reject reason and code. */
export const InboundPingOutcome = z.object({
  accepted: z.boolean(),
  reason: z.string().describe('"Accepted", or the reject reason given to the publisher'),
  errorCode: z.number().int().nullable(),
  pings: z.number().int(),
  avgBidCents: z.number().int().describe('Average bid of accepted pings; 0 for rejections'),
});
export type InboundPingOutcome = z.infer<typeof InboundPingOutcome>;

export const SavedViewParams = HistoricalStatsQuery.omit({
  from: true,
  to: true,
  uniqueCallers: true,
}).extend({
  range: z.enum(['today', 'yesterday', 'last7', 'last30', 'last90', 'custom']).default('last7'),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type SavedViewParams = z.infer<typeof SavedViewParams>;

export const CreateSavedViewInput = z.object({
  name: z.string().trim().min(1).max(80),
  params: SavedViewParams,
});
export type CreateSavedViewInput = z.input<typeof CreateSavedViewInput>;

export const SavedView = z.object({
  id: z.string(),
  name: z.string(),
  params: SavedViewParams,
  createdAt: Timestamp,
});
export type SavedView = z.infer<typeof SavedView>;
