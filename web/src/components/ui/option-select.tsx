import type { ComponentProps } from 'react';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from './select';

export type SelectOption<T extends string> = { value: T; label: string; description?: string };

type OptionSelectProps<T extends string> = Omit<
  ComponentProps<typeof SelectTrigger>,
  'onChange' | 'value'
> & {
  value: T | undefined;
  onChange: (value: T) => void;
  options: readonly SelectOption<T>[];
  placeholder?: string;
};

/**
 * A select over a fixed list of options. Extra props (id, aria-*) go to the trigger, so <FormField>
 * can label it like an input.
 */
export function OptionSelect<T extends string>({
  value,
  onChange,
  options,
  placeholder,
  disabled,
  ...triggerProps
}: OptionSelectProps<T>) {
  return (
    <Select value={value} onValueChange={(next) => onChange(next as T)} disabled={disabled}>
      <SelectTrigger {...triggerProps}>
        <SelectValue placeholder={placeholder} />
      </SelectTrigger>
      <SelectContent>
        {options.map((option) => (
          <SelectItem key={option.value} value={option.value} description={option.description}>
            {option.label}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
