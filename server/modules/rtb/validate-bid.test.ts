import { describe, expect, it } from 'vitest';
import type { ParsedBid } from './response-mapping';
import { type BidRules, type RejectionReason, validateBid } from './validate-bid';

const NOW = Date.parse('2026-03-04T14:30:00.000Z');

const rules: BidRules = {
  minBidCents: 500,
  maxBidCents: 5000,
  reserveCents: 800,
  currency: 'USD',
  forceE164: false,
  callerIdRequired: true,
  callerId: '+12125550100',
  now: NOW,
};

function bid(overrides: Partial<ParsedBid> = {}): ParsedBid {
  return {
    bidId: null,
    accepted: null,
    amountCents: 1200,
    phoneNumber: '+17205550123',
    sipAddress: null,
    rejectReason: null,
    expiresAt: NOW + 20_000,
    currency: null,
    durationSeconds: null,
    ...overrides,
  };
}

describe('validateBid', () => {
  it('accepts a bid within every rule', () => {
    const outcome = validateBid(bid({ accepted: true }), rules);
    expect(outcome).toEqual({
      valid: true,
      bid: {
        bidId: null,
        amountCents: 1200,
        currency: 'USD',
        destination: { kind: 'number', number: '+17205550123' },
        phoneNumber: '+17205550123',
        sipAddress: null,
        expiresAt: NOW + 20_000,
        durationSeconds: null,
      },
    });
  });

  it('normalises a national number', () => {
    const outcome = validateBid(bid({ phoneNumber: '(720) 555-0123' }), rules);
    expect(outcome.valid && outcome.bid.destination).toEqual({ kind: 'number', number: '+17205550123' });
  });

  it('reads bare digits as E.164 without the plus when forceE164 is on', () => {
    const international = bid({ phoneNumber: '442071838750' });
    expect(validateBid(international, rules).valid).toBe(false);
    const outcome = validateBid(international, { ...rules, forceE164: true });
    expect(outcome.valid && outcome.bid.destination).toEqual({ kind: 'number', number: '+442071838750' });
  });

  it('prefers SIP and keeps the number for a retry', () => {
    const outcome = validateBid(bid({ sipAddress: 'sip:buyer@sip.example.com' }), rules);
    expect(outcome.valid && outcome.bid).toMatchObject({
      destination: { kind: 'sip', uri: 'sip:buyer@sip.example.com' },
      phoneNumber: '+17205550123',
    });
  });

  it('falls back to the number when the SIP address is malformed', () => {
    const outcome = validateBid(bid({ sipAddress: 'buyer at example' }), rules);
    expect(outcome.valid && outcome.bid.destination.kind).toBe('number');
  });

  it('lets a bid without expiry stand', () => {
    expect(validateBid(bid({ expiresAt: null }), rules).valid).toBe(true);
  });

  const cases: [string, Partial<ParsedBid>, Partial<BidRules>, RejectionReason, RegExp][] = [
    ['no caller id', {}, { callerId: 'anonymous' }, 'caller_id_required', /caller id/],
    ['an empty caller id', {}, { callerId: null }, 'caller_id_required', /caller id/],
    ['accepted: false', { accepted: false }, {}, 'rejected_by_bidder', /declined/],
    [
      'a reject reason',
      { amountCents: 0, rejectReason: 'No capacity' },
      {},
      'rejected_by_bidder',
      /No capacity/,
    ],
    ['no amount', { amountCents: null }, {}, 'no_bid', /without a bid/],
    ['a zero amount', { amountCents: 0 }, {}, 'no_bid', /without a bid/],
    ['another currency', { currency: 'EUR' }, {}, 'currency_mismatch', /EUR.*USD/],
    [
      'under the minimum',
      { amountCents: 499 },
      {},
      'below_minimum',
      /4\.99 USD is below the target's minimum 5\.00/,
    ],
    ['over the maximum', { amountCents: 5001 }, {}, 'above_maximum', /50\.01 USD is above/],
    [
      'under the reserve',
      { amountCents: 799 },
      {},
      'below_reserve',
      /7\.99 USD is below the reserve price 8\.00/,
    ],
    ['an expired bid', { expiresAt: NOW }, {}, 'expired', /2026-03-04T14:30:00/],
    ['no destination', { phoneNumber: null }, {}, 'invalid_destination', /no destination/],
    ['a bad number', { phoneNumber: '12345' }, {}, 'invalid_destination', /"12345"/],
  ];

  it.each(cases)('rejects %s', (_, overrides, ruleOverrides, reason, message) => {
    const outcome = validateBid(bid(overrides), { ...rules, ...ruleOverrides });
    expect(outcome.valid).toBe(false);
    if (!outcome.valid) {
      expect(outcome.reason).toBe(reason);
      expect(outcome.message).toMatch(message);
    }
  });

  it('has no maximum when none is set', () => {
    expect(validateBid(bid({ amountCents: 99_999 }), { ...rules, maxBidCents: null }).valid).toBe(true);
  });
});
