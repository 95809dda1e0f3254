import type { Weekday } from '../../../contracts/schedule';

export type LocalTime = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: Weekday;
  /** Minutes since local midnight. */
  minutes: number;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

// Every call asks for the same few zones in the same minute; formatToParts is the costly part.
const recent = new Map<string, LocalTime>();
const RECENT_LIMIT = 1_000;

/** Wall-clock time in an IANA zone; Intl applies DST, so 9:00 stays 9:00 all year. */
export function localTime(instant: Date, timezone: string): LocalTime {
  const key = `${timezone}|${Math.floor(instant.getTime() / 60_000)}`;
  let local = recent.get(key);
  if (!local) {
    local = computeLocalTime(instant, timezone);
    if (recent.size >= RECENT_LIMIT) recent.clear();
    recent.set(key, local);
  }
  return local;
}

function computeLocalTime(instant: Date, timezone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timezone).formatToParts(instant)) parts[part.type] = part.value;
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour,
    minute,
    weekday: parts.weekday.toLowerCase().slice(0, 3) as Weekday,
    minutes: hour * 60 + minute,
  };
}
