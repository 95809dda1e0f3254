import { z } from 'zod';
import { Timestamp } from './common';

/** What can happen to a call that an outside tracker may want to hear about. */
export const CallEvent = z.enum([
  'incoming',
  'routed',
  'connected',
  'converted',
  'completed',
  'no_answer',
  'rtb_won',
  'payout',
]);
export type CallEvent = z.infer<typeof CallEvent>;

/** A pixel fires only when the token's value for the call is (or, negated, is not) one of the values. */
export const PixelTagFilter = z.object({
  token: z.string().trim().min(1, 'A token such as [tag:InboundNumber:State]').max(100),
  operator: z.enum(['in', 'not_in']).default('in'),
  values: z.array(z.string().trim().min(1).max(200)).min(1, 'At least one value').max(100),
});
export type PixelTagFilter = z.output<typeof PixelTagFilter>;

const HeaderName = z.string().regex(/^[A-Za-z0-9-]{1,60}$/, 'Letters, digits and - only');

const PixelFields = z.object({
  name: z.string().trim().min(1, 'Name is required').max(120),
  events: z
    .array(CallEvent)
    .min(1, 'Choose at least one event')
    .max(CallEvent.options.length)
    .transform((events) => [...new Set(events)]),
  campaignId: z.string().min(1).nullish().describe('Omit or null: every campaign of the account'),
  tagFilters: z.array(PixelTagFilter).max(20).optional(),
  method: z.enum(['GET', 'POST']).optional(),
  url: z
    .string()
    .trim()
    .max(2000)
    .refine((value) => /^https?:\/\//i.test(value), 'An http(s) URL'),
  contentType: z.string().trim().max(100).optional(),
  headers: z.record(HeaderName, z.string().max(1000)).optional(),
  body: z.string().max(20_000).optional().describe('POST body; for GET, extra query parameters'),
  enabled: z.boolean().optional(),
});

export const CreatePixelInput = PixelFields;
export type CreatePixelInput = z.input<typeof CreatePixelInput>;
export const UpdatePixelInput = PixelFields.partial();
export type UpdatePixelInput = z.input<typeof UpdatePixelInput>;

export const Pixel = z.object({
  id: z.string(),
  name: z.string(),
  events: z.array(CallEvent),
  campaignId: z.string().nullable(),
  tagFilters: z.array(PixelTagFilter),
  method: z.enum(['GET', 'POST']),
  url: z.string(),
  contentType: z.string(),
  headers: z.record(z.string(), z.string()),
  body: z.string(),
  enabled: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Pixel = z.infer<typeof Pixel>;

export const DeliveryStatus = z.enum(['pending', 'delivered', 'failed', 'skipped']);
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;

/** One pixel firing for one call event (or a test), with its last attempt. */
export const PixelDelivery = z.object({
  id: z.string(),
  pixelId: z.string(),
  pixelName: z.string().nullable(),
  callId: z.string().nullable(),
  event: z.string().describe('A call event, or "test"'),
  status: DeliveryStatus,
  attempts: z.number().int(),
  nextAttemptAt: Timestamp.nullable().describe('When a pending delivery is tried next'),
  request: z.object({ url: z.string(), method: z.string(), body: z.string().nullable() }).nullable(),
  httpStatus: z.number().int().nullable(),
  latencyMs: z.number().int().nullable(),
  responseExcerpt: z.string().nullable(),
  error: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type PixelDelivery = z.infer<typeof PixelDelivery>;

export const PixelDeliveriesQuery = z.object({
  pixelId: z.string().optional(),
  callId: z.string().optional(),
  status: DeliveryStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** A token a pixel's URL, headers, body or tag filters may use. */
export const PixelToken = z.object({ names: z.array(z.string()), description: z.string() });
export type PixelToken = z.infer<typeof PixelToken>;

export const PostbackUrl = z.object({
  url: z.string().nullable().describe('Null until one is generated'),
  createdAt: Timestamp.nullable(),
});
export type PostbackUrl = z.infer<typeof PostbackUrl>;

/** An outside conversion: the call by our id, or by the click id a tracker gave the visit. */
export const PostbackInput = z.object({
  callId: z.string().trim().min(1).max(64).optional(),
  clickId: z.string().trim().min(1).max(500).optional(),
  revenue: z
    .union([z.string().trim().max(40), z.number()])
    .optional()
    .describe('Dollars, e.g. 12.50'),
});

export const PostbackParams = z.object({ token: z.string().min(1).max(100) });

export const PostbackResult = z.object({
  callId: z.string(),
  converted: z.literal(true),
  revenueCents: z.number().int(),
  alreadyConverted: z.boolean().describe('The call was converted before this postback'),
});
