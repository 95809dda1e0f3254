/** Named date ranges in the viewer's timezone, as the local days (YYYY-MM-DD) the stats API takes. */
export type RangeName = 'today' | 'yesterday' | 'last7' | 'last30' | 'last90' | 'custom';

export const RANGE_OPTIONS: { value: RangeName; label: string }[] = [
  { value: 'today', label: 'Today' },
  { value: 'yesterday', label: 'Yesterday' },
  { value: 'last7', label: 'Last 7 days' },
  { value: 'last30', label: 'Last 30 days' },
  { value: 'last90', label: 'Last 90 days' },
  { value: 'custom', label: 'Custom' },
];

export type DayRange = { from: string; to: string };

export const browserTimezone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export function todayIn(timezone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: timezone, dateStyle: 'short' }).format(now);
}

/** Calendar arithmetic on a YYYY-MM-DD day (no timezone involved: days are days). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const daysBetween = (range: DayRange) =>
  Math.round((Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / 86_400_000) + 1;

export function resolveRange(name: RangeName, timezone: string, custom?: Partial<DayRange>): DayRange {
  const today = todayIn(timezone);
  const back = (days: number) => ({ from: addDays(today, 1 - days), to: today });
  switch (name) {
    case 'today':
      return { from: today, to: today };
    case 'yesterday':
      return { from: addDays(today, -1), to: addDays(today, -1) };
    case 'last7':
      return back(7);
    case 'last30':
      return back(30);
    case 'last90':
      return back(90);
    case 'custom':
      return { from: custom?.from || today, to: custom?.to || today };
  }
}

/** The same number of days just before: what KPI cards compare against. */
export function previousRange(range: DayRange): DayRange {
  const days = daysBetween(range);
  return { from: addDays(range.from, -days), to: addDays(range.to, -days) };
}

/** Percentage change from `before` to `now`, one decimal; null when there is nothing to compare. */
export function changePercent(now: number, before: number): number | null {
  if (!before) return null;
  return Math.round(((now - before) / Math.abs(before)) * 1000) / 10;
}
