import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { callSimulator } from '../../../test/call-simulation';
import { type Auth, createLiveCampaign, signUp, uniquePhone } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';

let t: TestApp;
let owner: Auth;
let calls: ReturnType<typeof callSimulator>;
beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app);
  calls = callSimulator(t.app, owner);
});
afterAll(() => t.close());
afterEach(() => vi.useRealTimers());

const api = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) => {
  const response = await t.app.inject({ method, url, headers: owner.headers, payload: payload as object });
  expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
  return response.json();
};

const SETTINGS = {
  callerIdRequired: false,
  rateLimit: null,
  bidExpireSeconds: 60,
  staleBid: 'route_no_pay',
  maxBidCents: null,
  bidAdjustments: [],
  tagFilters: [],
};

/** A live campaign with inbound RTB settings, and a publisher paid 15.00 per converted call. */
async function pingable(
  settings: Record<string, unknown> = {},
  options: Parameters<typeof createLiveCampaign>[2] = {},
) {
  const live = await createLiveCampaign(t.app, owner, options);
  const config = await api('PUT', `/api/campaigns/${live.campaign.id}/inbound-rtb`, {
    ...SETTINGS,
    ...settings,
  });
  const publisher = await api('POST', '/api/publishers', { name: 'Ping Co' });
  await api('PUT', `/api/publishers/${publisher.id}/payout-rules`, {
    campaignId: live.campaign.id,
    payoutCents: 1500,
  });
  const ping = (query: Record<string, string> = {}) =>
    t.app.inject({
      method: 'GET',
      url: `${config.pingPath}?${new URLSearchParams({ publisherId: publisher.id, ...query })}`,
    });
  return { ...live, config, publisher, ping };
}

const answer = async (response: Awaited<ReturnType<Awaited<ReturnType<typeof pingable>>['ping']>>) => {
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe('inbound RTB pings', () => {
  it('accepts with a bid in Ringba’s format and logs the ping with the caller masked', async () => {
    const setup = await pingable();
    const caller = '+13035550142';
    const now = Date.now();
    const bid = await answer(await setup.ping({ CID: caller, state: 'CO', zip: '80202' }));
    expect(bid).toMatchObject({
      bidAmount: 15,
      expireInSeconds: 60,
      phoneNumber: setup.number.phoneNumber,
      phoneNumberNoPlus: setup.number.phoneNumber.slice(1),
      bidTerms: [{ code: 102, description: 'Call must convert' }],
      warnings: [],
    });
    expect(bid.bidId).toMatch(/^ibp_/);
    expect(bid.bidExpireEpoch).toBeGreaterThanOrEqual(now + 59_000);
    expect(new Date(bid.bidExpireDT).getTime()).toBe(bid.bidExpireEpoch);
    expect(bid.sipAddress).toBeUndefined();

    const sip = await answer(await setup.ping({ CID: uniquePhone(), sipOk: 'true' }));
    expect(sip.sipAddress).toBe(`sip:${setup.number.phoneNumber}@calls.test.example`);

    const log = await api('GET', `/api/campaigns/${setup.campaign.id}/inbound-pings`);
    expect(log.items.at(-1)).toMatchObject({
      id: bid.bidId,
      accepted: true,
      bidAmountCents: 1500,
      caller: '303***0142',
      tags: { state: 'CO', zip: '80202' },
      publisherId: setup.publisher.id,
    });
    expect(JSON.stringify(log)).not.toContain('5550142');
  });

  it('takes the inputs as a JSON body too, from any origin', async () => {
    const setup = await pingable();
    const response = await t.app.inject({
      method: 'POST',
      url: setup.config.pingPath,
      headers: { origin: 'https://publisher.example', 'sec-fetch-site': 'cross-site' },
      payload: { CID: uniquePhone(), publisherId: setup.publisher.id, state: 'TX' },
    });
    expect((await answer(response)).bidAmount).toBe(15);
  });

  it('rejects with Ringba’s codes: disabled, caller id, tag filter, adjustment, publisher, capacity', async () => {
    const reject = async (
      setup: Awaited<ReturnType<typeof pingable>>,
      query: Record<string, string>,
      code: number,
    ) => {
      const body = await answer(await setup.ping(query));
      expect(body, JSON.stringify(body)).toMatchObject({ bidAmount: 0, errorCode: code });
      expect(body.rejectReason).toEqual(expect.any(String));
      expect(body.bidId).toMatch(/^ibp_/);
      return body;
    };
    const paused = await pingable();
    await api('PATCH', `/api/campaigns/${paused.campaign.id}`, { status: 'paused' });
    await reject(paused, { CID: uniquePhone() }, 1001);

    const strict = await pingable({ callerIdRequired: true });
    await reject(strict, {}, 1100);
    const lax = await pingable();
    expect((await answer(await lax.ping({}))).warnings).toEqual([expect.objectContaining({ code: 200 })]);

    const filtered = await pingable({ tagFilters: [{ tag: 'state', operator: 'in', values: ['CA', 'NY'] }] });
    const body = await reject(filtered, { CID: uniquePhone(), state: 'TX' }, 1005);
    expect(body.rejectReason).toBe('Tag filter not met: state in CA, NY');
    expect((await answer(await filtered.ping({ CID: uniquePhone(), State: 'ca' }))).bidAmount).toBe(15);

    const adjusted = await pingable({
      bidAdjustments: [
        { tag: 'source', operator: 'equals', values: ['tv'], action: 'multiply', amount: 200 },
        { tag: 'state', operator: 'equals', values: ['NV'], action: 'reject' },
      ],
      maxBidCents: 2500,
    });
    expect((await answer(await adjusted.ping({ CID: uniquePhone(), source: 'tv' }))).bidAmount).toBe(25);
    await reject(adjusted, { CID: uniquePhone(), state: 'NV' }, 1005);

    const closed = await pingable();
    await api('PATCH', `/api/publishers/${closed.publisher.id}`, { status: 'paused' });
    await reject(closed, { CID: uniquePhone() }, 1007);
    await reject(closed, { CID: uniquePhone(), publisherId: 'pub_unknown' }, 1007);

    const full = await pingable();
    await api('PATCH', `/api/targets/${full.targets[0].id}`, { status: 'paused' });
    await reject(full, { CID: uniquePhone() }, 1003);
  });

  it('rejects a duplicate caller (1004) and a publisher at its payout cap (1007)', async () => {
    const setup = await pingable({}, { campaign: { duplicateWindowHours: 24, duplicateAction: 'reject' } });
    const caller = uniquePhone();
    await calls.simulate(setup.number.phoneNumber, caller);
    expect(await answer(await setup.ping({ CID: caller }))).toMatchObject({ bidAmount: 0, errorCode: 1004 });

    const capped = await pingable();
    await api('PUT', `/api/publishers/${capped.publisher.id}/payout-rules`, {
      campaignId: capped.campaign.id,
      payoutCents: 800,
      trigger: 'incoming',
      capDaily: 1,
    });
    await api('PUT', `/api/publishers/${capped.publisher.id}/sources`, {
      kind: 'numbers',
      ids: [capped.number.id],
    });
    const paid = await calls.simulate(capped.number.phoneNumber);
    await calls.event(paid.callId, 'hangup');
    expect(await answer(await capped.ping({ CID: uniquePhone() }))).toMatchObject({
      bidAmount: 0,
      errorCode: 1007,
    });
  });

  it('answers a repeated ping before expiry with the same bid and warning 230', async () => {
    const setup = await pingable();
    const caller = uniquePhone();
    const first = await answer(await setup.ping({ CID: caller }));
    const again = await answer(await setup.ping({ CID: caller }));
    expect(again).toMatchObject({ bidId: first.bidId, bidAmount: 15, bidExpireEpoch: first.bidExpireEpoch });
    expect(again.warnings).toEqual([
      { code: 230, description: 'Repeated ping: answered from the cached bid' },
    ]);
    const log = await api('GET', `/api/campaigns/${setup.campaign.id}/inbound-pings`);
    expect(log.items.map((p: { repeat: boolean }) => p.repeat)).toEqual([true, false]);
  });

  it('holds the rate limit exactly under parallel pings', async () => {
    const setup = await pingable({ rateLimit: { maxRequests: 5, perSeconds: 60 } });
    const answers = await Promise.all(
      Array.from({ length: 20 }, async () => answer(await setup.ping({ CID: uniquePhone() }))),
    );
    expect(answers.filter((a) => a.bidAmount > 0)).toHaveLength(5);
    const limited = answers.filter((a) => a.errorCode === 1024);
    expect(limited).toHaveLength(15);
    expect(limited[0].rejectReason).toBe('Rate limit of 5 pings per 60 s reached');
  });

  it('refuses a wrong publisher key and an unknown campaign', async () => {
    const setup = await pingable();
    await api('PATCH', `/api/publishers/${setup.publisher.id}`, { rtbKey: 'publisher-secret' });
    expect((await setup.ping({ CID: uniquePhone() })).statusCode).toBe(403);
    expect((await setup.ping({ CID: uniquePhone(), key: 'wrong' })).statusCode).toBe(403);
    expect((await answer(await setup.ping({ CID: uniquePhone(), key: 'publisher-secret' }))).bidAmount).toBe(
      15,
    );
    expect((await t.app.inject({ method: 'GET', url: '/api/rtb/v1/not-a-campaign' })).statusCode).toBe(404);
  });
});

describe('inbound ping analytics', () => {
  it('counts the pings of the range by outcome, with the average accepted bid', async () => {
    // A fresh account, so the figures are this test's pings alone.
    const firstOwner = owner;
    owner = await signUp(t.app);
    try {
      const today = new Date().toISOString().slice(0, 10);
      const outcomes = async () => {
        const { items } = await api('GET', `/api/stats/inbound-pings?from=${today}&to=${today}&timezone=UTC`);
        return new Map<string, { pings: number; avgBidCents: number }>(
          items.map(
            (item: { reason: string; errorCode: number | null; pings: number; avgBidCents: number }) => [
              `${item.reason}|${item.errorCode}`,
              item,
            ],
          ),
        );
      };
      const strict = await pingable({ callerIdRequired: true });
      await answer(await strict.ping({ CID: uniquePhone() }));
      await answer(await strict.ping({ CID: uniquePhone() }));
      const refused = await answer(await strict.ping({}));
      const after = await outcomes();

      expect(after.get('Accepted|null')?.pings).toBe(2);
      expect(after.get(`${refused.rejectReason}|1100`)?.pings).toBe(1);
      expect(after.size).toBe(2);
      expect(after.get('Accepted|null')?.avgBidCents).toBe(1500);
    } finally {
      owner = firstOwner;
    }
  });
});

describe('the call after a won ping', () => {
  it('goes where the bid reserved and earns the publisher the bid', async () => {
    const setup = await pingable({}, { targets: [{ priority: 1 }, { priority: 1 }] });
    const caller = uniquePhone();
    const bid = await answer(await setup.ping({ CID: caller, source: 'tv' }));
    const [log] = (await api('GET', `/api/campaigns/${setup.campaign.id}/inbound-pings`)).items;
    const placed = await calls.simulate(bid.phoneNumber, caller);
    expect(placed.trace[0]).toMatchObject({ reason: 'inbound_bid' });
    const chosen = placed.trace.find((entry) => entry.outcome === 'chosen');
    expect(chosen).toMatchObject({ reason: 'bid_reserved_target', targetId: log.reservedTargetId });
    await calls.talk(placed.callId, 120);
    const detail = await calls.getCall(placed.callId);
    expect(detail).toMatchObject({
      payoutCents: 1500,
      publisher: {
        id: setup.publisher.id,
        payoutState: 'paid',
        payoutNote: 'Won bid',
        bid: { bidId: bid.bidId, amountCents: 1500, withinExpiry: true },
      },
    });
    const [claimed] = (await api('GET', `/api/campaigns/${setup.campaign.id}/inbound-pings`)).items;
    expect(claimed).toMatchObject({ id: bid.bidId, callId: placed.callId });
    // The bid is spent: the same caller pinging again gets a fresh bid.
    expect((await answer(await setup.ping({ CID: caller }))).bidId).not.toBe(bid.bidId);
  });

  it('after expiry follows the stale-bid setting: route without pay, route and pay, reject', async () => {
    const placeStale = async (staleBid: string) => {
      const setup = await pingable({ staleBid, bidExpireSeconds: 5 });
      const caller = uniquePhone();
      const bid = await answer(await setup.ping({ CID: caller }));
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(bid.bidExpireEpoch + 1000);
      const placed = await calls.simulate(bid.phoneNumber, caller);
      vi.useRealTimers();
      return placed;
    };
    const unpaid = await placeStale('route_no_pay');
    expect(unpaid.trace[0]).toMatchObject({ reason: 'inbound_bid_stale' });
    await calls.talk(unpaid.callId, 120);
    expect(await calls.getCall(unpaid.callId)).toMatchObject({
      payoutCents: 0,
      publisher: {
        payoutNote: 'Bid expired before the call: routed without pay',
        bid: { withinExpiry: false },
      },
    });

    const paid = await placeStale('route_and_pay');
    await calls.talk(paid.callId, 120);
    expect((await calls.getCall(paid.callId)).payoutCents).toBe(1500);

    const rejected = await placeStale('reject');
    expect(rejected.twiml).toContain('<Reject');
    expect((await calls.getCall(rejected.callId)).outcome).toBe('rejected');
  });

  it('auctions among outside bidders when no target can take the call, and the call dials the reserved bid', async () => {
    const server = createServer((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ bidAmount: 40, phoneNumber: '+17205550177', expireInSeconds: 120 }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const bidder = await api('POST', '/api/rtb/targets', {
        name: 'Outside buyer',
        endpointUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/bid`,
        requestTemplate: '{"caller":"[Call:CallerId]"}',
      });
      const router = await api('POST', '/api/rtb/routers', {
        name: 'Ring tree',
        auctionTimeoutMs: 1000,
        targets: [{ rtbTargetId: bidder.id, priority: 1, weight: 50 }],
      });
      const campaign = await api('POST', '/api/campaigns', {
        name: 'Outside',
        routing: [{ rtbRouterId: router.id, priority: 1, weight: 50 }],
      });
      const number = await api('POST', '/api/numbers', {
        phoneNumber: uniquePhone(),
        campaignId: campaign.id,
      });
      await api('PATCH', `/api/campaigns/${campaign.id}`, { status: 'active' });
      const config = await api('GET', `/api/campaigns/${campaign.id}/inbound-rtb`);
      const publisher = await api('POST', '/api/publishers', { name: 'Share Co' });
      await api('PUT', `/api/publishers/${publisher.id}/payout-rules`, {
        campaignId: campaign.id,
        payoutCents: 0,
        revenueSharePercent: 50,
      });
      const caller = uniquePhone();
      const ping = await t.app.inject({
        method: 'GET',
        url: `${config.pingPath}?CID=${encodeURIComponent(caller)}&publisherId=${publisher.id}`,
      });
      const bid = ping.json();
      expect(bid).toMatchObject({ bidAmount: 20, phoneNumber: number.phoneNumber });
      const placed = await calls.simulate(number.phoneNumber, caller);
      expect(placed.twiml).toContain('>+17205550177</Number>');
      await calls.talk(placed.callId, 120);
      const detail = await calls.getCall(placed.callId);
      expect(detail).toMatchObject({ revenueCents: 4000, payoutCents: 2000 });
      expect(detail.auction).toHaveLength(1);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
