import { WEEKDAYS, type Weekday } from '@contracts/schedule';
import { cn } from '@web/lib/utils';

const dayLabels: Record<Weekday, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

export const weekdayLabel = (day: Weekday) => dayLabels[day];

/** Weekdays as toggle buttons. */
export function WeekdayPicker({
  value,
  onChange,
}: {
  value: Weekday[];
  onChange: (days: Weekday[]) => void;
}) {
  const chosen = new Set(value);
  return (
    <fieldset className="flex flex-wrap gap-1" aria-label="Days">
      {WEEKDAYS.map((day) => (
        <button
          key={day}
          type="button"
          aria-pressed={chosen.has(day)}
          onClick={() =>
            onChange(WEEKDAYS.filter((other) => (other === day ? !chosen.has(day) : chosen.has(other))))
          }
          className={cn(
            'h-7 rounded border px-1.5 text-xs font-medium',
            chosen.has(day)
              ? 'border-indigo-500 bg-indigo-50 text-indigo-700'
              : 'border-slate-300 bg-white text-slate-500',
          )}
        >
          {dayLabels[day]}
        </button>
      ))}
    </fieldset>
  );
}
