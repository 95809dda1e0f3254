import { CallerIdPolicy } from '@contracts/targets';
import { Button } from '@web/components/ui/button';
import { ControlledFormField, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@web/components/ui/select';
import { Plus } from 'lucide-react';
import type { ComponentProps } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { RemovableRow } from './removable-row';
import type { TargetFormValues } from './target-form-values';

type Policy = z.infer<typeof CallerIdPolicy>;

const policyOptions: Record<Policy, { label: string; description: string }> = {
  passthrough: { label: 'Caller’s number', description: 'The buyer sees who is calling' },
  fixed: { label: 'A fixed number', description: 'Always show the number below' },
  campaign_default: { label: 'Campaign default', description: 'The caller ID set on the campaign' },
};

type PolicySelectProps = Omit<ComponentProps<typeof SelectTrigger>, 'onChange' | 'value'> & {
  value: Policy;
  onChange: (value: Policy) => void;
};

export function PolicySelect({ value, onChange, ...triggerProps }: PolicySelectProps) {
  return (
    <Select value={value} onValueChange={(next) => onChange(CallerIdPolicy.parse(next))}>
      <SelectTrigger {...triggerProps}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {CallerIdPolicy.options.map((policy) => (
          <SelectItem key={policy} value={policy} description={policyOptions[policy].description}>
            {policyOptions[policy].label}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}

function SipHeaderRows() {
  const { control, register, formState } = useFormContext<TargetFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'sipHeaders' });
  const errors = formState.errors.sipHeaders;

  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1.5 text-[13px] font-medium text-slate-700">SIP headers</legend>
      <p className="text-xs text-slate-500">
        Sent with calls to a SIP destination. Names start with X-, e.g. X-Campaign.
      </p>
      {fields.map((row, index) => {
        const message = errors?.[index]?.name?.message ?? errors?.[index]?.value?.message;
        return (
          <RemovableRow
            key={row.id}
            removeLabel={`Remove header ${index + 1}`}
            onRemove={() => remove(index)}
            error={message}
          >
            <Input
              className="h-8 font-mono text-[13px]"
              placeholder="X-Name"
              aria-label={`Header ${index + 1} name`}
              aria-invalid={errors?.[index]?.name ? true : undefined}
              autoComplete="off"
              {...register(`sipHeaders.${index}.name`)}
            />
            <Input
              className="h-8 text-[13px]"
              placeholder="Value"
              aria-label={`Header ${index + 1} value`}
              aria-invalid={errors?.[index]?.value ? true : undefined}
              autoComplete="off"
              {...register(`sipHeaders.${index}.value`)}
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
          Add header
        </Button>
      </div>
    </fieldset>
  );
}

export function TargetAdvancedFields() {
  const { control, register, formState } = useFormContext<TargetFormValues>();
  const policy = useWatch({ control, name: 'callerIdPolicy' });

  return (
    <div className="grid gap-5">
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <ControlledFormField
          control={control}
          name="callerIdPolicy"
          label="Caller ID"
          hint="The number the buyer sees."
          render={(field) => <PolicySelect {...field} />}
        />
        {policy === 'fixed' && (
          <FormField label="Caller ID number" error={formState.errors.callerIdNumber?.message}>
            <Input type="tel" autoComplete="off" {...register('callerIdNumber')} />
          </FormField>
        )}
      </div>
      <SipHeaderRows />
    </div>
  );
}
