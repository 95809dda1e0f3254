import { Button } from '@web/components/ui/button';
import { Input } from '@web/components/ui/input';
import { OptionSelect } from '@web/components/ui/option-select';
import { RemovableRow } from '@web/features/buyers/removable-row';
import { Plus } from 'lucide-react';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import type { PixelFormValues } from './pixel-form';

const operators = [
  { value: 'in', label: 'is one of' },
  { value: 'not_in', label: 'is not one of' },
] as const;

/** "Only when [tag:InboundNumber:State] is one of CA, TX": every filter must pass for the pixel to fire. */
export function TagFilterRows() {
  const { control, register, formState } = useFormContext<PixelFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'tagFilters' });
  const errors = formState.errors.tagFilters;

  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1.5 text-[13px] font-medium text-slate-700">Tag filters</legend>
      <p className="text-xs text-slate-500">
        Fire only for calls whose tags match, e.g. <code>[tag:InboundNumber:State]</code> is one of CA, TX.
        Every filter must match.
      </p>
      {fields.map((row, index) => {
        const rowErrors = errors?.[index];
        return (
          <RemovableRow
            key={row.id}
            removeLabel={`Remove filter ${index + 1}`}
            onRemove={() => remove(index)}
            error={rowErrors?.token?.message ?? rowErrors?.values?.message}
          >
            <Input
              className="h-8 font-mono text-[13px]"
              placeholder="[tag:InboundNumber:State]"
              aria-label={`Filter ${index + 1} token`}
              aria-invalid={rowErrors?.token ? true : undefined}
              autoComplete="off"
              {...register(`tagFilters.${index}.token`)}
            />
            <Controller
              control={control}
              name={`tagFilters.${index}.operator`}
              render={({ field }) => (
                <OptionSelect
                  className="h-8 w-36 shrink-0"
                  aria-label={`Filter ${index + 1} match`}
                  value={field.value ?? 'in'}
                  onChange={field.onChange}
                  options={operators}
                />
              )}
            />
            <Input
              className="h-8 text-[13px]"
              placeholder="CA, TX"
              aria-label={`Filter ${index + 1} values`}
              aria-invalid={rowErrors?.values ? true : undefined}
              autoComplete="off"
              {...register(`tagFilters.${index}.values`)}
            />
          </RemovableRow>
        );
      })}
      <div>
        <Button
          type="button"
          variant="outline"
          size="xs"
          onClick={() => append({ token: '', operator: 'in', values: '' })}
        >
          <Plus aria-hidden="true" />
          Add filter
        </Button>
      </div>
    </fieldset>
  );
}
