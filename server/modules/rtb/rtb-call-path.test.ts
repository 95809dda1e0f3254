import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTarget, signUp, uniquePhone } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';

type Answer = { status?: number; body: unknown; delayMs?: number };

/** Local bidders whose answers each test sets; every request body is kept. */
async function startBidders() {
  const answers = new Map<string, Answer>();
  const bodies = new Map<string, string[]>();
  const server = createServer(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    const name = new URL(request.url ?? '/', 'http://x').pathname.slice(1);
    bodies.set(name, [...(bodies.get(name) ?? []), body]);
    const answer = answers.get(name) ?? { body: { bidAmount: 0 } };
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    if (response.destroyed) return;
    response.statusCode = answer.status ?? 200;
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (name: string) => `${base}/${name}`,
    answers,
    bodies,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

let t: TestApp;
let owner: Awaited<ReturnType<typeof signUp>>;
let bidders: Awaited<ReturnType<typeof startBidders>>;
beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app);
  bidders = await startBidders();
});
afterAll(async () => {
  bidders.close();
  await t.close();
});

const api = async (method: 'POST' | 'PATCH' | 'GET', url: string, payload?: unknown) => {
  const response = await t.app.inject({
    method,
    url,
    headers: owner.headers,
    payload: payload as Record<string, unknown>,
  });
  if (response.statusCode >= 300) throw new Error(`${url} ${response.statusCode}: ${response.body}`);
  return response.json();
};

let counter = 0;
/** An active campaign whose plan is an RTB router of the named bidders, then optionally a plain target. */
async function rtbCampaign(
  names: string[],
  options: {
    fallbackTarget?: boolean;
    caps?: Record<string, unknown>;
    rateLimits?: Record<string, unknown>;
    timeoutMs?: number;
  } = {},
) {
  const run = ++counter;
  const rtbTargets = [];
  for (const name of names) {
    rtbTargets.push(
      await api('POST', '/api/rtb/targets', {
        name: `${name} ${run}`,
        endpointUrl: bidders.url(`${name}-${run}`),
        requestTemplate: '{"caller":"[Call:CallerId]"}',
        caps: options.caps,
        rateLimits: options.rateLimits,
      }),
    );
  }
  const router = await api('POST', '/api/rtb/routers', {
    name: `Ring tree ${run}`,
    auctionTimeoutMs: options.timeoutMs ?? 1000,
    targets: rtbTargets.map((target, index) => ({ rtbTargetId: target.id, priority: index + 1, weight: 50 })),
  });
  const routing: Record<string, unknown>[] = [{ rtbRouterId: router.id, priority: 1, weight: 50 }];
  let target: { id: string; destination: string } | undefined;
  if (options.fallbackTarget) {
    target = await createTarget(t.app, owner);
    routing.push({ targetId: target!.id, priority: 2, weight: 50 });
  }
  const campaign = await api('POST', '/api/campaigns', { name: `RTB ${run}`, routing, payoutCents: 500 });
  const number = await api('POST', '/api/numbers', { phoneNumber: uniquePhone(), campaignId: campaign.id });
  await api('PATCH', `/api/campaigns/${campaign.id}`, { status: 'active' });
  const answer = (name: string, value: Answer) => bidders.answers.set(`${name}-${run}`, value);
  return {
    number,
    router,
    rtbTargets,
    target,
    answer,
    bodiesOf: (name: string) => bidders.bodies.get(`${name}-${run}`) ?? [],
  };
}

const call = (to: string, from = uniquePhone()) => api('POST', '/api/simulator/calls', { to, from });
const event = (callId: string, type: string, durationSeconds?: number) =>
  api('POST', `/api/simulator/calls/${callId}/events`, { type, durationSeconds });

describe('real-time bidding on the call path', () => {
  it('dials the highest valid bid, stores every ping with the caller masked, and books the bid as revenue', async () => {
    const setup = await rtbCampaign(['acme', 'beta']);
    setup.answer('acme', { body: { bidAmount: 12.5, phoneNumber: '+17205550101', expireInSeconds: 30 } });
    setup.answer('beta', {
      body: { bidAmount: 20, phoneNumber: '+17205550102', expireInSeconds: 30, duration: 60 },
    });
    const caller = '+13035550188';
    const placed = await call(setup.number.phoneNumber, caller);
    expect(placed.twiml).toContain('>+17205550102</Number>');
    expect(placed.trace.map((e: { reason: string }) => e.reason)).toEqual(
      expect.arrayContaining(['rtb_auction', 'rtb_winner']),
    );

    await event(placed.callId, 'completed', 90);
    const detail = await api('GET', `/api/calls/${placed.callId}`);
    expect(detail).toMatchObject({
      converted: true,
      revenueCents: 2000,
      payoutCents: 500,
      profitCents: 1500,
    });
    expect(detail.auction).toHaveLength(2);
    const winner = detail.auction.find((bid: { rank: number | null }) => bid.rank === 1);
    expect(winner).toMatchObject({ amountCents: 2000, valid: true, dialed: true, httpStatus: 200 });
    expect(JSON.stringify(detail.auction)).not.toContain('3035550188');
    expect(detail.auction[0].request.body).toContain('303***0188');
    expect(JSON.parse(setup.bodiesOf('acme')[0])).toEqual({ caller: caller });
  });

  it('prefers SIP, and tries the next bid when the winner does not answer', async () => {
    const setup = await rtbCampaign(['one', 'two']);
    setup.answer('one', {
      body: { bidAmount: 30, sipAddress: 'sip:buyer@pbx.example.com', phoneNumber: '+17205550111' },
    });
    setup.answer('two', { body: { bidAmount: 10, phoneNumber: '+17205550112' } });
    const placed = await call(setup.number.phoneNumber);
    expect(placed.twiml).toMatch(/<Sip[^>]*>sip:buyer@pbx\.example\.com<\/Sip>/);
    const next = await event(placed.callId, 'no-answer');
    expect(next.twiml).toContain('>+17205550112</Number>');
  });

  it('goes on to the next plan entry when no bid is valid, without waiting for a hung bidder', async () => {
    const setup = await rtbCampaign(['hung', 'rejects', 'garbage'], { fallbackTarget: true, timeoutMs: 300 });
    setup.answer('hung', { body: { bidAmount: 50, phoneNumber: '+17205550121' }, delayMs: 5_000 });
    setup.answer('rejects', { body: { bidAmount: 0, rejectReason: 'No capacity' } });
    setup.answer('garbage', { status: 500, body: '<html>' });
    const started = Date.now();
    const placed = await call(setup.number.phoneNumber);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(placed.twiml).toContain(`>${setup.target!.destination}</Number>`);
    const detail = await api('GET', `/api/calls/${placed.callId}`);
    expect(detail.auction.map((bid: { reason: string }) => bid.reason).sort()).toEqual([
      'http_error',
      'rejected_by_bidder',
      'timeout',
    ]);
  });

  it('holds bidder caps under parallel calls and respects ping rate limits', async () => {
    const capped = await rtbCampaign(['solo'], { caps: { concurrency: 1 }, fallbackTarget: true });
    capped.answer('solo', { body: { bidAmount: 5, phoneNumber: '+17205550131' } });
    const answers = await Promise.all(Array.from({ length: 6 }, () => call(capped.number.phoneNumber)));
    expect(answers.filter((a) => a.twiml.includes('+17205550131'))).toHaveLength(1);

    const limited = await rtbCampaign(['limited'], { rateLimits: { perMinute: 2 }, fallbackTarget: true });
    limited.answer('limited', { body: { bidAmount: 0 } });
    for (let i = 0; i < 4; i++) await call(limited.number.phoneNumber);
    expect(limited.bodiesOf('limited')).toHaveLength(2);
  });

  it('lists pings and reports bidder health', async () => {
    const setup = await rtbCampaign(['healthy']);
    setup.answer('healthy', { body: { bidAmount: 7, phoneNumber: '+17205550141' } });
    await call(setup.number.phoneNumber);
    const pings = await api('GET', `/api/rtb/bid-requests?rtbTargetId=${setup.rtbTargets[0].id}`);
    expect(pings.items).toHaveLength(1);
    expect(pings.items[0]).toMatchObject({ valid: true, amountCents: 700, dialed: true });
    const uptime = await api('GET', `/api/rtb/targets/${setup.rtbTargets[0].id}/uptime`);
    expect(uptime).toMatchObject({ lastHour: { pings: 1, successRate: 1, timeoutRate: 0 }, flagged: false });
    const all = await api('GET', '/api/rtb/health-checks');
    expect(all.items.map((h: { rtbTargetId: string }) => h.rtbTargetId)).toContain(setup.rtbTargets[0].id);
  });
});
