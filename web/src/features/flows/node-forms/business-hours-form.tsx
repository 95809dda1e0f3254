import { BusinessHoursConfig } from '@contracts/flows';
import { WEEKDAYS, type Weekday } from '@contracts/schedule';
import { Button } from '@web/components/ui/button';
import { FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { TimezoneSelect } from '@web/features/campaigns/timezone-select';
import { Plus, X } from 'lucide-react';
import { Controller, type UseFormReturn, useFieldArray } from 'react-hook-form';
import type { z } from 'zod';
import { SwitchField, TextField } from './fields';
import { FormTabs } from './form-tabs';
import { ListRow, ListRows } from './list-rows';
import { type NodeFormProps, useNodeForm } from './use-node-form';
import { weekdayLabel } from './weekday-picker';

type HoursForm = UseFormReturn<
  z.input<typeof BusinessHoursConfig>,
  unknown,
  z.output<typeof BusinessHoursConfig>
>;

/** One weekday's open ranges; none means closed all day. */
function DayRanges({ form, day }: { form: HoursForm; day: Weekday }) {
  const ranges = useFieldArray({ control: form.control, name: `schedule.${day}` as const });
  const rangeError = (index: number) =>
    form.getFieldState(`schedule.${day}.${index}`, form.formState).error ??
    form.getFieldState(`schedule.${day}.${index}.close`, form.formState).error;
  return (
    <div className="grid grid-cols-[2.5rem_1fr] items-start gap-2 border-b border-slate-100 py-1.5 last:border-0">
      <span className="pt-1 text-xs font-medium text-slate-700">{weekdayLabel(day)}</span>
      <div className="grid gap-1">
        {ranges.fields.length === 0 && <span className="pt-1 text-xs text-slate-400">Closed</span>}
        {ranges.fields.map((range, index) => (
          <div key={range.id} className="grid gap-0.5">
            <div className="flex items-center gap-1">
              <Input
                className="h-7 w-20 px-2 text-xs"
                aria-label={`${weekdayLabel(day)} opens`}
                {...form.register(`schedule.${day}.${index}.open`)}
              />
              <span className="text-xs text-slate-400">–</span>
              <Input
                className="h-7 w-20 px-2 text-xs"
                aria-label={`${weekdayLabel(day)} closes`}
                {...form.register(`schedule.${day}.${index}.close`)}
              />
              <Button
                type="button"
                variant="ghost"
                size="icon"
                className="size-6"
                aria-label={`Remove ${weekdayLabel(day)} range ${index + 1}`}
                onClick={() => ranges.remove(index)}
              >
                <X aria-hidden="true" />
              </Button>
            </div>
            {rangeError(index) && <p className="text-xs text-red-600">{rangeError(index)?.message}</p>}
          </div>
        ))}
        <Button
          type="button"
          variant="link"
          size="xs"
          className="justify-self-start text-xs"
          onClick={() => ranges.append({ open: '09:00', close: '17:00' })}
        >
          <Plus aria-hidden="true" />
          Add hours
        </Button>
      </div>
    </div>
  );
}

export function BusinessHoursForm(props: NodeFormProps) {
  const form = useNodeForm(BusinessHoursConfig, props);
  const holidays = useFieldArray({ control: form.control, name: 'holidays' });
  return (
    <FormTabs
      basic={
        <>
          <Controller
            control={form.control}
            name="timezone"
            render={({ field, fieldState }) => (
              <FormField label="Timezone" error={fieldState.error?.message}>
                <TimezoneSelect value={field.value} onChange={field.onChange} />
              </FormField>
            )}
          />
          <fieldset>
            <legend className="mb-1 text-xs font-medium tracking-wide text-slate-500 uppercase">
              Open hours
            </legend>
            {WEEKDAYS.map((day) => (
              <DayRanges key={day} form={form} day={day} />
            ))}
            <p className="mt-1 text-xs text-slate-500">
              24-hour times; a close before the open runs past midnight.
            </p>
          </fieldset>
        </>
      }
      advanced={
        <ListRows
          title="Holidays (closed all day)"
          addLabel="Add holiday"
          onAdd={() => holidays.append({ date: '', name: '', yearly: false })}
        >
          {holidays.fields.map((holiday, index) => (
            <ListRow key={holiday.id} label={`holiday ${index + 1}`} onRemove={() => holidays.remove(index)}>
              <div className="grid grid-cols-2 gap-2">
                <FormField
                  label="Date"
                  error={form.getFieldState(`holidays.${index}.date`, form.formState).error?.message}
                >
                  <Input type="date" {...form.register(`holidays.${index}.date`)} />
                </FormField>
                <TextField form={form} name={`holidays.${index}.name`} label="Name" />
              </div>
              <SwitchField form={form} name={`holidays.${index}.yearly`} label="Every year" />
            </ListRow>
          ))}
        </ListRows>
      }
    />
  );
}
