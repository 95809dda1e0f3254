const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** An ISO timestamp through `format`; `empty` when there is none or it is not a date. */
export function formatTimestamp(
  format: Intl.DateTimeFormat,
  iso: string | null | undefined,
  empty = '—',
): string {
  if (!iso) return empty;
  const value = new Date(iso);
  return Number.isNaN(value.getTime()) ? empty : format.format(value);
}

export function formatDateTime(iso: string | null | undefined, empty = '—'): string {
  return formatTimestamp(dateTime, iso, empty);
}

export function formatDate(iso: string | null | undefined, empty = '—'): string {
  return formatTimestamp(date, iso, empty);
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** Integer cents as dollars: 125050 → "$1,250.50". */
export function formatCents(cents: number | null | undefined, empty = '—'): string {
  if (cents === null || cents === undefined || !Number.isFinite(cents)) return empty;
  return usd.format(cents / 100);
}

/** Integer cents as the text a dollar input shows: 1250 → "12.50", with integer arithmetic only. */
export function centsToDollars(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Dollar text as integer cents, read digit by digit so "0.29" never becomes 28.999…:
 * "12.34" → 1234, "$1,250.5" → 125050; undefined for anything that is not an amount with ≤ 2 decimals.
 */
export function dollarsToCents(text: string): number | undefined {
  const match = text.replace(/[$,\s]/g, '').match(/^(\d*)(?:\.(\d{0,2}))?$/);
  if (!match || (match[1] === '' && !match[2])) return undefined;
  const cents = Number(match[1] || '0') * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : undefined;
}
