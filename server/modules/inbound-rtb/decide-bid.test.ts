import { describe, expect, it } from 'vitest';
import type { BidAdjustment } from '../../../contracts/inbound-rtb';
import { acceptedResponse, adjustBid, failedFilter, matchesFilter } from './decide-bid';

const adjustment = (overrides: Partial<BidAdjustment>): BidAdjustment => ({
  tag: 'state',
  operator: 'equals',
  values: ['CA'],
  action: 'add',
  amount: 0,
  ...overrides,
});

describe('tag filters', () => {
  it('compares tag values case-blind with every operator', () => {
    const tags = { state: 'ca', zip: '90210' };
    expect(matchesFilter({ tag: 'state', operator: 'equals', values: ['CA'] }, tags)).toBe(true);
    expect(matchesFilter({ tag: 'state', operator: 'not_equals', values: ['CA'] }, tags)).toBe(false);
    expect(matchesFilter({ tag: 'state', operator: 'in', values: ['NY', 'CA'] }, tags)).toBe(true);
    expect(matchesFilter({ tag: 'state', operator: 'not_in', values: ['NY'] }, tags)).toBe(true);
    expect(matchesFilter({ tag: 'zip', operator: 'starts_with', values: ['902'] }, tags)).toBe(true);
    expect(matchesFilter({ tag: 'age', operator: 'exists', values: [] }, tags)).toBe(false);
    expect(matchesFilter({ tag: 'age', operator: 'not_exists', values: [] }, tags)).toBe(true);
    expect(failedFilter([{ tag: 'state', operator: 'in', values: ['TX'] }], tags)?.tag).toBe('state');
  });
});

describe('bid adjustments', () => {
  it('adds, multiplies, overrides and rejects in order, only where the tags match', () => {
    const tags = { state: 'CA', source: 'tv' };
    expect(
      adjustBid(
        1000,
        [
          adjustment({ action: 'add', amount: 250 }),
          adjustment({ tag: 'source', values: ['tv'], action: 'multiply', amount: 150 }),
          adjustment({ tag: 'state', values: ['NY'], action: 'override', amount: 1 }),
        ],
        tags,
      ),
    ).toEqual({ amountCents: 1875 });
    expect(adjustBid(1000, [adjustment({ action: 'override', amount: 400 })], tags)).toEqual({
      amountCents: 400,
    });
    expect(adjustBid(1000, [adjustment({ action: 'add', amount: -5000 })], tags)).toEqual({ amountCents: 0 });
    const reject = adjustment({ action: 'reject' });
    expect(adjustBid(1000, [reject, adjustment({ action: 'add', amount: 5 })], tags)).toEqual({
      rejectedBy: reject,
    });
  });
});

describe('the accepted answer', () => {
  it('is in Ringba’s format: dollars, expiry three ways, the number with and without plus', () => {
    const now = new Date('2026-03-02T15:00:00.000Z');
    const answer = acceptedResponse(
      {
        bidId: 'ibp_1',
        amountCents: 1250,
        expiresAt: new Date(now.getTime() + 20_000),
        phoneNumber: '+17205550123',
        sipAddress: null,
        bidTerms: [],
        warnings: [],
      },
      now,
    );
    expect(answer).toEqual({
      bidId: 'ibp_1',
      bidAmount: 12.5,
      expireInSeconds: 20,
      bidExpireEpoch: now.getTime() + 20_000,
      bidExpireDT: '2026-03-02T15:00:20.000Z',
      phoneNumber: '+17205550123',
      phoneNumberNoPlus: '17205550123',
      bidTerms: [],
      warnings: [],
    });
  });
});
