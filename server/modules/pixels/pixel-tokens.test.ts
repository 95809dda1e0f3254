import { describe, expect, it } from 'vitest';
import type { CallRow } from '../../db/schema';
import { buildBidRequest } from '../rtb/build-request';
import { listUnknownTokens } from '../rtb/tokens';
import { retryDelayMs } from './deliver';
import { callTokenContext, failedTagFilter, pickClickId } from './pixel-context';

const now = new Date('2026-11-23T10:00:00Z');
const call = {
  id: 'call_1',
  campaignId: 'cmp_1',
  fromNumber: '+17205550123',
  fromState: 'CO',
  fromZip: '80202',
  publisherId: 'pub_1',
  isDuplicate: false,
  startedAt: new Date('2026-11-23T09:58:00Z'),
  revenueCents: 2550,
  payoutCents: 1000,
  durationSeconds: 125,
  status: 'completed',
  clickIds: { gclid: 'g-1', rtkcid: 'rt-9' },
  utmSource: 'google',
  utmMedium: null,
  utmCampaign: 'spring',
  utmTerm: null,
  utmContent: null,
} as unknown as CallRow;
const context = callTokenContext(
  {
    call,
    targetName: null,
    rtbTargetName: 'Outside buyer',
    buyerName: 'Acme & Co',
    publisherName: 'Pub One',
  },
  now,
);

describe('pixel tokens', () => {
  it('renders the pixel tokens, escaped for where they land', () => {
    const request = buildBidRequest(
      {
        endpointUrl: 'https://t.example/pb?click={clickId}&sum={revenue}&buyer={buyerName}',
        method: 'POST',
        contentType: 'application/json',
        headers: { 'X-Publisher': '{publisherName}' },
        requestTemplate:
          '{"call":"{callId}","payout":{payout},"duration":{duration},"status":"{status}","target":"{targetName}","src":"[user:utm_source]","zip":"[tag:Geo:ZipCode]"}',
      },
      context,
    );
    expect(request.url).toBe('https://t.example/pb?click=rt-9&sum=25.50&buyer=Acme%20%26%20Co');
    expect(request.headers).toMatchObject({ 'X-Publisher': 'Pub One' });
    expect(JSON.parse(request.body!)).toEqual({
      call: 'call_1',
      payout: 10,
      duration: 125,
      status: 'completed',
      target: 'Outside buyer',
      src: 'google',
      zip: '80202',
    });
  });

  it('knows the outcome tokens for pixels only: bid requests are sent while the call rings', () => {
    const template =
      '{revenue} {payout} {callId} {targetName} {duration} {status} {clickId} {buyerName} {publisherName}';
    expect(listUnknownTokens(template, 'pixel')).toEqual([]);
    expect(listUnknownTokens(template, 'bid')).toEqual([
      '{duration}',
      '{status}',
      '{clickId}',
      '{buyerName}',
      '{publisherName}',
    ]);
    expect(listUnknownTokens('{revenu} [Call:Nope]', 'pixel')).toEqual(['{revenu}', '[Call:Nope]']);
  });

  it("picks a tracker's own click id before an ad network's", () => {
    expect(pickClickId({ gclid: 'g', rtkcid: 'r' })).toBe('r');
    expect(pickClickId({ fbclid: 'f', gclid: 'g' })).toBe('g');
    expect(pickClickId({})).toBeNull();
    expect(pickClickId(null)).toBeNull();
  });

  it('tag filters pass or say which one failed', () => {
    expect(
      failedTagFilter([{ token: '{callerState}', operator: 'in', values: ['co', 'TX'] }], context),
    ).toBeUndefined();
    expect(
      failedTagFilter([{ token: '[user:utm_source]', operator: 'not_in', values: ['google'] }], context),
    ).toBe('Tag filter: [user:utm_source] is "google", which is one of google');
    expect(
      failedTagFilter([{ token: '[tag:Geo:ZipCode]', operator: 'in', values: ['10001'] }], context),
    ).toBe('Tag filter: [tag:Geo:ZipCode] is "80202", which is not one of 10001');
  });
});

describe('retry backoff', () => {
  it('doubles from the base, with at most 20% jitter, and stops growing at an hour', () => {
    const noJitter = () => 0;
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, 30_000, noJitter))).toEqual([
      30_000, 60_000, 120_000, 240_000,
    ]);
    expect(retryDelayMs(2, 30_000, () => 0.999)).toBeLessThanOrEqual(72_000);
    expect(retryDelayMs(20, 30_000, noJitter)).toBe(3_600_000);
  });
});
