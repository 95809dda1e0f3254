import { formatPhone, SIP_URI } from '@contracts/phone';
import { WEEKDAYS, type Weekday, type WeeklySchedule } from '@contracts/schedule';
import type { Caps } from '@contracts/targets';

export const weekdayShort: Record<Weekday, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

/** [mon, tue, wed, fri] → "Mon–Wed, Fri"; all seven → "Daily". */
function describeDays(days: Weekday[]): string {
  if (days.length === WEEKDAYS.length) return 'Daily';
  const runs: Weekday[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && WEEKDAYS.indexOf(day) === WEEKDAYS.indexOf(previous) + 1) run.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) =>
      run.length === 1 ? weekdayShort[run[0]] : `${weekdayShort[run[0]]}–${weekdayShort[run.at(-1)!]}`,
    )
    .join(', ');
}

/** "Mon–Fri 09:00–17:00; Sat 10:00–14:00", "Always open" (no schedule) or "Closed" (no open day). */
export function summarizeSchedule(schedule: WeeklySchedule | null): string {
  if (!schedule) return 'Always open';
  const daysByHours = new Map<string, Weekday[]>();
  for (const day of WEEKDAYS) {
    const ranges = schedule[day];
    if (!ranges?.length) continue;
    const hours = ranges.map((range) => `${range.open}–${range.close}`).join(', ');
    daysByHours.set(hours, [...(daysByHours.get(hours) ?? []), day]);
  }
  if (daysByHours.size === 0) return 'Closed';
  return [...daysByHours].map(([hours, days]) => `${describeDays(days)} ${hours}`).join('; ');
}

const count = new Intl.NumberFormat('en-US');

const capLabels: Record<keyof Caps, (value: string) => string> = {
  concurrency: (value) => `${value} concurrent`,
  hourly: (value) => `${value}/hr`,
  daily: (value) => `${value}/day`,
  monthly: (value) => `${value}/mo`,
  total: (value) => `${value} total`,
};

/** "2 concurrent · 50/day", or an empty list when the target has no caps. */
export function summarizeCaps(caps: Caps): string[] {
  return (Object.keys(capLabels) as (keyof Caps)[]).flatMap((name) => {
    const value = caps[name];
    return value ? [capLabels[name](count.format(value))] : [];
  });
}

/** "EST", "PDT", "GMT+1": how a timezone reads next to opening hours today. */
export function timezoneAbbreviation(zone: string): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }).formatToParts();
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
  } catch {
    return zone;
  }
}

/** Phone destinations as "(415) 555-0100"; SIP URIs as they are. */
export function formatDestination(destination: string): string {
  return SIP_URI.test(destination) ? destination : formatPhone(destination);
}
