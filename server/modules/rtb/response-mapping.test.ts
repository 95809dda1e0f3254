import { describe, expect, it } from 'vitest';
import { listInvalidPaths, type ParsedBid, parseBidResponse, parsePath, readPath } from './response-mapping';

const RECEIVED = Date.parse('2026-03-04T14:30:00.000Z');

function parsed(document: unknown, mapping?: Parameters<typeof parseBidResponse>[1]): ParsedBid {
  const result = parseBidResponse(document, mapping, RECEIVED);
  if (!result.ok) throw new Error(result.message);
  return result.bid;
}

describe('paths', () => {
  it.each([
    ['$.a.b', ['a', 'b']],
    ['$.a[0].b', ['a', 0, 'b']],
    ["$['a-b']", ['a-b']],
    ['$["a b"].c', ['a b', 'c']],
    ['a.b', ['a', 'b']],
    ['bid-amount', ['bid-amount']],
    ['$', []],
  ])('%s', (path, segments) => {
    expect(parsePath(path)).toEqual(segments);
  });

  it.each([['$.'], ['$..a'], ['$.a[*]'], ['$.a[?(@.x)]'], ["$['a"], ['$.a[-1]'], [''], ['a b']])(
    'refuses %s',
    (path) => {
      expect(parsePath(path)).toBeUndefined();
    },
  );

  it('reads own data only', () => {
    const document = JSON.parse('{"a": {"list": [{"b": 1}]}, "__proto__": {"x": 1}}');
    expect(readPath(document, '$.a.list[0].b')).toBe(1);
    expect(readPath(document, '$.a.list[1].b')).toBeUndefined();
    expect(readPath(document, '$.a.constructor')).toBeUndefined();
    expect(readPath(document, '$.a.list.length')).toBeUndefined();
    expect(readPath({}, '$.toString')).toBeUndefined();
  });

  it('names the mapping fields outside the subset', () => {
    expect(
      listInvalidPaths({ bidAmountPath: '$.data.bid', destinationNumberPath: '$..phone', currencyPath: '' }),
    ).toEqual(['destinationNumberPath']);
  });
});

describe('parseBidResponse', () => {
  it('reads the common flat answer with the default mapping', () => {
    expect(
      parsed({
        bidId: 'b-1',
        bidAmount: 12.345,
        phoneNumber: '+17205550123',
        sipAddress: 'sip:buyer@sip.example.com',
        expireInSeconds: 20,
        accepted: true,
        currency: 'usd',
        duration: 90,
      }),
    ).toEqual({
      bidId: 'b-1',
      accepted: true,
      amountCents: 1235,
      phoneNumber: '+17205550123',
      sipAddress: 'sip:buyer@sip.example.com',
      rejectReason: null,
      expiresAt: RECEIVED + 20_000,
      currency: 'USD',
      durationSeconds: 90,
    });
  });

  it('reads a nested answer through a custom mapping', () => {
    const bid = parsed(
      { result: { offers: [{ price: '7.5', 'dial-to': '(720) 555-0199', ttl: '30' }] }, status: 'ACCEPTED' },
      {
        bidAmountPath: '$.result.offers[0].price',
        destinationNumberPath: "$.result.offers[0]['dial-to']",
        expireInSecondsPath: 'result.offers[0].ttl',
        acceptancePath: '$.status',
      },
    );
    expect(bid).toMatchObject({
      accepted: true,
      amountCents: 750,
      phoneNumber: '(720) 555-0199',
      expiresAt: RECEIVED + 30_000,
    });
  });

  it('falls back to phoneNumberNoPlus, bidExpireEpoch and bidExpireDT', () => {
    expect(
      parsed({ bidAmount: 10, phoneNumberNoPlus: '17205550123', bidExpireEpoch: 1772634620000 }),
    ).toMatchObject({
      phoneNumber: '+17205550123',
      expiresAt: 1772634620000,
    });
    expect(parsed({ bidAmount: 10, bidExpireEpoch: 1772634620 }).expiresAt).toBe(1772634620000);
    expect(parsed({ bidAmount: 10, bidExpireDT: '2026-03-04T14:30:20Z' }).expiresAt).toBe(RECEIVED + 20_000);
  });

  it('uses only the configured path when one is set', () => {
    expect(
      parsed({ bidAmount: 10, phoneNumberNoPlus: '17205550123' }, { destinationNumberPath: '$.dial' })
        .phoneNumber,
    ).toBeNull();
  });

  it('reads a rejection', () => {
    expect(parsed({ bidId: 'x', bidAmount: 0, rejectReason: 'No capacity', errorCode: 1003 })).toMatchObject({
      amountCents: 0,
      rejectReason: 'No capacity',
      accepted: null,
    });
    expect(parsed({ accepted: 'no' }).accepted).toBe(false);
  });

  it.each([
    [[1, 2], /not an object/],
    ['hello', /not an object/],
    [{ bidAmount: 'lots' }, /Bid amount "lots" is not a number/],
    [{ bidAmount: 5, expireInSeconds: 'soon' }, /expiry/],
    [{ bidAmount: 5, currency: 'dollars' }, /Currency/],
    [{ bidAmount: 5, duration: 1.5 }, /Duration/],
  ])('refuses nonsense %j', (document, message) => {
    const result = parseBidResponse(document, undefined, RECEIVED);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
