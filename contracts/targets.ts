import { z } from 'zod';
import { ActiveStatus, OptionalText } from './buyers';
import { Timestamp } from './common';
import { Destination, OptionalPhoneNumber } from './phone';
import { Timezone, WeeklySchedule } from './schedule';

// States, DC and the territories callers may be in (what Twilio reports as FromState).
const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU AS MP'.split(
    ' ',
  ),
);

const CapValue = z.number().int().min(1, 'At least 1, or leave empty for no cap').max(100_000_000).nullish();

export const Caps = z.object({
  concurrency: CapValue,
  hourly: CapValue,
  daily: CapValue,
  monthly: CapValue,
  total: CapValue,
});
export type Caps = z.infer<typeof Caps>;

export const Criteria = z.object({
  states: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .refine((code) => US_STATES.has(code), 'A two-letter US state or territory code, e.g. CA'),
    )
    .max(60)
    .optional(),
  areaCodes: z
    .array(
      z
        .string()
        .trim()
        .regex(/^\d{3}$/, 'Three-digit area code'),
    )
    .max(500)
    .optional(),
  zipPrefixes: z
    .array(
      z
        .string()
        .trim()
        .regex(/^\d{1,5}$/, 'One to five digits'),
    )
    .max(1000)
    .optional(),
});
export type Criteria = z.infer<typeof Criteria>;

export const CallerIdPolicy = z.enum(['passthrough', 'fixed', 'campaign_default']);
export const CapCounts = z.enum(['routed', 'converted']);

const SipHeaders = z.record(
  z.string().regex(/^X-[A-Za-z0-9-]{1,60}$/, 'SIP header names start with X-'),
  z.string().max(200),
);

const TargetFields = z.object({
  buyerId: z.string().min(1, 'Choose a buyer'),
  name: z.string().trim().min(1, 'Name is required').max(120),
  destination: Destination,
  sipHeaders: SipHeaders.nullish(),
  status: ActiveStatus.optional(),
  timezone: Timezone.optional(),
  schedule: WeeklySchedule.nullish(),
  caps: Caps.optional(),
  capCounts: CapCounts.optional(),
  revenueCents: z.number().int().min(0).max(100_000_000).optional(),
  conversionSeconds: z.number().int().min(0).max(86_400).optional(),
  dialTimeoutSeconds: z.number().int().min(5).max(120).optional(),
  callerIdPolicy: CallerIdPolicy.optional(),
  callerIdNumber: OptionalPhoneNumber,
  criteria: Criteria.optional(),
  notes: OptionalText(2000),
});

const fixedCallerIdNeedsNumber = (target: { callerIdPolicy?: string; callerIdNumber?: string | null }) =>
  target.callerIdPolicy !== 'fixed' || !!target.callerIdNumber;
const fixedCallerIdIssue = {
  message: 'A fixed caller id policy needs a callerIdNumber',
  path: ['callerIdNumber'],
};

export const CreateTargetInput = TargetFields.refine(fixedCallerIdNeedsNumber, fixedCallerIdIssue);
export type CreateTargetInput = z.input<typeof CreateTargetInput>;
export const UpdateTargetInput = TargetFields.partial();
export type UpdateTargetInput = z.input<typeof UpdateTargetInput>;

export const Target = z.object({
  id: z.string(),
  buyerId: z.string(),
  name: z.string(),
  destination: z.string(),
  sipHeaders: z.record(z.string(), z.string()).nullable(),
  status: ActiveStatus,
  timezone: z.string(),
  schedule: WeeklySchedule.nullable(),
  caps: Caps,
  capCounts: CapCounts,
  revenueCents: z.number().int(),
  conversionSeconds: z.number().int(),
  dialTimeoutSeconds: z.number().int(),
  callerIdPolicy: CallerIdPolicy,
  callerIdNumber: z.string().nullable(),
  criteria: Criteria,
  notes: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Target = z.infer<typeof Target>;
