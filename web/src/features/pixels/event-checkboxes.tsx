import { CallEvent } from '@contracts/pixels';
import { Checkbox } from '@web/components/ui/checkbox';
import { Label } from '@web/components/ui/label';
import { useId } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { EVENT_LABELS, type PixelFormValues } from './pixel-form';

/** Which call events fire the pixel; each fires at most once per call. */
export function EventCheckboxes() {
  const { control, formState } = useFormContext<PixelFormValues>();
  const baseId = useId();
  const error = formState.errors.events?.message ?? formState.errors.events?.root?.message;
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1.5 text-[13px] font-medium text-slate-700">Fire on</legend>
      <Controller
        control={control}
        name="events"
        render={({ field }) => (
          <div className="grid gap-2 sm:grid-cols-2">
            {CallEvent.options.map((event) => {
              const id = `${baseId}-${event}`;
              const checked = field.value.includes(event);
              return (
                <div key={event} className="flex items-start gap-2">
                  <Checkbox
                    id={id}
                    checked={checked}
                    className="mt-0.5"
                    onCheckedChange={(next) =>
                      field.onChange(
                        next === true ? [...field.value, event] : field.value.filter((e) => e !== event),
                      )
                    }
                  />
                  <div className="grid gap-0.5">
                    <Label htmlFor={id}>{EVENT_LABELS[event].label}</Label>
                    <p className="text-xs text-slate-500">{EVENT_LABELS[event].description}</p>
                  </div>
                </div>
              );
            })}
          </div>
        )}
      />
      {error && <p className="text-xs text-red-600">{error}</p>}
    </fieldset>
  );
}
