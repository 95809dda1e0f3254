import { z } from 'zod';
import { OptionalText } from './buyers';
import { Timestamp } from './common';
import { OptionalPhoneNumber } from './phone';
import { Timezone } from './schedule';

export const CampaignStatus = z.enum(['draft', 'active', 'paused', 'completed']);
export type CampaignStatus = z.infer<typeof CampaignStatus>;
export const RoutingStrategy = z.enum(['weighted', 'round_robin']);
export const DuplicateAction = z.enum(['route_normally', 'same_target', 'reject']);

/**
 * One step of a routing plan: a buyer's target, an RTB router that auctions the call, or an agent
 * group whose people take it.
 */
export const RoutingEntry = z
  .object({
    targetId: z.string().min(1).optional(),
    rtbRouterId: z.string().min(1).optional(),
    agentGroupId: z.string().min(1).optional(),
    priority: z.number().int().min(1).max(10),
    weight: z.number().int().min(1).max(100),
  })
  .refine((entry) => [entry.targetId, entry.rtbRouterId, entry.agentGroupId].filter(Boolean).length === 1, {
    message: 'Give one of targetId, rtbRouterId or agentGroupId',
    path: ['targetId'],
  });
export type RoutingEntry = z.infer<typeof RoutingEntry>;

const entryKey = (entry: RoutingEntry) =>
  entry.targetId ?? (entry.rtbRouterId ? `router:${entry.rtbRouterId}` : `group:${entry.agentGroupId}`);

export const RoutingPlan = z
  .array(RoutingEntry)
  .max(200)
  .refine((entries) => new Set(entries.map(entryKey)).size === entries.length, {
    message: 'A target, router or agent group appears only once in the plan',
  });

const optionalPhone = OptionalPhoneNumber;

const CampaignFields = z.object({
  name: z.string().trim().min(1, 'Name is required').max(120),
  description: OptionalText(2000),
  status: CampaignStatus.optional(),
  vertical: OptionalText(60),
  timezone: Timezone.optional(),
  routingStrategy: RoutingStrategy.optional(),
  routing: RoutingPlan.optional(),
  fallbackNumber: optionalPhone,
  fallbackMessage: OptionalText(500),
  record: z.boolean().optional(),
  duplicateWindowHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 365)
    .optional(),
  duplicateAction: DuplicateAction.optional(),
  payoutCents: z.number().int().min(0).max(100_000_000).optional(),
  defaultCallerId: optionalPhone,
});

export const CreateCampaignInput = CampaignFields;
export type CreateCampaignInput = z.input<typeof CreateCampaignInput>;
export const UpdateCampaignInput = CampaignFields.partial();
export type UpdateCampaignInput = z.input<typeof UpdateCampaignInput>;

export const Campaign = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  status: CampaignStatus,
  vertical: z.string().nullable(),
  timezone: z.string(),
  routingStrategy: RoutingStrategy,
  routing: z.array(RoutingEntry),
  fallbackNumber: z.string().nullable(),
  fallbackMessage: z.string().nullable(),
  record: z.boolean(),
  duplicateWindowHours: z.number().int(),
  duplicateAction: DuplicateAction,
  payoutCents: z.number().int(),
  defaultCallerId: z.string().nullable(),
  rtbId: z.string().describe('Public id publishers use to ping this campaign'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Campaign = z.infer<typeof Campaign>;

export const CampaignRouting = z.object({ routing: z.array(RoutingEntry) });
export const UpdateRoutingInput = z.object({ routing: RoutingPlan });
