import { parseCents } from './money';

/** Where a bidder's answer keeps each field, as JSONPath (`$.a.b`, `$.a[0].b`, `$['a-b']`, `a.b`). */
export type ResponseMapping = {
  bidAmountPath?: string;
  destinationNumberPath?: string;
  sipAddressPath?: string;
  acceptancePath?: string;
  rejectReasonPath?: string;
  expireInSecondsPath?: string;
  currencyPath?: string;
  durationPath?: string;
};

export type MappingField = keyof ResponseMapping;

/** Fits the common answer `{ bidAmount, phoneNumber, sipAddress, expireInSeconds, accepted?, rejectReason? }`. */
export const DEFAULT_RESPONSE_MAPPING: Readonly<Required<ResponseMapping>> = {
  bidAmountPath: '$.bidAmount',
  destinationNumberPath: '$.phoneNumber',
  sipAddressPath: '$.sipAddress',
  acceptancePath: '$.accepted',
  rejectReasonPath: '$.rejectReason',
  expireInSecondsPath: '$.expireInSeconds',
  currencyPath: '$.currency',
  durationPath: '$.duration',
};

type Segment = string | number;

const MAX_PATH_LENGTH = 256;
const NAME = /^[^.[\]\s'"]+/;

/** The segments of a path in the supported subset, or undefined when it is outside it. */
export function parsePath(path: string): Segment[] | undefined {
  const source = path.trim();
  if (!source || source.length > MAX_PATH_LENGTH) return undefined;
  const segments: Segment[] = [];
  let rest = source;
  if (rest.startsWith('$')) {
    rest = rest.slice(1);
  } else {
    const first = NAME.exec(rest);
    if (!first) return undefined;
    segments.push(first[0]);
    rest = rest.slice(first[0].length);
  }
  while (rest) {
    if (rest[0] === '.') {
      const name = NAME.exec(rest.slice(1));
      if (!name) return undefined;
      segments.push(name[0]);
      rest = rest.slice(1 + name[0].length);
      continue;
    }
    const bracket = /^\[(?:(\d{1,9})|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\]/.exec(rest);
    if (!bracket) return undefined;
    const [whole, index, single, double] = bracket;
    if (index !== undefined) segments.push(Number(index));
    else segments.push((single ?? double).replace(/\\(.)/g, '$1'));
    rest = rest.slice(whole.length);
  }
  return segments;
}

/** The value at a path; own properties and array items only, so nothing inherited is reachable. */
export function readPath(document: unknown, path: string): unknown {
  const segments = parsePath(path);
  if (!segments) return undefined;
  let current: unknown = document;
  for (const segment of segments) {
    if (typeof segment === 'number') {
      if (!Array.isArray(current) || segment >= current.length) return undefined;
      current = current[segment];
    } else {
      if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
      if (!Object.hasOwn(current, segment)) return undefined;
      current = (current as Record<string, unknown>)[segment];
    }
  }
  return current;
}

/** Mapping fields whose path is outside the supported subset — a 400 when saving. */
export function listInvalidPaths(mapping: ResponseMapping): MappingField[] {
  return (Object.keys(mapping) as MappingField[]).filter((field) => {
    const path = mapping[field];
    return path != null && path !== '' && !parsePath(path);
  });
}

/** What a bidder said, in our units; validate-bid decides whether it is a bid we can take. */
export type ParsedBid = {
  bidId: string | null;
  accepted: boolean | null;
  amountCents: number | null;
  phoneNumber: string | null;
  sipAddress: string | null;
  rejectReason: string | null;
  /** Epoch milliseconds. */
  expiresAt: number | null;
  currency: string | null;
  durationSeconds: number | null;
};

export type ParseResult = { ok: true; bid: ParsedBid } | { ok: false; message: string };

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'accepted', 'accept', 'ok']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'rejected', 'reject', 'declined', 'denied']);

function toBoolean(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value !== 'string') return null;
  const word = value.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
}

function toText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

const present = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * An expiry as epoch milliseconds: seconds from now (`expireInSeconds`), an epoch in seconds or
 * milliseconds (`bidExpireEpoch`; a relative value that large would be decades), or a date string
 * (`bidExpireDT`). Undefined when it is none of these.
 */
function toExpiry(value: unknown, receivedAt: number): number | undefined {
  const numeric = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  if (typeof value === 'string' && (Number.isNaN(numeric) || !value.trim())) {
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : date;
  }
  if (!Number.isFinite(numeric)) return undefined;
  if (numeric >= 1e12) return Math.round(numeric);
  if (numeric >= 1e9) return Math.round(numeric * 1000);
  return receivedAt + Math.round(numeric * 1000);
}

/** Reads a bidder's JSON answer through the mapping; `receivedAt` (epoch ms) anchors relative expiries. */
export function parseBidResponse(
  document: unknown,
  mapping: ResponseMapping | undefined,
  receivedAt: number,
): ParseResult {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    return { ok: false, message: 'Response is JSON but not an object' };
  }
  const paths = { ...DEFAULT_RESPONSE_MAPPING, ...withoutEmpty(mapping) };
  const read = (field: MappingField) => readPath(document, paths[field]);
  // Only the default paths fall back to the other common field names.
  const readWithFallbacks = (field: MappingField, fallbacks: string[]) => {
    const value = read(field);
    if (present(value) || mapping?.[field]) return { value, path: paths[field] };
    for (const path of fallbacks) {
      const fallback = readPath(document, path);
      if (present(fallback)) return { value: fallback, path };
    }
    return { value, path: paths[field] };
  };

  const rawAmount = read('bidAmountPath');
  const amountCents = present(rawAmount) ? parseCents(rawAmount) : null;
  if (amountCents === undefined)
    return { ok: false, message: `Bid amount ${clip(rawAmount)} is not a number` };

  const phone = readWithFallbacks('destinationNumberPath', ['$.phoneNumberNoPlus']);
  let phoneNumber = toText(phone.value);
  if (phoneNumber && phone.path === '$.phoneNumberNoPlus' && /^\d+$/.test(phoneNumber)) {
    phoneNumber = `+${phoneNumber}`;
  }

  const expiry = readWithFallbacks('expireInSecondsPath', ['$.bidExpireEpoch', '$.bidExpireDT']);
  const expiresAt = present(expiry.value) ? toExpiry(expiry.value, receivedAt) : null;
  if (expiresAt === undefined)
    return { ok: false, message: `Bid expiry ${clip(expiry.value)} is not a time` };

  const rawCurrency = read('currencyPath');
  const currency = toText(rawCurrency)?.toUpperCase() ?? null;
  if (present(rawCurrency) && !/^[A-Z]{3}$/.test(currency ?? '')) {
    return { ok: false, message: `Currency ${clip(rawCurrency)} is not an ISO 4217 code` };
  }

  const rawDuration = read('durationPath');
  const duration = !present(rawDuration)
    ? null
    : typeof rawDuration === 'number' || typeof rawDuration === 'string'
      ? Number(rawDuration)
      : Number.NaN;
  if (duration !== null && !(Number.isInteger(duration) && duration >= 0)) {
    return { ok: false, message: `Duration ${clip(rawDuration)} is not a whole number of seconds` };
  }

  return {
    ok: true,
    bid: {
      bidId: toText(readPath(document, '$.bidId')),
      accepted: toBoolean(read('acceptancePath')),
      amountCents,
      phoneNumber,
      sipAddress: toText(read('sipAddressPath')),
      rejectReason: toText(read('rejectReasonPath')),
      expiresAt,
      currency,
      durationSeconds: duration,
    },
  };
}

function withoutEmpty(mapping: ResponseMapping | undefined): ResponseMapping {
  if (!mapping) return {};
  return Object.fromEntries(Object.entries(mapping).filter(([, path]) => path)) as ResponseMapping;
}

function clip(value: unknown): string {
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
}
