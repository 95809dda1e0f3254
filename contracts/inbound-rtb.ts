import { z } from 'zod';

export const TagFilter = z.object({
  tag: z.string().trim().toLowerCase().min(1, 'Name the tag').max(60),
  operator: z.enum(['equals', 'not_equals', 'in', 'not_in', 'exists', 'not_exists', 'starts_with']),
  values: z.array(z.string().trim().max(200)).max(500).default([]),
});
export type TagFilter = z.infer<typeof TagFilter>;

export const BidAdjustment = TagFilter.extend({
  action: z.enum(['add', 'multiply', 'override', 'reject']),
  /** Cents for add and override (add may be negative), percent for multiply (150 = ×1.5). */
  amount: z.number().int().min(-100_000_000).max(100_000_000).default(0),
});
export type BidAdjustment = z.infer<typeof BidAdjustment>;

export const StaleBid = z.enum(['route_and_pay', 'route_no_pay', 'reject']);
export type StaleBid = z.infer<typeof StaleBid>;
export const RatePeriod = z.union([z.literal(60), z.literal(3600), z.literal(86400)]);

export const InboundRtbSettings = z.object({
  callerIdRequired: z.boolean(),
  rateLimit: z
    .object({ maxRequests: z.number().int().min(1).max(10_000_000), perSeconds: RatePeriod })
    .nullable(),
  bidExpireSeconds: z.number().int().min(5).max(3600),
  staleBid: StaleBid,
  maxBidCents: z.number().int().min(0).max(100_000_000).nullable(),
  bidAdjustments: z.array(BidAdjustment).max(100),
  tagFilters: z.array(TagFilter).max(100),
});
export type InboundRtbSettings = z.infer<typeof InboundRtbSettings>;

export const InboundRtbConfig = InboundRtbSettings.extend({
  rtbId: z.string(),
  pingPath: z.string().describe('Where publishers send GET or POST pings'),
});
export type InboundRtbConfig = z.infer<typeof InboundRtbConfig>;

export type InboundWarning = { code: number; description: string };

/** Ringba's reject codes, mirrored. */
export const REJECT_CODES = {
  disabled: 1001,
  noCapacity: 1003,
  duplicate: 1004,
  tagFilter: 1005,
  publisherCapped: 1007,
  rateLimit: 1024,
  callerIdRequired: 1100,
} as const;

export const InboundPing = z.object({
  id: z.string(),
  campaignId: z.string(),
  publisherId: z.string().nullable(),
  caller: z.string().nullable(),
  tags: z.record(z.string(), z.string()),
  accepted: z.boolean(),
  bidAmountCents: z.number().int(),
  rejectReason: z.string().nullable(),
  errorCode: z.number().int().nullable(),
  repeat: z.boolean(),
  reservedTargetId: z.string().nullable().describe('The target the bid reserved, when not an outside bid'),
  callId: z.string().nullable(),
  createdAt: z.string(),
});
export type InboundPing = z.infer<typeof InboundPing>;
