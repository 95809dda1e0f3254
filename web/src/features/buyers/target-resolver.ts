import { toNestErrors } from '@hookform/resolvers';
import { ApiError } from '@web/lib/api-client';
import type { FieldErrors, FieldError as FormFieldError, Resolver } from 'react-hook-form';
import {
  type TargetFormValues,
  type TargetPayload,
  toFormFieldError,
  validateTargetValues,
} from './target-form-values';

/** Validates with the contract (via `validateTargetValues`) and submits its parsed output. */
export const targetResolver: Resolver<TargetFormValues, unknown, TargetPayload> = (
  values,
  _context,
  options,
) => {
  const result = validateTargetValues(values);
  if (result.success) return { values: result.payload, errors: {} };
  const flat: Record<string, FormFieldError> = {};
  for (const { field, message } of result.errors) flat[field] ??= { type: 'validate', message };
  return { values: {}, errors: toNestErrors(flat as FieldErrors, options) };
};

/** The server's field errors renamed to the form's fields, so `applyApiError` puts them beside the inputs. */
export function toFormApiError(error: unknown, values: TargetFormValues): unknown {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return error;
  return new ApiError({
    code: error.code,
    status: error.status,
    message: error.message,
    requestId: error.requestId,
    details: { fields: error.fieldErrors.map((fieldError) => toFormFieldError(fieldError, values)) },
  });
}
