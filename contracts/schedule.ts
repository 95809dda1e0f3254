import { z } from 'zod';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Use 24-hour HH:MM, e.g. 09:00');

/** `close` earlier than `open` means the range runs past midnight (22:00–02:00). */
export const TimeRange = z
  .object({ open: ClockTime, close: ClockTime })
  .refine((range) => range.open !== range.close, { message: 'open and close must differ', path: ['close'] });
export type TimeRange = z.infer<typeof TimeRange>;

/** Per weekday, the open ranges; a missing or empty day is closed. No schedule at all means always open. */
export const WeeklySchedule = z.object(
  Object.fromEntries(WEEKDAYS.map((day) => [day, z.array(TimeRange).max(10).optional()])) as Record<
    Weekday,
    z.ZodOptional<z.ZodArray<typeof TimeRange>>
  >,
);
export type WeeklySchedule = z.infer<typeof WeeklySchedule>;

export function isValidTimezone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const Timezone = z.string().refine(isValidTimezone, 'Unknown IANA timezone, e.g. America/New_York');
