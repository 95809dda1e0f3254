import { WEEKDAYS, type Weekday } from '@contracts/schedule';
import { Button } from '@web/components/ui/button';
import { Input } from '@web/components/ui/input';
import { Label } from '@web/components/ui/label';
import { Switch } from '@web/components/ui/switch';
import { Copy, Plus } from 'lucide-react';
import { useId } from 'react';
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { RemovableRow } from './removable-row';
import type { TargetFormValues } from './target-form-values';
import { weekdayShort } from './target-summary';
import { TimezoneField } from './timezone-field';

const weekdayLong: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

function DayHours({ day }: { day: Weekday }) {
  const { control, register, formState } = useFormContext<TargetFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: `schedule.${day}` });
  const dayErrors = formState.errors.schedule?.[day];
  const dayName = weekdayLong[day];

  return (
    <li className="flex items-start gap-3 px-3 py-2">
      <span className="w-10 shrink-0 pt-1.5 text-[13px] font-medium text-slate-700">{weekdayShort[day]}</span>
      <div className="grid min-w-0 flex-1 gap-1.5">
        {fields.length === 0 && <span className="pt-1.5 text-[13px] text-slate-400">Closed</span>}
        {fields.map((range, index) => {
          const errors = dayErrors?.[index];
          const message = errors?.open?.message ?? errors?.close?.message ?? errors?.message;
          const suffix = index > 0 ? ` (${index + 1})` : '';
          return (
            <RemovableRow
              key={range.id}
              removeLabel={`Remove ${dayName} hours${suffix}`}
              onRemove={() => remove(index)}
              error={message}
            >
              <Input
                type="time"
                className="h-8 w-32"
                aria-label={`${dayName} opens${suffix}`}
                aria-invalid={errors?.open ? true : undefined}
                {...register(`schedule.${day}.${index}.open`)}
              />
              <span className="text-slate-400" aria-hidden="true">
                –
              </span>
              <Input
                type="time"
                className="h-8 w-32"
                aria-label={`${dayName} closes${suffix}`}
                aria-invalid={errors?.close ? true : undefined}
                {...register(`schedule.${day}.${index}.close`)}
              />
            </RemovableRow>
          );
        })}
      </div>
      <Button
        type="button"
        variant="ghost"
        size="xs"
        aria-label={`Add hours on ${dayName}`}
        onClick={() =>
          append(fields.length === 0 ? { open: '09:00', close: '17:00' } : { open: '', close: '' })
        }
      >
        <Plus aria-hidden="true" />
        Add hours
      </Button>
    </li>
  );
}

function WeeklyHours() {
  const { getValues, setValue } = useFormContext<TargetFormValues>();

  const copyMondayToWeekdays = () => {
    const monday = getValues('schedule.mon');
    for (const day of ['tue', 'wed', 'thu', 'fri'] as const) {
      setValue(
        `schedule.${day}`,
        monday.map((range) => ({ ...range })),
        { shouldDirty: true },
      );
    }
  };

  return (
    <div className="rounded-md border border-slate-200">
      <div className="flex items-center justify-between gap-2 border-b border-slate-200 bg-slate-50 px-3 py-2">
        <p className="text-[13px] font-medium text-slate-700">Opening hours</p>
        <Button type="button" variant="outline" size="xs" onClick={copyMondayToWeekdays}>
          <Copy aria-hidden="true" />
          Copy Monday to weekdays
        </Button>
      </div>
      <ul className="divide-y divide-slate-100">
        {WEEKDAYS.map((day) => (
          <DayHours key={day} day={day} />
        ))}
      </ul>
      <p className="border-t border-slate-200 px-3 py-2 text-xs text-slate-500">
        Times are in the target’s timezone. A day without hours is closed; a close time earlier than the open
        time runs past midnight (22:00–02:00).
      </p>
    </div>
  );
}

export function TargetScheduleFields() {
  const { control } = useFormContext<TargetFormValues>();
  const alwaysOpen = useWatch({ control, name: 'alwaysOpen' });
  const switchId = useId();

  return (
    <div className="grid gap-4">
      <TimezoneField />
      <Controller
        control={control}
        name="alwaysOpen"
        render={({ field }) => (
          <div className="flex items-start gap-3 rounded-md border border-slate-200 px-3 py-2.5">
            <Switch
              id={switchId}
              checked={field.value}
              onCheckedChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              aria-describedby={`${switchId}-hint`}
            />
            <div className="grid gap-1">
              <Label htmlFor={switchId}>Always open</Label>
              <p id={`${switchId}-hint`} className="text-xs text-slate-500">
                Take calls at any hour. Turn off to set opening hours for each day.
              </p>
            </div>
          </div>
        )}
      />
      {!alwaysOpen && <WeeklyHours />}
    </div>
  );
}
