import { SIP_URI, toE164 } from '../../../contracts/phone';
import { formatCents } from './money';
import type { ParsedBid } from './response-mapping';

/** Why a ping did not produce a usable bid; a closed list the UI and reports switch on. */
export const REJECTION_REASONS = [
  'no_bid',
  'rejected_by_bidder',
  'below_minimum',
  'above_maximum',
  'below_reserve',
  'currency_mismatch',
  'expired',
  'invalid_destination',
  'caller_id_required',
  'timeout',
  'http_error',
  'connection_failed',
  'bad_response',
  'too_large',
  'blocked_address',
  'invalid_url',
  'cancelled',
] as const;

export type RejectionReason = (typeof REJECTION_REASONS)[number];

export type Rejection = { valid: false; reason: RejectionReason; message: string };

/** SIP is preferred when a bidder gives both; the phone number stays for a retry. */
export type Destination = { kind: 'sip'; uri: string } | { kind: 'number'; number: string };

export type ValidBid = {
  bidId: string | null;
  amountCents: number;
  currency: string;
  destination: Destination;
  phoneNumber: string | null;
  sipAddress: string | null;
  expiresAt: number | null;
  durationSeconds: number | null;
};

export type BidOutcome = { valid: true; bid: ValidBid } | Rejection;

export type BidRules = {
  minBidCents: number;
  maxBidCents: number | null;
  /** The router's reserve price. */
  reserveCents: number;
  currency: string;
  /** Read a bare digit string as E.164 without its plus ("447911123456"), not as a US national number. */
  forceE164: boolean;
  callerIdRequired: boolean;
  callerId: string | null | undefined;
  /** Epoch milliseconds. */
  now: number;
};

export function reject(reason: RejectionReason, message: string): Rejection {
  return { valid: false, reason, message };
}

/** Blocked callers reach us as "anonymous", "Restricted" or an empty From: not a caller id. */
export function hasCallerId(callerId: string | null | undefined): boolean {
  return !!callerId && normalisePhoneNumber(callerId, false) !== undefined;
}

/** Bidders answer with the same few destinations call after call; parsing one costs more than the rest of a ping. */
const normalised = new Map<string, string | null>();
const NORMALISED_LIMIT = 10_000;

export function normalisePhoneNumber(raw: string, forceE164: boolean): string | undefined {
  const key = `${forceE164 ? 1 : 0}|${raw}`;
  let e164 = normalised.get(key);
  if (e164 === undefined) {
    const digits = raw.replace(/[\s().-]/g, '');
    e164 = (forceE164 && /^\d{8,15}$/.test(digits) ? toE164(`+${digits}`) : toE164(raw)) ?? null;
    if (normalised.size >= NORMALISED_LIMIT) normalised.clear();
    normalised.set(key, e164);
  }
  return e164 ?? undefined;
}

const money = (cents: number, currency: string) => `${formatCents(cents)} ${currency}`;

/** Whether a parsed answer is a bid this call can take, or the precise reason it is not. */
export function validateBid(parsed: ParsedBid, rules: BidRules): BidOutcome {
  if (rules.callerIdRequired && !hasCallerId(rules.callerId)) {
    return reject('caller_id_required', 'The router requires a caller id and this call has none');
  }
  if (parsed.accepted === false || (parsed.accepted === null && parsed.rejectReason)) {
    const why = parsed.rejectReason ? `: ${parsed.rejectReason}` : '';
    return reject('rejected_by_bidder', `Bidder declined the call${why}`);
  }
  if (parsed.amountCents === null || parsed.amountCents <= 0) {
    return reject('no_bid', 'Bidder answered without a bid amount');
  }
  const amount = parsed.amountCents;
  const currency = parsed.currency ?? rules.currency;
  if (currency !== rules.currency) {
    return reject('currency_mismatch', `Bid is in ${currency}, the target expects ${rules.currency}`);
  }
  if (amount < rules.minBidCents) {
    return reject(
      'below_minimum',
      `Bid ${money(amount, currency)} is below the target's minimum ${money(rules.minBidCents, currency)}`,
    );
  }
  if (rules.maxBidCents !== null && amount > rules.maxBidCents) {
    return reject(
      'above_maximum',
      `Bid ${money(amount, currency)} is above the target's maximum ${money(rules.maxBidCents, currency)}`,
    );
  }
  if (amount < rules.reserveCents) {
    return reject(
      'below_reserve',
      `Bid ${money(amount, currency)} is below the reserve price ${money(rules.reserveCents, currency)}`,
    );
  }
  if (parsed.expiresAt !== null && parsed.expiresAt <= rules.now) {
    return reject('expired', `Bid expired at ${new Date(parsed.expiresAt).toISOString()}`);
  }
  const sipAddress = parsed.sipAddress && SIP_URI.test(parsed.sipAddress) ? parsed.sipAddress : null;
  const phoneNumber = parsed.phoneNumber
    ? (normalisePhoneNumber(parsed.phoneNumber, rules.forceE164) ?? null)
    : null;
  if (!sipAddress && !phoneNumber) {
    const given = [parsed.sipAddress, parsed.phoneNumber].filter(Boolean).join(' / ');
    return reject(
      'invalid_destination',
      given ? `Destination "${given}" is neither a phone number nor a SIP URI` : 'Bid has no destination',
    );
  }
  return {
    valid: true,
    bid: {
      bidId: parsed.bidId,
      amountCents: amount,
      currency,
      destination: sipAddress ? { kind: 'sip', uri: sipAddress } : { kind: 'number', number: phoneNumber! },
      phoneNumber,
      sipAddress,
      expiresAt: parsed.expiresAt,
      durationSeconds: parsed.durationSeconds,
    },
  };
}
