import { FormField } from '@web/components/ui/form-field';
import { Input } from '@web/components/ui/input';
import { Label } from '@web/components/ui/label';
import { OptionSelect, type SelectOption } from '@web/components/ui/option-select';
import { Switch } from '@web/components/ui/switch';
import { Textarea } from '@web/components/ui/textarea';
import { type ReactNode, useId } from 'react';
import { Controller, type FieldPath, type FieldValues, type UseFormReturn } from 'react-hook-form';

type FieldProps<T extends FieldValues> = {
  form: UseFormReturn<T, unknown, unknown>;
  name: FieldPath<T>;
  label: string;
  hint?: ReactNode;
  className?: string;
};

const errorOf = <T extends FieldValues>(form: FieldProps<T>['form'], name: FieldPath<T>) =>
  form.getFieldState(name, form.formState).error?.message;

export function TextField<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  className,
  placeholder,
  multiline = false,
}: FieldProps<T> & { placeholder?: string; multiline?: boolean }) {
  return (
    <FormField label={label} hint={hint} error={errorOf(form, name)} className={className}>
      {multiline ? (
        <Textarea rows={3} placeholder={placeholder} {...form.register(name)} />
      ) : (
        <Input autoComplete="off" placeholder={placeholder} {...form.register(name)} />
      )}
    </FormField>
  );
}

/** A whole number; an emptied field reads as NaN, which the schema reports as not a number. */
export function NumberField<T extends FieldValues>({ form, name, label, hint, className }: FieldProps<T>) {
  return (
    <FormField label={label} hint={hint} error={errorOf(form, name)} className={className}>
      <Input type="number" inputMode="numeric" {...form.register(name, { valueAsNumber: true })} />
    </FormField>
  );
}

export function SelectField<T extends FieldValues, V extends string>({
  form,
  name,
  label,
  hint,
  className,
  options,
}: FieldProps<T> & { options: readonly SelectOption<V>[] }) {
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <FormField label={label} hint={hint} error={fieldState.error?.message} className={className}>
          <OptionSelect
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            options={options}
          />
        </FormField>
      )}
    />
  );
}

export function SwitchField<T extends FieldValues>({ form, name, label, hint }: FieldProps<T>) {
  const id = useId();
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <div className="flex items-start gap-2">
          <Switch
            id={id}
            checked={field.value === true}
            onCheckedChange={field.onChange}
            ref={field.ref}
            className="mt-0.5"
          />
          <div className="grid gap-0.5">
            <Label htmlFor={id}>{label}</Label>
            {hint && <p className="text-xs text-slate-500">{hint}</p>}
          </div>
        </div>
      )}
    />
  );
}

const NO_KEY = 'none';
const finishKeyOptions = [
  { value: '#', label: '# (pound)' },
  { value: '*', label: '* (star)' },
  { value: NO_KEY, label: 'None: wait for the timeout' },
] as const;

/** Gather's and Voicemail's finish key; a select cannot hold an empty value, so "none" stands in for it. */
export function FinishKeyField<T extends FieldValues>({ form, name, label, hint }: FieldProps<T>) {
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <FormField label={label} hint={hint}>
          <OptionSelect
            value={field.value === '' ? NO_KEY : field.value}
            onChange={(value) => field.onChange(value === NO_KEY ? '' : value)}
            options={finishKeyOptions}
          />
        </FormField>
      )}
    />
  );
}
