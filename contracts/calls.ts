import { z } from 'zod';
import { Timestamp } from './common';
import { CallPublisher } from './publishers';
import { BidRequest } from './rtb';

export const Attribution = z.object({
  sessionId: z.string(),
  utmSource: z.string().nullable(),
  utmMedium: z.string().nullable(),
  utmCampaign: z.string().nullable(),
  utmTerm: z.string().nullable(),
  utmContent: z.string().nullable(),
  clickIds: z.record(z.string(), z.string()),
  landingPage: z.string().nullable(),
  referrer: z.string().nullable(),
  geo: z
    .object({ country: z.string().optional(), region: z.string().optional(), city: z.string().optional() })
    .nullable(),
});
export type Attribution = z.infer<typeof Attribution>;

export const CallStatus = z.enum([
  'ringing',
  'in-progress',
  'completed',
  'busy',
  'no-answer',
  'failed',
  'canceled',
]);
export type CallStatus = z.infer<typeof CallStatus>;

/** Why a target was chosen or passed over: stored on the call, shown on its page. */
export const TraceReason = z.enum([
  'selected',
  'target_paused',
  'buyer_paused',
  'outside_hours',
  'cap_concurrency',
  'cap_hourly',
  'cap_daily',
  'cap_monthly',
  'cap_total',
  'criteria_state',
  'criteria_area_code',
  'criteria_zip',
  'already_tried',
  'duplicate_same_target',
  'bid_reserved_target',
  'lost_race',
]);
export type TraceReason = z.infer<typeof TraceReason>;

export const TraceEntry = z.object({
  step: z.number().int(),
  at: Timestamp,
  targetId: z.string().nullable(),
  targetName: z.string().nullable(),
  priority: z.number().int().nullable(),
  weight: z.number().int().nullable(),
  outcome: z.enum(['chosen', 'skipped', 'info']),
  reason: z.string(),
  detail: z.string(),
});
export type TraceEntry = z.infer<typeof TraceEntry>;

export const TwimlEntry = z.object({
  step: z.number().int(),
  at: Timestamp,
  event: z.string(),
  twiml: z.string(),
});
export type TwimlEntry = z.infer<typeof TwimlEntry>;

export const CallAttempt = z.object({
  id: z.string(),
  attempt: z.number().int(),
  targetId: z.string().nullable().describe('The buyer target dialed; null for an RTB bid'),
  rtbTargetId: z.string().nullable().describe('The RTB bidder whose bid was dialed'),
  agentId: z.string().nullable().describe('The agent dialed, for a call sent to an agent group'),
  targetName: z.string().nullable().describe('The name of the target, bidder or agent dialed'),
  revenueCents: z.number().int().describe('What this attempt earns if it converts'),
  destination: z.string(),
  status: z.string(),
  startedAt: Timestamp,
  answeredAt: Timestamp.nullable(),
  endedAt: Timestamp.nullable(),
  connectedSeconds: z.number().int().nullable(),
});
export type CallAttempt = z.infer<typeof CallAttempt>;

export const Call = z.object({
  id: z.string(),
  callSid: z.string(),
  campaignId: z.string().nullable(),
  campaignName: z.string().nullable(),
  numberId: z.string().nullable(),
  targetId: z.string().nullable(),
  targetName: z.string().nullable(),
  buyerId: z.string().nullable(),
  buyerName: z.string().nullable(),
  fromNumber: z.string(),
  toNumber: z.string(),
  fromCity: z.string().nullable(),
  fromState: z.string().nullable(),
  fromZip: z.string().nullable(),
  status: CallStatus,
  outcome: z.string().nullable().describe('routed | fallback | rejected | no_route'),
  isDuplicate: z.boolean(),
  startedAt: Timestamp,
  answeredAt: Timestamp.nullable(),
  endedAt: Timestamp.nullable(),
  durationSeconds: z.number().int().nullable(),
  connectedSeconds: z.number().int().nullable(),
  converted: z.boolean(),
  revenueCents: z.number().int(),
  payoutCents: z.number().int(),
  profitCents: z.number().int(),
  recordingUrl: z.string().nullable(),
  recordingDurationSeconds: z.number().int().nullable(),
  attribution: Attribution.nullable().describe('The website visit that held the dialed DNI pool number'),
});
export type Call = z.infer<typeof Call>;

export const CallDetail = Call.extend({
  trace: z.array(TraceEntry),
  attempts: z.array(CallAttempt),
  twiml: z.array(TwimlEntry),
  auction: z.array(BidRequest).describe('Every RTB ping made for this call'),
  publisher: CallPublisher.nullable().describe(
    'Who brought the call, what it earned them, and the inbound bid it won',
  ),
});
export type CallDetail = z.infer<typeof CallDetail>;

const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');

export const CallsQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional().describe('Calls started at or after this instant'),
  to: z.iso.datetime({ offset: true }).optional().describe('Calls started before this instant'),
  campaignId: z.string().optional(),
  buyerId: z.string().optional(),
  targetId: z.string().optional(),
  status: CallStatus.optional(),
  converted: booleanQuery.optional(),
  caller: z.string().max(30).optional().describe('Caller number, or part of it'),
  utmSource: z.string().max(200).optional().describe('DNI attribution: the visit’s utm_source'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type CallsQuery = z.input<typeof CallsQuery>;
