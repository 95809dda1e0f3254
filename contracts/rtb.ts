import { z } from 'zod';
import { ActiveStatus } from './buyers';
import { Timestamp } from './common';
import { OptionalPhoneNumber } from './phone';
import { CallerIdPolicy } from './targets';

const Path = z.string().trim().max(200).optional();

export const ResponseMappingInput = z.object({
  bidAmountPath: Path,
  destinationNumberPath: Path,
  sipAddressPath: Path,
  acceptancePath: Path,
  rejectReasonPath: Path,
  expireInSecondsPath: Path,
  currencyPath: Path,
  durationPath: Path,
});

const CapValue = z.number().int().min(1).max(100_000_000).nullish();
export const RtbCaps = z.object({
  concurrency: CapValue,
  hourly: CapValue,
  daily: CapValue,
  monthly: CapValue,
});
export const RtbRateLimits = z.object({ perMinute: CapValue, perHour: CapValue, perDay: CapValue });

/** Secrets are write-only: they go in here and never come back out. */
export const RtbAuthInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }),
  z.object({
    type: z.literal('header'),
    headerName: z.string().regex(/^[A-Za-z0-9-]{1,60}$/, 'A header name such as X-Api-Key'),
    headerValue: z.string().min(1).max(500).optional().describe('Omit to keep the stored value'),
  }),
  z.object({
    type: z.literal('hmac'),
    secret: z
      .string()
      .min(16, 'At least 16 characters')
      .max(500)
      .optional()
      .describe('Omit to keep the stored one'),
  }),
]);

const HeaderName = z.string().regex(/^[A-Za-z0-9-]{1,60}$/, 'Letters, digits and - only');

const RtbTargetFields = z.object({
  name: z.string().trim().min(1, 'Name is required').max(120),
  buyerId: z.string().min(1).nullish(),
  endpointUrl: z
    .string()
    .trim()
    .max(2000)
    .refine((value) => /^https?:\/\//i.test(value), 'An http(s) URL'),
  method: z.enum(['POST', 'GET']).optional(),
  contentType: z.string().trim().max(100).optional(),
  headers: z.record(HeaderName, z.string().max(1000)).optional(),
  requestTemplate: z.string().max(20_000).optional(),
  responseMapping: ResponseMappingInput.optional(),
  timeoutMs: z.number().int().min(50).max(5000).optional(),
  minBidCents: z.number().int().min(0).max(100_000_000).optional(),
  maxBidCents: z.number().int().min(0).max(100_000_000).nullish(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'A three-letter currency code such as USD')
    .optional(),
  caps: RtbCaps.optional(),
  rateLimits: RtbRateLimits.optional(),
  auth: RtbAuthInput.optional(),
  callerIdPolicy: CallerIdPolicy.optional(),
  callerIdNumber: OptionalPhoneNumber,
  forceE164: z.boolean().optional(),
  sipHeaders: z
    .record(z.string().regex(/^X-[A-Za-z0-9-]{1,60}$/, 'SIP header names start with X-'), z.string().max(200))
    .optional(),
  dtmfOnAnswer: z
    .string()
    .regex(/^[0-9*#wW]{0,32}$/, 'Digits, * and #, w for a half-second pause')
    .nullish(),
  status: ActiveStatus.optional(),
});

export const CreateRtbTargetInput = RtbTargetFields;
export type CreateRtbTargetInput = z.input<typeof CreateRtbTargetInput>;
export const UpdateRtbTargetInput = RtbTargetFields.partial();
export type UpdateRtbTargetInput = z.input<typeof UpdateRtbTargetInput>;

export const RtbTarget = z.object({
  id: z.string(),
  name: z.string(),
  buyerId: z.string().nullable(),
  endpointUrl: z.string(),
  method: z.enum(['POST', 'GET']),
  contentType: z.string(),
  headers: z.record(z.string(), z.string()),
  requestTemplate: z.string(),
  responseMapping: ResponseMappingInput,
  timeoutMs: z.number().int(),
  minBidCents: z.number().int(),
  maxBidCents: z.number().int().nullable(),
  currency: z.string(),
  caps: RtbCaps,
  rateLimits: RtbRateLimits,
  auth: z.object({
    type: z.enum(['none', 'header', 'hmac']),
    headerName: z.string().nullable(),
    hasSecret: z.boolean().describe('A header value or HMAC secret is stored (never shown)'),
  }),
  callerIdPolicy: CallerIdPolicy,
  callerIdNumber: z.string().nullable(),
  forceE164: z.boolean(),
  sipHeaders: z.record(z.string(), z.string()),
  dtmfOnAnswer: z.string().nullable(),
  status: ActiveStatus,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type RtbTarget = z.infer<typeof RtbTarget>;

/** A sample call to render a target's request against (Preview) or to send (Test). */
export const SampleCallInput = z.object({
  callerId: OptionalPhoneNumber.describe('Defaults to +14155550123'),
  callerState: z.string().trim().toUpperCase().max(2).optional(),
  callerZip: z.string().trim().max(10).optional(),
});

export const BidRequestPreview = z.object({
  url: z.string(),
  method: z.enum(['POST', 'GET']),
  headers: z.record(z.string(), z.string()),
  body: z.string().nullable(),
});

export const BidTestResult = z.object({
  request: BidRequestPreview,
  latencyMs: z.number().nullable(),
  httpStatus: z.number().int().nullable(),
  responseExcerpt: z.string().nullable(),
  valid: z.boolean(),
  reason: z.string().nullable().describe('Why the bid was not valid'),
  message: z.string().nullable(),
  bid: z
    .object({
      amountCents: z.number().int().nullable(),
      destination: z.string().nullable(),
      sipAddress: z.string().nullable(),
      expireInSeconds: z.number().nullable(),
    })
    .nullable(),
});

export const RouterTargetEntry = z.object({
  rtbTargetId: z.string().min(1),
  priority: z.number().int().min(1).max(10),
  weight: z.number().int().min(1).max(100),
});

const RtbRouterFields = z.object({
  name: z.string().trim().min(1, 'Name is required').max(120),
  reserveCents: z.number().int().min(0).max(100_000_000).optional(),
  auctionTimeoutMs: z.number().int().min(50).max(5000).optional(),
  requireCallerId: z.boolean().optional(),
  targets: z
    .array(RouterTargetEntry)
    .max(100)
    .refine((entries) => new Set(entries.map((e) => e.rtbTargetId)).size === entries.length, {
      message: 'A target appears only once in a router',
    })
    .optional(),
});

export const CreateRtbRouterInput = RtbRouterFields;
export type CreateRtbRouterInput = z.input<typeof CreateRtbRouterInput>;
export const UpdateRtbRouterInput = RtbRouterFields.partial();

export const RtbRouter = z.object({
  id: z.string(),
  name: z.string(),
  reserveCents: z.number().int(),
  auctionTimeoutMs: z.number().int(),
  requireCallerId: z.boolean(),
  targets: z.array(RouterTargetEntry),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type RtbRouter = z.infer<typeof RtbRouter>;

/** One ping of an auction as stored: caller masked, answer excerpt, the bid read from it, the verdict. */
export const BidRequest = z.object({
  id: z.string(),
  callId: z.string().nullable(),
  routerId: z.string().nullable(),
  rtbTargetId: z.string().nullable(),
  targetName: z.string().nullable(),
  request: z.object({ url: z.string(), method: z.string(), body: z.string().nullable() }),
  sent: z.boolean(),
  latencyMs: z.number().int().nullable(),
  httpStatus: z.number().int().nullable(),
  responseExcerpt: z.string().nullable(),
  amountCents: z.number().int().nullable(),
  destination: z.string().nullable(),
  sipAddress: z.string().nullable(),
  valid: z.boolean(),
  reason: z.string().nullable(),
  message: z.string().nullable(),
  rank: z.number().int().nullable(),
  dialed: z.boolean(),
  createdAt: Timestamp,
});
export type BidRequest = z.infer<typeof BidRequest>;

export const BidRequestsQuery = z.object({
  callId: z.string().optional(),
  rtbTargetId: z.string().optional(),
  outcome: z.enum(['valid', 'rejected', 'dialed']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const HealthWindow = z.object({
  pings: z.number().int(),
  successRate: z.number().nullable().describe('Share of pings answered with a valid bid or a clean no-bid'),
  timeoutRate: z.number().nullable(),
  p50LatencyMs: z.number().nullable(),
  p95LatencyMs: z.number().nullable(),
});

export const RtbTargetHealth = z.object({
  rtbTargetId: z.string(),
  name: z.string(),
  lastHour: HealthWindow,
  lastDay: HealthWindow,
  flagged: z.boolean().describe('Most pings in the last hour failed'),
});
export type RtbTargetHealth = z.infer<typeof RtbTargetHealth>;
