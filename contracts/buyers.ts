import { z } from 'zod';
import { Timestamp } from './common';
import { OptionalPhoneNumber } from './phone';

export const ActiveStatus = z.enum(['active', 'paused']);
export type ActiveStatus = z.infer<typeof ActiveStatus>;

/** Optional text a form may send as "": stored as null. */
export const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => value || null);

export const CreateBuyerInput = z.object({
  name: z.string().trim().min(1, 'Name is required').max(120),
  company: OptionalText(120),
  email: z
    .union([z.string().trim().toLowerCase().email(), z.literal('')])
    .nullish()
    .transform((value) => value || null),
  phone: OptionalPhoneNumber,
  status: ActiveStatus.optional(),
  notes: OptionalText(5000),
});
export type CreateBuyerInput = z.input<typeof CreateBuyerInput>;
export const UpdateBuyerInput = CreateBuyerInput.partial();

export const Buyer = z.object({
  id: z.string(),
  name: z.string(),
  company: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  status: ActiveStatus,
  notes: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Buyer = z.infer<typeof Buyer>;
