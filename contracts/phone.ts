import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';

const DEFAULT_COUNTRY = 'US';

/** E.164 for any reasonable way of writing a number ("(415) 555-0100", "+44 20 …"), or undefined. */
export function toE164(input: string): string | undefined {
  const parsed = parsePhoneNumberFromString(input.trim(), DEFAULT_COUNTRY);
  return parsed?.isPossible() ? parsed.number : undefined;
}

/** "+14155550100" → "(415) 555-0100" for North American numbers, international format otherwise. */
export function formatPhone(e164: string | null | undefined): string {
  if (!e164) return '';
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.countryCallingCode === '1' ? parsed.formatNational() : parsed.formatInternational();
}

/** "+14155550100" → "415***0100": enough to recognise a caller in logs, not enough to harvest. */
export function maskPhone(value: string | null | undefined): string {
  if (!value) return '';
  const digits = value.replace(/\D/g, '');
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  if (national.length < 7) return '***';
  return `${national.slice(0, 3)}***${national.slice(-4)}`;
}

export const SIP_URI = /^sips?:[^@\s]+@[^\s]+$/i;

export const PhoneNumber = z.string().transform((value, ctx) => {
  const e164 = toE164(value);
  if (!e164) {
    ctx.addIssue({ code: 'custom', message: 'Not a valid phone number' });
    return z.NEVER;
  }
  return e164;
});

/** A target destination: a phone number (normalised to E.164) or a SIP URI. */
export const Destination = z.string().transform((value, ctx) => {
  const trimmed = value.trim();
  if (SIP_URI.test(trimmed)) return trimmed;
  const e164 = toE164(trimmed);
  if (!e164) {
    ctx.addIssue({
      code: 'custom',
      message: 'Must be a phone number or a SIP URI like sip:agent@example.com',
    });
    return z.NEVER;
  }
  return e164;
});

/** An optional phone number a form may send as "": stored as null, otherwise validated as above. */
export const OptionalPhoneNumber = z.preprocess(
  (value) => (value === '' ? null : value),
  PhoneNumber.nullish(),
);
