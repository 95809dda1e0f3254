import type { FieldError } from '@contracts/common';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { ApiError, describeError, isApiError } from './api-client';

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

type ConflictOn<T extends FieldValues> = {
  /** The field a CONFLICT is about (a taken email, a number already registered), or how to read it off the error. */
  field: FieldPath<T> | ((error: ApiError) => FieldPath<T> | undefined);
  /** Shown beside the field; the server's message when left out. */
  message?: string;
};

/**
 * The form's submit handler: sends the valid input, and when that fails puts the error on the form,
 * a CONFLICT beside the field `conflict` names and anything else through `applyApiError`.
 */
export function handleApiSubmit<TValues extends FieldValues, TOutput>(
  form: UseFormReturn<TValues, unknown, TOutput>,
  send: (input: TOutput) => Promise<unknown>,
  conflict?: ConflictOn<TValues>,
) {
  return form.handleSubmit(async (input) => {
    try {
      await send(input);
    } catch (error) {
      if (conflict && isApiError(error, 'CONFLICT')) {
        const field = typeof conflict.field === 'function' ? conflict.field(error) : conflict.field;
        if (field) {
          const message = conflict.message ?? error.message;
          form.setError(field, { type: 'server', message }, { shouldFocus: true });
          return;
        }
      }
      applyApiError(form, error);
    }
  });
}

/** The same error with its field errors renamed to the form's own fields, for `applyApiError`. */
export function renameFieldErrors(error: unknown, rename: (fieldError: FieldError) => FieldError): unknown {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return error;
  return new ApiError({
    code: error.code,
    status: error.status,
    message: error.message,
    requestId: error.requestId,
    details: { fields: error.fieldErrors.map(rename) },
  });
}
