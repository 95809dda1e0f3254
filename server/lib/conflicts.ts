import { isCheckViolation, isUniqueViolation } from '../db/errors';
import { conflict } from './app-error';

type Explanation = { message: string; field: string };

/**
 * Runs a write and turns the database's refusals into a 409 that names the field: a unique
 * index (the value is taken) or a check constraint (the combination is not allowed).
 */
export async function explainingConflicts<T>(
  write: () => Promise<T>,
  explain: { unique?: Explanation; check?: Explanation },
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const reason = isUniqueViolation(error)
      ? explain.unique
      : isCheckViolation(error)
        ? explain.check
        : undefined;
    if (reason) throw conflict(reason.message, { field: reason.field });
    throw error;
  }
}
