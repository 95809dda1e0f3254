import { ActiveStatus } from '@contracts/buyers';
import type { FieldError } from '@contracts/common';
import { formatPhone, toE164 } from '@contracts/phone';
import { CreateRtbTargetInput, type RtbTarget } from '@contracts/rtb';
import { CallerIdPolicy } from '@contracts/targets';
import { centsToDollars, dollarsToCents } from '@web/lib/format';
import { z } from 'zod';

export const MAPPING_FIELDS = [
  'bidAmountPath',
  'destinationNumberPath',
  'sipAddressPath',
  'acceptancePath',
  'rejectReasonPath',
  'expireInSecondsPath',
  'currencyPath',
  'durationPath',
] as const;
export type MappingField = (typeof MAPPING_FIELDS)[number];

/** Where the server looks when a path is left empty (response-mapping's DEFAULT_RESPONSE_MAPPING). */
export const DEFAULT_PATHS: Record<MappingField, string> = {
  bidAmountPath: '$.bidAmount',
  destinationNumberPath: '$.phoneNumber',
  sipAddressPath: '$.sipAddress',
  acceptancePath: '$.accepted',
  rejectReasonPath: '$.rejectReason',
  expireInSecondsPath: '$.expireInSeconds',
  currencyPath: '$.currency',
  durationPath: '$.duration',
};

export const CAP_NAMES = ['concurrency', 'hourly', 'daily', 'monthly'] as const;
export const RATE_LIMIT_NAMES = ['perMinute', 'perHour', 'perDay'] as const;

/** A body most bidders understand; every token in it is one the server knows. */
export const SAMPLE_TEMPLATE = `{
  "requestId": "{requestId}",
  "callerId": "[Call:CallerId]",
  "state": "[tag:InboundNumber:State]",
  "zip": "[tag:Geo:ZipCode]",
  "minBid": "{minBid}"
}`;

const MAX_CENTS = 100_000_000;

/** Dollar text as cents; empty is undefined, left to the caller to read as 0 or as "no limit". */
const Dollars = z.string().transform((text, ctx) => {
  if (text.trim() === '') return undefined;
  const cents = dollarsToCents(text);
  if (cents === undefined || cents > MAX_CENTS) {
    ctx.addIssue({ code: 'custom', message: 'Enter an amount in dollars, like 12.50' });
    return z.NEVER;
  }
  return cents;
});

/** An optional cap or limit: empty for none, else a whole number of at least 1. */
const Count = z.string().transform((text, ctx) => {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || value < 1 || value > MAX_CENTS) {
    ctx.addIssue({ code: 'custom', message: 'A whole number of at least 1, or empty for no limit' });
    return z.NEVER;
  }
  return value;
});

const Milliseconds = z.string().transform((text, ctx) => {
  const value = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || value < 50 || value > 5000) {
    ctx.addIssue({ code: 'custom', message: 'Between 50 and 5000 milliseconds' });
    return z.NEVER;
  }
  return value;
});

const PhoneText = z.string().transform((text, ctx) => {
  if (text.trim() === '') return null;
  const e164 = toE164(text);
  if (!e164) {
    ctx.addIssue({ code: 'custom', message: 'Not a valid phone number' });
    return z.NEVER;
  }
  return e164;
});

type HeaderRow = { name: string; value: string };

/** Name/value rows as a record; blank rows are dropped, each problem is put on its row's name. */
export const HeaderRows = (rule: { name: RegExp; message: string; maxValue: number }) =>
  z.array(z.object({ name: z.string(), value: z.string() })).transform((rows, ctx) => {
    const record: Record<string, string> = {};
    rows.forEach(({ name, value }, index) => {
      const key = name.trim();
      if (key === '' && value.trim() === '') return;
      const problem = !rule.name.test(key)
        ? rule.message
        : key in record
          ? 'Header already listed'
          : value.trim().length > rule.maxValue
            ? `At most ${rule.maxValue} characters`
            : undefined;
      if (problem) ctx.addIssue({ code: 'custom', path: [index, 'name'], message: problem });
      record[key] = value.trim();
    });
    return record;
  });

const AuthValues = z.object({
  type: z.enum(['none', 'header', 'hmac']),
  headerName: z.string(),
  headerValue: z.string(),
  secret: z.string(),
});

/** Secrets are write-only: empty inputs keep what is stored, unless nothing of that kind is stored. */
function authSchema(stored: RtbTarget['auth'] | undefined) {
  return AuthValues.transform((auth, ctx) => {
    const keeps = stored?.type === auth.type && stored.hasSecret;
    const fail = (path: string, message: string) => {
      ctx.addIssue({ code: 'custom', path: [path], message });
      return z.NEVER;
    };
    switch (auth.type) {
      case 'none':
        return { type: 'none' as const };
      case 'header': {
        const headerName = auth.headerName.trim();
        if (!/^[A-Za-z0-9-]{1,60}$/.test(headerName))
          return fail('headerName', 'A header name such as X-Api-Key');
        if (!auth.headerValue && !keeps) return fail('headerValue', 'Enter the value the bidder expects');
        return { type: 'header' as const, headerName, headerValue: auth.headerValue || undefined };
      }
      case 'hmac':
        if (!auth.secret && !keeps) return fail('secret', 'Enter the shared secret');
        if (auth.secret && auth.secret.length < 16) return fail('secret', 'At least 16 characters');
        return { type: 'hmac' as const, secret: auth.secret || undefined };
      default: {
        const unknown: never = auth.type;
        return unknown;
      }
    }
  });
}

const fields = CreateRtbTargetInput.shape;

/**
 * The bidder form: the inputs' text in, the contract's input out. The auth rules depend on what is
 * stored, so each form builds its own schema.
 */
export function bidderFormSchema(stored: RtbTarget['auth'] | undefined) {
  return z
    .object({
      name: fields.name,
      buyerId: z.string().transform((id) => id || null),
      endpointUrl: fields.endpointUrl,
      method: z.enum(['POST', 'GET']),
      contentType: z.string().trim().min(1, 'A content type such as application/json').max(100),
      timeoutMs: Milliseconds,
      minBid: Dollars.transform((cents) => cents ?? 0),
      maxBid: Dollars.transform((cents) => cents ?? null),
      currency: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{3}$/, 'A three-letter currency code such as USD'),
      status: ActiveStatus,
      headers: HeaderRows({
        name: /^[A-Za-z0-9-]{1,60}$/,
        message: 'Letters, digits and - only',
        maxValue: 1000,
      }),
      requestTemplate: z.string().max(20_000),
      responseMapping: z.object(
        Object.fromEntries(MAPPING_FIELDS.map((field) => [field, z.string().trim().max(200)])) as Record<
          MappingField,
          z.ZodString
        >,
      ),
      caps: z.object({ concurrency: Count, hourly: Count, daily: Count, monthly: Count }),
      rateLimits: z.object({ perMinute: Count, perHour: Count, perDay: Count }),
      auth: authSchema(stored),
      callerIdPolicy: CallerIdPolicy,
      callerIdNumber: PhoneText,
      forceE164: z.boolean(),
      sipHeaders: HeaderRows({
        name: /^X-[A-Za-z0-9-]{1,60}$/,
        message: 'SIP header names start with X-',
        maxValue: 200,
      }),
      dtmfOnAnswer: z
        .string()
        .trim()
        .regex(/^[0-9*#wW]{0,32}$/, 'Digits, * and #, w for a half-second pause')
        .transform((digits) => digits || null),
    })
    .superRefine((values, ctx) => {
      if (values.maxBid !== null && values.maxBid < values.minBid) {
        ctx.addIssue({ code: 'custom', path: ['maxBid'], message: 'Must not be below the minimum bid' });
      }
      if (values.callerIdPolicy === 'fixed' && !values.callerIdNumber) {
        ctx.addIssue({ code: 'custom', path: ['callerIdNumber'], message: 'Enter the number to show' });
      }
    })
    .transform(
      ({ minBid, maxBid, callerIdNumber, ...values }): CreateRtbTargetInput => ({
        ...values,
        minBidCents: minBid,
        maxBidCents: maxBid,
        // Only a fixed policy uses the number; clear it otherwise so a stale one is not kept.
        callerIdNumber: values.callerIdPolicy === 'fixed' ? callerIdNumber : null,
      }),
    );
}

export type BidderFormValues = z.input<ReturnType<typeof bidderFormSchema>>;
export type BidderPayload = z.output<ReturnType<typeof bidderFormSchema>>;

export const toRows = (record: Record<string, string>): HeaderRow[] =>
  Object.entries(record).map(([name, value]) => ({ name, value }));

const countText = (value: number | null | undefined) => value?.toString() ?? '';

export function newBidderValues(): BidderFormValues {
  return {
    name: '',
    buyerId: '',
    endpointUrl: '',
    method: 'POST',
    contentType: 'application/json',
    timeoutMs: '1500',
    minBid: '',
    maxBid: '',
    currency: 'USD',
    status: 'active',
    headers: [],
    requestTemplate: SAMPLE_TEMPLATE,
    responseMapping: Object.fromEntries(MAPPING_FIELDS.map((field) => [field, ''])) as Record<
      MappingField,
      string
    >,
    caps: { concurrency: '', hourly: '', daily: '', monthly: '' },
    rateLimits: { perMinute: '', perHour: '', perDay: '' },
    auth: { type: 'none', headerName: '', headerValue: '', secret: '' },
    callerIdPolicy: 'passthrough',
    callerIdNumber: '',
    forceE164: false,
    sipHeaders: [],
    dtmfOnAnswer: '',
  };
}

export function bidderToValues(target: RtbTarget): BidderFormValues {
  return {
    name: target.name,
    buyerId: target.buyerId ?? '',
    endpointUrl: target.endpointUrl,
    method: target.method,
    contentType: target.contentType,
    timeoutMs: String(target.timeoutMs),
    minBid: target.minBidCents ? centsToDollars(target.minBidCents) : '',
    maxBid: target.maxBidCents === null ? '' : centsToDollars(target.maxBidCents),
    currency: target.currency,
    status: target.status,
    headers: toRows(target.headers),
    requestTemplate: target.requestTemplate,
    responseMapping: Object.fromEntries(
      MAPPING_FIELDS.map((field) => [field, target.responseMapping[field] ?? '']),
    ) as Record<MappingField, string>,
    caps: Object.fromEntries(CAP_NAMES.map((name) => [name, countText(target.caps[name])])) as Record<
      (typeof CAP_NAMES)[number],
      string
    >,
    rateLimits: Object.fromEntries(
      RATE_LIMIT_NAMES.map((name) => [name, countText(target.rateLimits[name])]),
    ) as Record<(typeof RATE_LIMIT_NAMES)[number], string>,
    auth: { type: target.auth.type, headerName: target.auth.headerName ?? '', headerValue: '', secret: '' },
    callerIdPolicy: target.callerIdPolicy,
    callerIdNumber: formatPhone(target.callerIdNumber),
    forceE164: target.forceE164,
    sipHeaders: toRows(target.sipHeaders),
    dtmfOnAnswer: target.dtmfOnAnswer ?? '',
  };
}

/** A server field error ("maxBidCents", "headers.X-Key") renamed to the form field that shows it. */
export function toFormFieldError({ field, message }: FieldError, values: BidderFormValues): FieldError {
  if (field === 'minBidCents') return { field: 'minBid', message };
  if (field === 'maxBidCents') return { field: 'maxBid', message };
  const header = field.match(/^(headers|sipHeaders)\.(.+)$/);
  if (header && !/^\d+(\.|$)/.test(header[2])) {
    const rows = values[header[1] as 'headers' | 'sipHeaders'];
    const index = rows.findIndex((row) => row.name.trim() === header[2]);
    return { field: index >= 0 ? `${header[1]}.${index}.name` : header[1], message };
  }
  return { field, message };
}
