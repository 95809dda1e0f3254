import { type TimeRange, WEEKDAYS, type WeeklySchedule } from '../../../contracts/schedule';
import { localTime } from './local-time';

const toMinutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const isOvernight = (range: TimeRange) => toMinutes(range.close) < toMinutes(range.open);

function previousWeekday(day: (typeof WEEKDAYS)[number]) {
  return WEEKDAYS[(WEEKDAYS.indexOf(day) + 6) % 7];
}

/**
 * Whether a weekly schedule is open at an instant, in the schedule's timezone. A range whose close
 * is before its open runs past midnight into the next day. No schedule means always open.
 */
export function isOpenAt(
  schedule: WeeklySchedule | null | undefined,
  timezone: string,
  instant: Date,
): boolean {
  if (!schedule) return true;
  const local = localTime(instant, timezone);
  const today = schedule[local.weekday] ?? [];
  const openToday = today.some((range) =>
    isOvernight(range)
      ? local.minutes >= toMinutes(range.open)
      : local.minutes >= toMinutes(range.open) && local.minutes < toMinutes(range.close),
  );
  if (openToday) return true;
  const yesterday = schedule[previousWeekday(local.weekday)] ?? [];
  return yesterday.some((range) => isOvernight(range) && local.minutes < toMinutes(range.close));
}
