import { z } from 'zod';
import './messages';

/** The closed list of error codes; the server maps each to one HTTP status and the UI switches on them. */
export const ErrorCode = z.enum([
  'VALIDATION_ERROR',
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const FieldError = z.object({ field: z.string(), message: z.string() });
export type FieldError = z.infer<typeof FieldError>;

export const ErrorResponse = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    details: z.unknown().optional(),
    requestId: z.string().optional(),
  }),
});
export type ErrorResponse = z.infer<typeof ErrorResponse>;

export const IdParams = z.object({ id: z.string().min(1).max(64) });

export const Timestamp = z.string().describe('ISO 8601 date-time');

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const Role = z.enum(['owner', 'manager', 'viewer', 'publisher', 'agent']);
export type Role = z.infer<typeof Role>;

export const Email = z.string().trim().toLowerCase().email().max(254);
export const Password = z.string().min(8, 'Password must be at least 8 characters').max(200);
