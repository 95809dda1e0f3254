import { z } from 'zod';
import { Timestamp } from './common';

export const OnExhausted = z.enum(['reuse_oldest', 'show_default']);

const PoolFields = z.object({
  name: z.string().trim().min(1, 'Name is required').max(120),
  campaignId: z.string().min(1).nullish(),
  numbers: z
    .array(z.string().min(1))
    .max(1000)
    .optional()
    .describe('Ids of the tracking numbers in the pool'),
  sessionTtlMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .optional(),
  onExhausted: OnExhausted.optional(),
});

export const CreatePoolInput = PoolFields;
export type CreatePoolInput = z.input<typeof CreatePoolInput>;
export const UpdatePoolInput = PoolFields.partial();
export type UpdatePoolInput = z.input<typeof UpdatePoolInput>;

export const Pool = z.object({
  id: z.string(),
  name: z.string(),
  campaignId: z.string().nullable(),
  numbers: z.array(z.string()),
  sessionTtlMinutes: z.number().int(),
  onExhausted: OnExhausted,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Pool = z.infer<typeof Pool>;

export const PoolNumberStats = z.object({
  numberId: z.string(),
  phoneNumber: z.string(),
  inUse: z.boolean(),
  sessionId: z.string().nullable(),
  heldUntil: Timestamp.nullable(),
  assignments: z.number().int(),
  collisions: z.number().int(),
  calls: z.number().int(),
});

export const PoolStats = z.object({
  poolId: z.string(),
  numbersInUse: z.number().int(),
  numbersTotal: z.number().int(),
  utilization: z.number().describe('Share of numbers held by live sessions, 0–1'),
  assignments: z.number().int(),
  collisions: z.number().int(),
  numbers: z.array(PoolNumberStats),
  recentSessions: z.array(
    z.object({
      id: z.string(),
      phoneNumber: z.string().nullable(),
      collision: z.boolean(),
      landingPage: z.string().nullable(),
      utmSource: z.string().nullable(),
      firstSeenAt: Timestamp,
      lastSeenAt: Timestamp,
      expiresAt: Timestamp,
    }),
  ),
});
export type PoolStats = z.infer<typeof PoolStats>;
