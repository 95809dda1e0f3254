import { Slot } from '@radix-ui/react-slot';
import { cn } from '@web/lib/utils';
import { type ReactElement, type ReactNode, useId } from 'react';
import {
  type Control,
  Controller,
  type ControllerRenderProps,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form';
import { Alert } from './alert';
import { Label } from './label';

type FormFieldProps = {
  label: ReactNode;
  /** The control: an <Input>, a <SelectTrigger>…; it receives id, aria-invalid and aria-describedby. */
  children: ReactElement;
  id?: string;
  error?: string;
  hint?: ReactNode;
  className?: string;
};

/** A label, its control and the control's hint or error, wired together for assistive technology. */
export function FormField({ label, children, id, error, hint, className }: FormFieldProps) {
  const generatedId = useId();
  const controlId = id ?? generatedId;
  const messageId = `${controlId}-message`;
  const message = error ?? hint;

  return (
    <div className={cn('grid gap-1.5', className)}>
      <Label htmlFor={controlId}>{label}</Label>
      <Slot
        id={controlId}
        aria-invalid={error ? true : undefined}
        aria-describedby={message ? messageId : undefined}
      >
        {children}
      </Slot>
      {message && (
        <p id={messageId} className={cn('text-xs', error ? 'text-red-600' : 'text-slate-500')}>
          {message}
        </p>
      )}
    </div>
  );
}

type FieldControl<T extends FieldValues, N extends FieldPath<T>> = Pick<
  ControllerRenderProps<T, N>,
  'value' | 'onChange' | 'onBlur' | 'ref'
>;

type ControlledFormFieldProps<T extends FieldValues, N extends FieldPath<T>, TOut> = Omit<
  FormFieldProps,
  'children' | 'error'
> & {
  control: Control<T, unknown, TOut>;
  name: N;
  /** Shown while the field has no error of its own, e.g. that its options could not be loaded. */
  fallbackError?: string;
  /** The control (a select, say), given what wires it to the form. */
  render: (field: FieldControl<T, N>) => ReactElement;
};

/** A <FormField> for a control that is not a native input, driven through react-hook-form's Controller. */
export function ControlledFormField<T extends FieldValues, N extends FieldPath<T>, TOut = T>({
  control,
  name,
  fallbackError,
  render,
  ...fieldProps
}: ControlledFormFieldProps<T, N, TOut>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormField {...fieldProps} error={fieldState.error?.message ?? fallbackError}>
          {render({ value: field.value, onChange: field.onChange, onBlur: field.onBlur, ref: field.ref })}
        </FormField>
      )}
    />
  );
}

/** The form-level error (set by `applyApiError` as `errors.root.server`). */
export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return <Alert variant="error">{message}</Alert>;
}
