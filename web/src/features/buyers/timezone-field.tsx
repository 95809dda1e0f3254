import { FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@web/components/ui/select';
import { type ComponentProps, useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import type { TargetFormValues } from './target-form-values';

const commonTimezones = [
  { zone: 'America/New_York', label: 'Eastern (New York)' },
  { zone: 'America/Chicago', label: 'Central (Chicago)' },
  { zone: 'America/Denver', label: 'Mountain (Denver)' },
  { zone: 'America/Phoenix', label: 'Arizona (Phoenix)' },
  { zone: 'America/Los_Angeles', label: 'Pacific (Los Angeles)' },
  { zone: 'America/Anchorage', label: 'Alaska (Anchorage)' },
  { zone: 'Pacific/Honolulu', label: 'Hawaii (Honolulu)' },
  { zone: 'UTC', label: 'UTC' },
];

const OTHER = 'other';

const isCommon = (zone: string) => commonTimezones.some((common) => common.zone === zone);

type ZoneSelectProps = Omit<ComponentProps<typeof SelectTrigger>, 'onChange' | 'value'> & {
  value: string;
  onChange: (value: string) => void;
};

function ZoneSelect({ value, onChange, ...triggerProps }: ZoneSelectProps) {
  return (
    <Select value={value} onValueChange={onChange}>
      <SelectTrigger {...triggerProps}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {commonTimezones.map(({ zone, label }) => (
          <SelectItem key={zone} value={zone} description={zone}>
            {label}
          </SelectItem>
        ))}
        <SelectItem value={OTHER} description="Type any IANA timezone">
          Other…
        </SelectItem>
      </SelectContent>
    </Select>
  );
}

/** The US zones call centres mostly use, or any IANA zone typed in. */
export function TimezoneField() {
  const { control } = useFormContext<TargetFormValues>();
  const { field, fieldState } = useController({ control, name: 'timezone' });
  const [custom, setCustom] = useState(() => !isCommon(field.value));
  const error = fieldState.error?.message;

  return (
    <div className="grid items-start gap-4 sm:grid-cols-2">
      <FormField label="Timezone" error={custom ? undefined : error}>
        <ZoneSelect
          value={custom ? OTHER : field.value}
          onChange={(next) => {
            setCustom(next === OTHER);
            if (next !== OTHER) field.onChange(next);
          }}
          onBlur={field.onBlur}
          ref={custom ? undefined : field.ref}
        />
      </FormField>
      {custom && (
        <FormField label="IANA timezone" error={error} hint="For example Europe/London.">
          <Input
            autoComplete="off"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
          />
        </FormField>
      )}
    </div>
  );
}
