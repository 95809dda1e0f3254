import { describe, expect, it } from 'vitest';
import { type CallFacts, DEFAULT_TERMS, decidePayout, type PayoutTerms, payoutTermsOf } from './payout-rules';

const terms = (overrides: Partial<PayoutTerms> = {}): PayoutTerms => ({
  ...DEFAULT_TERMS,
  payoutCents: 1200,
  ...overrides,
});
const started = new Date('2026-03-02T15:00:00Z');
const call = (overrides: Partial<CallFacts> = {}): CallFacts => ({
  startedAt: started,
  connectedSeconds: null,
  converted: false,
  revenueCents: 0,
  ...overrides,
});

describe('decidePayout', () => {
  it('pays on each trigger only when the call meets it', () => {
    expect(decidePayout(terms({ trigger: 'incoming' }), call()).amountCents).toBe(1200);
    expect(decidePayout(terms({ trigger: 'connected' }), call())).toEqual({
      amountCents: 0,
      note: 'Not connected to a buyer',
    });
    expect(decidePayout(terms({ trigger: 'connected' }), call({ connectedSeconds: 3 })).amountCents).toBe(
      1200,
    );
    expect(decidePayout(terms({ trigger: 'converted' }), call({ connectedSeconds: 200 })).amountCents).toBe(
      0,
    );
    expect(decidePayout(terms({ trigger: 'converted' }), call({ converted: true })).amountCents).toBe(1200);
    const length = terms({ trigger: 'duration', minDurationSeconds: 90 });
    expect(decidePayout(length, call({ connectedSeconds: 89 }))).toEqual({
      amountCents: 0,
      note: 'Connected 89 s of the 90 s required',
    });
    expect(decidePayout(length, call({ connectedSeconds: 90 })).amountCents).toBe(1200);
  });

  it('pays a revenue share in whole cents, rounded down', () => {
    const share = terms({ trigger: 'converted', revenueSharePercent: 33 });
    expect(decidePayout(share, call({ converted: true, revenueCents: 2501 }))).toEqual({
      amountCents: 825,
      note: '33% of revenue',
    });
  });

  it('applies the duplicate rule against the caller’s last paid call', () => {
    const lastPaidAt = new Date(started.getTime() - 3_600_000);
    const facts = call({ converted: true, lastPaidAt });
    expect(decidePayout(terms({ duplicateRule: 'pay_all' }), facts).amountCents).toBe(1200);
    expect(decidePayout(terms({ duplicateRule: 'never' }), facts).amountCents).toBe(0);
    expect(decidePayout(terms({ duplicateRule: 'after', duplicateSeconds: 7200 }), facts).amountCents).toBe(
      0,
    );
    expect(decidePayout(terms({ duplicateRule: 'after', duplicateSeconds: 3600 }), facts).amountCents).toBe(
      1200,
    );
  });

  it('pays a won bid instead of the rule, and a stale one only when the campaign says so', () => {
    const facts = call({ converted: true });
    const bid = { amountCents: 1750, withinExpiry: true, staleBid: 'route_no_pay' as const };
    expect(decidePayout(terms(), facts, bid)).toEqual({ amountCents: 1750, note: 'Won bid' });
    expect(decidePayout(terms(), facts, { ...bid, withinExpiry: false }).amountCents).toBe(0);
    expect(
      decidePayout(terms(), facts, { ...bid, withinExpiry: false, staleBid: 'route_and_pay' }).amountCents,
    ).toBe(1750);
    expect(decidePayout(terms(), call(), bid).amountCents).toBe(0);
  });

  it('falls back from the rule to the publisher default to the campaign payout', () => {
    expect(payoutTermsOf(undefined, { publisherCents: 900, campaignCents: 500 }).payoutCents).toBe(900);
    expect(payoutTermsOf(undefined, { publisherCents: 0, campaignCents: 500 }).payoutCents).toBe(500);
    expect(
      payoutTermsOf(terms({ payoutCents: 42 }), { publisherCents: 900, campaignCents: 500 }).payoutCents,
    ).toBe(42);
  });
});
