const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d{1,3}))?$/i;
/** Whole units beyond this many digits are nonsense for a call's price and would lose integer precision. */
const MAX_WHOLE_DIGITS = 12;

/**
 * A decimal amount in major units (10, "12.345", 1.5e1) as integer cents, rounding half up.
 * Works on the decimal digits as text, so binary floating point never shifts a cent; undefined
 * for anything that is not a plain decimal number.
 */
export function parseCents(value: unknown): number | undefined {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    text = String(value);
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return undefined;
  }
  const match = DECIMAL.exec(text);
  if (!match) return undefined;
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  if (!whole && !fraction) return undefined;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  const shifted = point < 0 ? '0'.repeat(-point) + digits : digits.padEnd(point, '0');
  const at = Math.max(point, 0);
  const units = shifted.slice(0, at).replace(/^0+/, '');
  if (units.length > MAX_WHOLE_DIGITS) return undefined;
  const decimals = shifted.slice(at).padEnd(3, '0');
  const cents = Number(units || '0') * 100 + Number(decimals.slice(0, 2)) + (decimals[2] >= '5' ? 1 : 0);
  return sign === '-' && cents !== 0 ? -cents : cents;
}

/** 1235 → "12.35", the form bidders and templates use for amounts. */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
