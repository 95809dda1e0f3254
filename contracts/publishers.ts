import { z } from 'zod';
import { ActiveStatus, OptionalText } from './buyers';
import { Timestamp } from './common';

const Cents = z.number().int().min(0).max(100_000_000);
const CapCount = z.number().int().min(1).max(100_000_000).nullish();

export const CreatePublisherInput = z.object({
  name: z.string().trim().min(1, 'Name is required').max(120),
  company: OptionalText(120),
  email: z
    .union([z.string().trim().toLowerCase().email(), z.literal('')])
    .nullish()
    .transform((value) => value || null),
  status: ActiveStatus.optional(),
  defaultPayoutCents: Cents.optional(),
  rtbKey: OptionalText(120).describe(
    'Optional secret the publisher must send as `key` with inbound RTB pings',
  ),
});
export type CreatePublisherInput = z.input<typeof CreatePublisherInput>;
export const UpdatePublisherInput = CreatePublisherInput.partial();

export const Publisher = z.object({
  id: z.string(),
  name: z.string(),
  company: z.string().nullable(),
  email: z.string().nullable(),
  status: ActiveStatus,
  defaultPayoutCents: z.number().int(),
  rtbKey: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Publisher = z.infer<typeof Publisher>;

export const PayoutTrigger = z.enum(['incoming', 'connected', 'converted', 'duration']);
export type PayoutTrigger = z.infer<typeof PayoutTrigger>;
export const DuplicateRule = z.enum(['pay_all', 'never', 'after']);
export type DuplicateRule = z.infer<typeof DuplicateRule>;

const PayoutRuleFields = z.object({
  campaignId: z.string().min(1, 'Choose a campaign').max(64),
  payoutCents: Cents,
  trigger: PayoutTrigger.default('converted'),
  minDurationSeconds: z.number().int().min(0).max(86_400).default(0),
  revenueSharePercent: z.number().int().min(0).max(100).nullish(),
  capDaily: CapCount,
  capMonthly: CapCount,
  capTotal: CapCount,
  duplicateRule: DuplicateRule.default('pay_all'),
  duplicateSeconds: z
    .number()
    .int()
    .min(0)
    .max(365 * 86_400)
    .default(0),
});
export const PayoutRuleInput = PayoutRuleFields.refine(
  (rule) => rule.trigger !== 'duration' || rule.minDurationSeconds > 0,
  { message: 'Give the call length that earns the payout', path: ['minDurationSeconds'] },
);
export type PayoutRuleInput = z.input<typeof PayoutRuleInput>;

export const PayoutRule = z.object({
  id: z.string(),
  publisherId: z.string(),
  campaignId: z.string(),
  campaignName: z.string(),
  payoutCents: z.number().int(),
  trigger: PayoutTrigger,
  minDurationSeconds: z.number().int(),
  revenueSharePercent: z.number().int().nullable(),
  capDaily: z.number().int().nullable(),
  capMonthly: z.number().int().nullable(),
  capTotal: z.number().int().nullable(),
  duplicateRule: DuplicateRule,
  duplicateSeconds: z.number().int(),
});
export type PayoutRule = z.infer<typeof PayoutRule>;

export const AssignmentKind = z.enum(['numbers', 'pools', 'tags']);
export type AssignmentKind = z.infer<typeof AssignmentKind>;
export const AssignInput = z.object({
  kind: AssignmentKind,
  ids: z.array(z.string().min(1).max(64)).max(1000),
});

export const PublisherSource = z.object({ id: z.string(), kind: AssignmentKind, label: z.string() });
export type PublisherSource = z.infer<typeof PublisherSource>;

export const PublisherCall = z.object({
  id: z.string(),
  startedAt: Timestamp,
  campaignName: z.string().nullable(),
  caller: z.string().describe('Masked caller id'),
  toNumber: z.string(),
  status: z.string(),
  durationSeconds: z.number().int().nullable(),
  payoutCents: z.number().int(),
  payoutState: z.string().nullable(),
  payoutNote: z.string().nullable(),
});
export type PublisherCall = z.infer<typeof PublisherCall>;

export const PublisherSummary = z.object({
  publisher: z.object({ id: z.string(), name: z.string(), status: ActiveStatus }),
  calls: z.number().int(),
  paidCalls: z.number().int(),
  payoutCents: z.number().int(),
});
export type PublisherSummary = z.infer<typeof PublisherSummary>;

/** The publisher of a call and what it earned, shown on the call page. */
export const CallPublisher = z.object({
  id: z.string().nullable(),
  name: z.string(),
  payoutState: z.string().nullable(),
  payoutNote: z.string().nullable(),
  bid: z
    .object({
      bidId: z.string(),
      amountCents: z.number().int(),
      pingedAt: Timestamp,
      expiresAt: Timestamp.nullable(),
      withinExpiry: z.boolean(),
    })
    .nullable(),
});
export type CallPublisher = z.infer<typeof CallPublisher>;
