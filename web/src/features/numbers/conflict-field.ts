import { isApiError } from '@web/lib/api-client';
import { z } from 'zod';

const ConflictDetails = z.object({ field: z.string() });

/** The field a CONFLICT names in `details.field` (a taken name, numbers already in use), if any. */
export function conflictField(error: unknown): string | undefined {
  if (!isApiError(error, 'CONFLICT')) return undefined;
  const parsed = ConflictDetails.safeParse(error.details);
  return parsed.success ? parsed.data.field : undefined;
}
