const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatDateTime(iso: string | null | undefined, empty = '—'): string {
  if (!iso) return empty;
  const value = new Date(iso);
  return Number.isNaN(value.getTime()) ? empty : dateTime.format(value);
}

export function formatDate(iso: string | null | undefined, empty = '—'): string {
  if (!iso) return empty;
  const value = new Date(iso);
  return Number.isNaN(value.getTime()) ? empty : date.format(value);
}
