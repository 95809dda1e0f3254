import { z } from 'zod';

// A NUL byte cannot be stored in PostgreSQL text; refuse it here rather than fail on write.
const NoNul = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => !value.includes('\u0000'), 'Contains a NUL character');
const Text = (max: number) => NoNul(max).nullish();

/** What the snippet sends for a page view or heartbeat. */
export const DniTrackInput = z.object({
  tagCode: z.string().min(1).max(64),
  sessionId: z.string().max(64).nullish(),
  url: Text(2000),
  referrer: Text(2000),
  utmSource: Text(200),
  utmMedium: Text(200),
  utmCampaign: Text(200),
  utmTerm: Text(200),
  utmContent: Text(200),
  clickIds: z.record(NoNul(40), NoNul(500)).optional(),
});
export type DniTrackInput = z.input<typeof DniTrackInput>;

export const DniTrackResult = z.object({
  sessionId: z.string(),
  phoneNumber: z.string(),
  formattedNumber: z.string(),
});
export type DniTrackResult = z.infer<typeof DniTrackResult>;
