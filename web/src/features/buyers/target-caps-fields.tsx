import { CapCounts } from '@contracts/targets';
import { ControlledFormField, FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@web/components/ui/select';
import type { ComponentProps } from 'react';
import { useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { CAP_NAMES, type CapName, type TargetFormValues } from './target-form-values';

const capLabels: Record<CapName, string> = {
  concurrency: 'Concurrent calls',
  hourly: 'Hourly cap',
  daily: 'Daily cap',
  monthly: 'Monthly cap',
  total: 'Total cap',
};

type CapCountsValue = z.infer<typeof CapCounts>;

const capCountsOptions: Record<CapCountsValue, { label: string; description: string }> = {
  routed: { label: 'Routed calls', description: 'Every call sent to the target' },
  converted: { label: 'Converted calls', description: 'Only calls that reach the conversion time' },
};

type CapCountsSelectProps = Omit<ComponentProps<typeof SelectTrigger>, 'onChange' | 'value'> & {
  value: CapCountsValue;
  onChange: (value: CapCountsValue) => void;
};

function CapCountsSelect({ value, onChange, ...triggerProps }: CapCountsSelectProps) {
  return (
    <Select value={value} onValueChange={(next) => onChange(CapCounts.parse(next))}>
      <SelectTrigger {...triggerProps}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {CapCounts.options.map((option) => (
          <SelectItem key={option} value={option} description={capCountsOptions[option].description}>
            {capCountsOptions[option].label}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}

export function TargetCapsFields() {
  const { control, register, formState } = useFormContext<TargetFormValues>();
  const { errors } = formState;

  return (
    <div className="grid gap-4">
      <p className="text-[13px] text-slate-500">
        Routing skips the target once a cap is reached. Leave a cap blank for no limit; hourly, daily and
        monthly caps reset in the target’s timezone.
      </p>
      <div className="grid items-start gap-4 sm:grid-cols-3">
        {CAP_NAMES.map((name) => (
          <FormField key={name} label={capLabels[name]} error={errors.caps?.[name]?.message}>
            <Input
              inputMode="numeric"
              autoComplete="off"
              placeholder="No cap"
              {...register(`caps.${name}`)}
            />
          </FormField>
        ))}
      </div>
      <ControlledFormField
        control={control}
        name="capCounts"
        label="Caps count"
        hint="Concurrency always counts live calls."
        className="sm:max-w-xs"
        render={(field) => <CapCountsSelect {...field} />}
      />
    </div>
  );
}
