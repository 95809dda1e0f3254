import { localTime } from './local-time';

export type CapPeriod = 'hourly' | 'daily' | 'monthly' | 'total';
export const CAP_PERIODS: CapPeriod[] = ['hourly', 'daily', 'monthly', 'total'];

const pad = (n: number) => String(n).padStart(2, '0');

/** The counter bucket of each cap period for an instant, in the target's timezone. */
export function capBuckets(instant: Date, timezone: string): Record<CapPeriod, string> {
  const t = localTime(instant, timezone);
  const day = `${t.year}-${pad(t.month)}-${pad(t.day)}`;
  return {
    hourly: `h:${day}T${pad(t.hour)}`,
    daily: `d:${day}`,
    monthly: `m:${t.year}-${pad(t.month)}`,
    total: 'total',
  };
}
