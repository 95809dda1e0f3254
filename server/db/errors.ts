/** Drizzle wraps driver errors; both pg and PGlite carry the SQLSTATE in `code`. */
function sqlState(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function constraintName(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const name = (current as { constraint?: unknown }).constraint;
    if (typeof name === 'string') return name;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export const isUniqueViolation = (error: unknown) => sqlState(error) === '23505';
// 23001: ON DELETE RESTRICT; 23503: any other foreign key violation.
export const isForeignKeyViolation = (error: unknown) => ['23001', '23503'].includes(sqlState(error) ?? '');
export const isCheckViolation = (error: unknown) => sqlState(error) === '23514';

/** Class 22 (data exception) and 23 (integrity constraint): the data itself is unacceptable. */
export const isDataError = (error: unknown) => /^2[23]/.test(sqlState(error) ?? '');
export const isDataException = (error: unknown) => (sqlState(error) ?? '').startsWith('22');
