import { Button } from '@web/components/ui/button';
import { Input } from '@web/components/ui/input';
import { RemovableRow } from '@web/features/buyers/removable-row';
import { Plus } from 'lucide-react';
import type { ReactNode } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import type { BidderFormValues } from './bidder-form';

type HeaderRowsProps = {
  name: 'headers' | 'sipHeaders';
  legend: string;
  hint: ReactNode;
  /** What a row is called to assistive technology: "Header 2 name", "SIP header 2 value". */
  rowLabel: string;
  namePlaceholder: string;
  addLabel: string;
};

/** Name/value rows that become a record on save; blank rows are ignored. */
export function HeaderRows({ name, legend, hint, rowLabel, namePlaceholder, addLabel }: HeaderRowsProps) {
  const { control, register, formState } = useFormContext<BidderFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name });
  const errors = formState.errors[name];

  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1.5 text-[13px] font-medium text-slate-700">{legend}</legend>
      <p className="text-xs text-slate-500">{hint}</p>
      {fields.map((row, index) => {
        const message = errors?.[index]?.name?.message ?? errors?.[index]?.value?.message;
        return (
          <RemovableRow
            key={row.id}
            removeLabel={`Remove ${rowLabel} ${index + 1}`}
            onRemove={() => remove(index)}
            error={message}
          >
            <Input
              className="h-8 font-mono text-[13px]"
              placeholder={namePlaceholder}
              aria-label={`${rowLabel} ${index + 1} name`}
              aria-invalid={errors?.[index]?.name ? true : undefined}
              autoComplete="off"
              {...register(`${name}.${index}.name`)}
            />
            <Input
              className="h-8 font-mono text-[13px]"
              placeholder="Value"
              aria-label={`${rowLabel} ${index + 1} value`}
              autoComplete="off"
              {...register(`${name}.${index}.value`)}
            />
          </RemovableRow>
        );
      })}
      {(errors?.message ?? errors?.root?.message) && (
        <p className="text-xs text-red-600">{errors?.message ?? errors?.root?.message}</p>
      )}
      <div>
        <Button type="button" variant="outline" size="xs" onClick={() => append({ name: '', value: '' })}>
          <Plus aria-hidden="true" />
          {addLabel}
        </Button>
      </div>
    </fieldset>
  );
}
