import { Slot } from '@radix-ui/react-slot';
import { cn } from '@web/lib/utils';
import { type ReactElement, type ReactNode, useId } from 'react';
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

/** The form-level error (set by `applyApiError` as `errors.root.server`). */
export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return <Alert variant="error">{message}</Alert>;
}
