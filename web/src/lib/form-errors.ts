import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { ApiError, describeError } from './api-client';

// Servers word field paths differently ("email", "body.email", "/email"); forms use dotted paths.
function toFieldPath(field: string): string {
  return field
    .replace(/^\/+/, '')
    .replace(/^body[./]/, '')
    .replaceAll('/', '.');
}

/**
 * Puts a failed request's messages onto a form: each validation message beside its field,
 * and anything that belongs to no field into `errors.root.server` (see <FormError>).
 */
export function applyApiError<T extends FieldValues>(
  form: Pick<UseFormReturn<T>, 'setError' | 'getValues'>,
  error: unknown,
): void {
  const known = new Set(Object.keys(form.getValues() ?? {}));
  const leftover: string[] = [];

  if (error instanceof ApiError && error.fieldErrors.length > 0) {
    for (const { field, message } of error.fieldErrors) {
      const path = toFieldPath(field);
      if (known.has(path.split('.')[0])) {
        form.setError(path as FieldPath<T>, { type: 'server', message }, { shouldFocus: true });
      } else {
        leftover.push(message);
      }
    }
    if (leftover.length === 0) return;
  }

  form.setError('root.server', {
    type: 'server',
    message: leftover.length > 0 ? leftover.join(' ') : describeError(error),
  });
}
