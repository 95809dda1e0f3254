import { z } from 'zod';
import { OptionalText } from './buyers';
import { Timestamp } from './common';
import { PhoneNumber } from './phone';

export const CreateNumberInput = z.object({
  phoneNumber: PhoneNumber,
  name: OptionalText(120),
  campaignId: z.string().min(1).nullish(),
});
export type CreateNumberInput = z.input<typeof CreateNumberInput>;
export const UpdateNumberInput = CreateNumberInput.partial();
export type UpdateNumberInput = z.input<typeof UpdateNumberInput>;

export const TrackingNumber = z.object({
  id: z.string(),
  phoneNumber: z.string(),
  name: z.string().nullable(),
  campaignId: z.string().nullable(),
  poolId: z.string().nullable(),
  provider: z.string().nullable().describe("'twilio' or 'sandbox' when bought here; null when imported"),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type TrackingNumber = z.infer<typeof TrackingNumber>;

export const NumberSearchQuery = z.object({
  areaCode: z
    .string()
    .regex(/^\d{3}$/, 'Three digits')
    .optional(),
  contains: z
    .string()
    .regex(/^[\d*]{1,10}$/, 'Digits (and * as a wildcard)')
    .optional(),
  type: z.enum(['local', 'toll_free']).default('local'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type NumberSearchQuery = z.input<typeof NumberSearchQuery>;

export const AvailableNumber = z.object({
  phoneNumber: z.string(),
  friendlyName: z.string(),
  locality: z.string().nullable(),
  region: z.string().nullable(),
});
export type AvailableNumber = z.infer<typeof AvailableNumber>;

export const BuyNumberInput = z.object({
  phoneNumber: PhoneNumber,
  name: OptionalText(120),
  campaignId: z.string().min(1).nullish(),
});

export const ImportNumbersInput = z.object({
  csv: z
    .string()
    .max(1_000_000)
    .describe('One number per line: phoneNumber[,name]; a header line is optional'),
  campaignId: z.string().min(1).nullish(),
});

export const ImportNumbersResult = z.object({
  imported: z.array(TrackingNumber),
  errors: z.array(z.object({ line: z.number().int(), value: z.string(), message: z.string() })),
});

export const NumberWebhooks = z.object({
  provider: z.enum(['twilio', 'sandbox']),
  voiceUrl: z.string().describe('A Twilio number’s "A call comes in" webhook (POST)'),
  statusCallbackUrl: z.string().describe('Its call status changes webhook (POST)'),
});
