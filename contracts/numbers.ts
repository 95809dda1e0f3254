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
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type TrackingNumber = z.infer<typeof TrackingNumber>;
