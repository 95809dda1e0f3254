import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLiveCampaign, signUp, uniquePhone } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { eventually, startTracker, type Tracker } from '../../../test/tracker-server';
import { callSid, incomingCall, twilioPost } from '../../../test/twilio';

const ALL_EVENTS = [
  'incoming',
  'routed',
  'connected',
  'converted',
  'completed',
  'no_answer',
  'rtb_won',
  'payout',
];

let t: TestApp;
let owner: Awaited<ReturnType<typeof signUp>>;
let tracker: Tracker;
beforeAll(async () => {
  t = await createTestApp({}, { pixelDelivery: { pollIntervalMs: 50 } });
  owner = await signUp(t.app);
  tracker = await startTracker();
  const response = await api('POST', '/api/pixels', {
    name: 'Every event',
    events: ALL_EVENTS,
    url: `${tracker.base}/all?e={event}&call={callId}&rev={revenue}&pay={payout}`,
  });
  expect(response.statusCode, response.body).toBe(201);
});
afterAll(async () => {
  await tracker.close();
  await t.close();
});

const api = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: owner.headers, payload: payload as Record<string, unknown> });

/** Each event the tracker heard for the call, in order, once the queue has gone quiet. */
async function heardFor(callId: string, expected: string[]) {
  const events = () =>
    tracker
      .to('/all')
      .filter((hit) => hit.url.searchParams.get('call') === callId)
      .map((hit) => hit.url.searchParams.get('e'));
  await eventually(() => expect([...events()].sort()).toEqual([...expected].sort()));
  // Anything repeated would arrive within a few polls.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect([...events()].sort()).toEqual([...expected].sort());
  return tracker.to('/all').filter((hit) => hit.url.searchParams.get('call') === callId);
}

const deliveriesOf = async (callId: string) =>
  (await api('GET', `/api/pixel-deliveries?callId=${callId}`)).json().items as {
    event: string;
    status: string;
    pixelName: string;
    error: string | null;
  }[];

describe('call events fire pixels once per call', () => {
  it('a converted call: retried and reordered Twilio callbacks fire each event once', async () => {
    const { number } = await createLiveCampaign(t.app, owner);
    const params = incomingCall(number.phoneNumber, uniquePhone());
    const first = await twilioPost(t.app, '/api/webhooks/voice', params);
    await twilioPost(t.app, '/api/webhooks/voice', params);
    const callId = /callId=(call_\w+)/.exec(first.body)![1];
    const leg = {
      CallSid: callSid(),
      ParentCallSid: params.CallSid,
      AccountSid: 'ACtest',
      From: params.From,
      To: params.To,
      Direction: 'outbound-dial',
    };
    const legStatus = `/api/webhooks/status?callId=${callId}&attempt=1`;
    const dialAction = `/api/webhooks/dial-action?callId=${callId}&attempt=1`;
    const parentDone = { ...params, CallStatus: 'completed', CallDuration: '100' };
    const dialed = {
      ...params,
      CallStatus: 'in-progress',
      DialCallSid: leg.CallSid,
      DialCallStatus: 'completed',
      DialCallDuration: '95',
    };
    for (const [path, body] of [
      [legStatus, { ...leg, CallStatus: 'in-progress' }],
      [legStatus, { ...leg, CallStatus: 'in-progress' }],
      [dialAction, dialed],
      // The caller's leg reports its end before the dialed leg does, then everything repeats.
      ['/api/webhooks/status', parentDone],
      [legStatus, { ...leg, CallStatus: 'completed', CallDuration: '95' }],
      [dialAction, dialed],
      [legStatus, { ...leg, CallStatus: 'completed', CallDuration: '95' }],
      ['/api/webhooks/status', parentDone],
    ] as const) {
      expect((await twilioPost(t.app, path, body)).statusCode).toBeLessThan(300);
    }

    const hits = await heardFor(callId, [
      'incoming',
      'routed',
      'connected',
      'converted',
      'payout',
      'completed',
    ]);
    const converted = hits.find((hit) => hit.url.searchParams.get('e') === 'converted')!;
    expect(converted.url.searchParams.get('rev')).toBe('25.00');
    expect(converted.url.searchParams.get('pay')).toBe('10.00');
    const deliveries = await deliveriesOf(callId);
    expect(deliveries).toHaveLength(6);
    expect(deliveries.every((d) => d.status === 'delivered')).toBe(true);
  });

  it('a call nobody answers fires no_answer and completed, never connected', async () => {
    const { number } = await createLiveCampaign(t.app, owner);
    const placed = (
      await api('POST', '/api/simulator/calls', { to: number.phoneNumber, from: uniquePhone() })
    ).json();
    await api('POST', `/api/simulator/calls/${placed.callId}/events`, { type: 'no-answer' });
    await api('POST', `/api/simulator/calls/${placed.callId}/events`, { type: 'hangup' });
    await api('POST', `/api/simulator/calls/${placed.callId}/events`, { type: 'hangup' });
    await heardFor(placed.callId, ['incoming', 'routed', 'no_answer', 'completed']);
  });

  it('rtb_won fires when a bid is dialed', async () => {
    tracker.answerJson('/bid', { bidAmount: 15, phoneNumber: '+17205550101', expireInSeconds: 30 });
    const bidder = (
      await api('POST', '/api/rtb/targets', { name: 'Outside buyer', endpointUrl: tracker.url('/bid') })
    ).json();
    const router = (
      await api('POST', '/api/rtb/routers', {
        name: 'Ring tree',
        targets: [{ rtbTargetId: bidder.id, priority: 1, weight: 50 }],
      })
    ).json();
    const campaign = (
      await api('POST', '/api/campaigns', {
        name: 'RTB',
        routing: [{ rtbRouterId: router.id, priority: 1, weight: 50 }],
      })
    ).json();
    const number = (
      await api('POST', '/api/numbers', { phoneNumber: uniquePhone(), campaignId: campaign.id })
    ).json();
    expect((await api('PATCH', `/api/campaigns/${campaign.id}`, { status: 'active' })).statusCode).toBe(200);
    const placed = (
      await api('POST', '/api/simulator/calls', { to: number.phoneNumber, from: uniquePhone() })
    ).json();
    expect(placed.twiml).toContain('+17205550101');
    await heardFor(placed.callId, ['incoming', 'routed', 'rtb_won']);
  });

  it('a campaign pixel ignores other campaigns, and tag filters skip calls that do not match', async () => {
    const texas = await createLiveCampaign(t.app, owner);
    const other = await createLiveCampaign(t.app, owner);
    const scoped = await api('POST', '/api/pixels', {
      name: 'Texas callers',
      events: ['incoming'],
      campaignId: texas.campaign.id,
      tagFilters: [{ token: '[tag:InboundNumber:State]', values: ['TX'] }],
      url: `${tracker.base}/texas?call={callId}`,
    });
    expect(scoped.statusCode, scoped.body).toBe(201);
    const simulate = async (to: string, fromState: string) =>
      (await api('POST', '/api/simulator/calls', { to, from: uniquePhone(), fromState })).json()
        .callId as string;
    const fromTexas = await simulate(texas.number.phoneNumber, 'TX');
    const fromCalifornia = await simulate(texas.number.phoneNumber, 'CA');
    const elsewhere = await simulate(other.number.phoneNumber, 'TX');

    await eventually(async () => {
      const texasRows = (await deliveriesOf(fromTexas)).filter((d) => d.pixelName === 'Texas callers');
      const californiaRows = (await deliveriesOf(fromCalifornia)).filter(
        (d) => d.pixelName === 'Texas callers',
      );
      expect(texasRows.map((d) => d.status)).toEqual(['delivered']);
      expect(californiaRows).toEqual([
        expect.objectContaining({
          status: 'skipped',
          error: 'Tag filter: [tag:InboundNumber:State] is "CA", which is not one of TX',
        }),
      ]);
    });
    expect((await deliveriesOf(elsewhere)).filter((d) => d.pixelName === 'Texas callers')).toEqual([]);
    expect(tracker.to('/texas').map((hit) => hit.url.searchParams.get('call'))).toEqual([fromTexas]);
  });
});
