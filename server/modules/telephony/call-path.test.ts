import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Auth, createLiveCampaign, signUp, uniquePhone } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { incomingCall, twilioPost } from '../../../test/twilio';

let t: TestApp;
let owner: Auth;
beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app);
});
afterAll(() => t.close());

const simulate = async (to: string, from = uniquePhone(), extra: Record<string, string> = {}) => {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/simulator/calls',
    headers: owner.headers,
    payload: { to, from, ...extra },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

const event = async (callId: string, type: string, durationSeconds?: number) => {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/simulator/calls/${callId}/events`,
    headers: owner.headers,
    payload: { type, durationSeconds },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

const getCall = async (callId: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/calls/${callId}`, headers: owner.headers })).json();

describe('the call path', () => {
  it('routes a call to the target, and a long enough call converts with revenue, payout and profit', async () => {
    const { number, targets } = await createLiveCampaign(t.app, owner, { campaign: { record: true } });
    const call = await simulate(number.phoneNumber);
    expect(call.twiml).toContain(`<Number`);
    expect(call.twiml).toContain(`>${targets[0].destination}</Number>`);
    expect(call.twiml).toContain('record="record-from-answer"');
    expect(call.twiml).toMatch(/action="https:\/\/calls\.test\.example\/api\/webhooks\/dial-action\?callId=/);
    expect(call.trace.at(-1)).toMatchObject({
      outcome: 'chosen',
      targetId: targets[0].id,
      reason: 'selected',
    });

    await event(call.callId, 'answered');
    const done = await event(call.callId, 'completed', 95);
    expect(done.twiml).toContain('<Hangup/>');
    expect(done.status).toBe('completed');

    const detail = await getCall(call.callId);
    expect(detail).toMatchObject({
      status: 'completed',
      converted: true,
      connectedSeconds: 95,
      revenueCents: 2500,
      payoutCents: 1000,
      profitCents: 1500,
      targetId: targets[0].id,
      outcome: 'routed',
    });
    expect(detail.attempts).toHaveLength(1);
    expect(detail.attempts[0]).toMatchObject({ status: 'completed', connectedSeconds: 95 });
    expect(detail.twiml.map((entry: { event: string }) => entry.event)).toEqual(['voice', 'dial-action:1']);
  });

  it('a short call does not convert', async () => {
    const { number } = await createLiveCampaign(t.app, owner);
    const call = await simulate(number.phoneNumber);
    await event(call.callId, 'completed', 20);
    expect(await getCall(call.callId)).toMatchObject({ converted: false, revenueCents: 0, payoutCents: 0 });
  });

  it('tries the next target on no-answer, then falls back when none is left', async () => {
    const { number, targets } = await createLiveCampaign(t.app, owner, {
      targets: [{ priority: 1 }, { priority: 2 }],
      campaign: { fallbackMessage: 'Sorry, everyone is busy.' },
    });
    const call = await simulate(number.phoneNumber);
    expect(call.twiml).toContain(targets[0].destination);
    const second = await event(call.callId, 'no-answer');
    expect(second.twiml).toContain(targets[1].destination);
    const last = await event(call.callId, 'busy');
    expect(last.twiml).toContain('<Say>Sorry, everyone is busy.</Say><Hangup/>');
    const detail = await getCall(call.callId);
    expect(detail.attempts.map((a: { status: string }) => a.status)).toEqual(['no-answer', 'busy']);
    expect(detail.trace.map((e: { reason: string }) => e.reason)).toEqual(
      expect.arrayContaining(['dial_no_answer', 'already_tried', 'dial_busy', 'fallback']),
    );
  });

  it('answers unknown numbers and inactive campaigns with valid TwiML, never an error', async () => {
    const unknown = await twilioPost(
      t.app,
      '/api/webhooks/voice',
      incomingCall(uniquePhone(), uniquePhone()),
    );
    expect(unknown.statusCode).toBe(200);
    expect(unknown.headers['content-type']).toMatch(/text\/xml/);
    expect(unknown.body).toMatch(/<Say>.+<\/Say><Hangup\/>/);

    const { number, campaign } = await createLiveCampaign(t.app, owner, {
      campaign: { fallbackNumber: '+14155550199' },
    });
    await t.app.inject({
      method: 'PATCH',
      url: `/api/campaigns/${campaign.id}`,
      headers: owner.headers,
      payload: { status: 'paused' },
    });
    const paused = await simulate(number.phoneNumber);
    expect(paused.twiml).toContain('<Number>+14155550199</Number>');
    expect(paused.trace[0]).toMatchObject({ reason: 'campaign_inactive' });
  });

  it('checks X-Twilio-Signature: valid passes, wrong or missing is 403', async () => {
    const params = incomingCall(uniquePhone(), uniquePhone());
    expect((await twilioPost(t.app, '/api/webhooks/voice', params)).statusCode).toBe(200);
    const wrong = await twilioPost(
      t.app,
      '/api/webhooks/voice',
      { ...params, CallSid: 'CAother' },
      { signature: 'bm90IGl0' },
    );
    expect(wrong.statusCode).toBe(403);
    const missing = await twilioPost(t.app, '/api/webhooks/status', params, { signature: null });
    expect(missing.statusCode).toBe(403);
    // Signed for other parameters than the ones sent: a tampered body.
    const tampered = await twilioPost(
      t.app,
      '/api/webhooks/voice',
      { ...params, From: '+19999999999' },
      {
        signature: (await import('./signature')).signTwilioRequest(
          'test-twilio-auth-token',
          'https://calls.test.example/api/webhooks/voice',
          params,
        ),
      },
    );
    expect(tampered.statusCode).toBe(403);
  });

  it('answers a retried voice webhook with the same TwiML and records one call', async () => {
    const { number } = await createLiveCampaign(t.app, owner, { targets: [{}, {}] });
    const params = incomingCall(number.phoneNumber, uniquePhone());
    const first = await twilioPost(t.app, '/api/webhooks/voice', params);
    const again = await twilioPost(t.app, '/api/webhooks/voice', params);
    expect(again.body).toBe(first.body);
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/calls?caller=${params.From.slice(2)}`,
      headers: owner.headers,
    });
    expect(list.json().items).toHaveLength(1);
  });

  it('settles the same way whatever the order or repetition of status callbacks', async () => {
    const { number } = await createLiveCampaign(t.app, owner);
    const call = await simulate(number.phoneNumber);
    const detail = await getCall(call.callId);
    const legSid = 'CAleg0000000000000000000000000001';
    const base = { AccountSid: 'ACtest', From: detail.fromNumber, To: detail.toNumber };
    const statusUrl = `/api/webhooks/status?callId=${call.callId}`;
    const parentCompleted = {
      ...base,
      CallSid: detail.callSid,
      CallStatus: 'completed',
      CallDuration: '130',
    };
    const legCompleted = {
      ...base,
      CallSid: legSid,
      ParentCallSid: detail.callSid,
      CallStatus: 'completed',
      CallDuration: '120',
    };
    const legAnswered = {
      ...base,
      CallSid: legSid,
      ParentCallSid: detail.callSid,
      CallStatus: 'in-progress',
    };
    const parentRinging = { ...base, CallSid: detail.callSid, CallStatus: 'ringing' };
    // Reordered: completion first, the early events late, and everything twice.
    for (const params of [
      parentCompleted,
      legCompleted,
      legAnswered,
      parentRinging,
      legCompleted,
      parentCompleted,
    ]) {
      const response = await twilioPost(
        t.app,
        'ParentCallSid' in params ? statusUrl : '/api/webhooks/status',
        params,
      );
      expect(response.statusCode, response.body).toBe(204);
    }
    expect(await getCall(call.callId)).toMatchObject({
      status: 'completed',
      durationSeconds: 130,
      connectedSeconds: 120,
      converted: true,
      revenueCents: 2500,
      payoutCents: 1000,
    });
  });

  it('stores the recording on the call', async () => {
    const { number } = await createLiveCampaign(t.app, owner, { campaign: { record: true } });
    const call = await simulate(number.phoneNumber);
    const detail = await getCall(call.callId);
    const response = await twilioPost(t.app, `/api/webhooks/recording?callId=${call.callId}`, {
      CallSid: detail.callSid,
      RecordingSid: 'RE123',
      RecordingUrl: 'https://api.twilio.com/2010-04-01/Accounts/AC/Recordings/RE123',
      RecordingDuration: '42',
    });
    expect(response.statusCode).toBe(204);
    expect(await getCall(call.callId)).toMatchObject({
      recordingUrl: expect.stringContaining('RE123'),
      recordingDurationSeconds: 42,
    });
  });

  it('sends a repeat caller back to the same target, or rejects them, per the duplicate rule', async () => {
    const sameTarget = await createLiveCampaign(t.app, owner, {
      targets: [{ weight: 50 }, { weight: 50 }],
      campaign: { duplicateWindowHours: 24, duplicateAction: 'same_target', routingStrategy: 'round_robin' },
    });
    const caller = uniquePhone();
    const first = await simulate(sameTarget.number.phoneNumber, caller);
    const firstTarget = first.trace.at(-1).targetId;
    for (let i = 0; i < 3; i++) {
      const repeat = await simulate(sameTarget.number.phoneNumber, caller);
      expect(repeat.trace.at(-1)).toMatchObject({ targetId: firstTarget, reason: 'duplicate_same_target' });
      expect((await getCall(repeat.callId)).isDuplicate).toBe(true);
    }

    const reject = await createLiveCampaign(t.app, owner, {
      campaign: { duplicateWindowHours: 1, duplicateAction: 'reject' },
    });
    await simulate(reject.number.phoneNumber, caller);
    const rejected = await simulate(reject.number.phoneNumber, caller);
    expect(rejected.twiml).toContain('<Reject reason="rejected"/>');
    expect((await getCall(rejected.callId)).outcome).toBe('rejected');
  });

  it('dials SIP targets with their headers and presents the caller id the target asks for', async () => {
    const { number } = await createLiveCampaign(t.app, owner, {
      targets: [
        {
          destination: 'sip:desk@pbx.example.com',
          sipHeaders: { 'X-Source': 'ccp' },
          callerIdPolicy: 'fixed',
          callerIdNumber: '+14155550111',
        },
      ],
    });
    const call = await simulate(number.phoneNumber);
    expect(call.twiml).toContain('callerId="+14155550111"');
    expect(call.twiml).toMatch(/<Sip [^>]*>sip:desk@pbx\.example\.com;X-Source=ccp<\/Sip>/);
  });

  it('never moves a call backwards when callbacks arrive together, and dials nobody once the caller hung up', async () => {
    const { number, targets } = await createLiveCampaign(t.app, owner, {
      targets: [{ priority: 1 }, { priority: 2, caps: { concurrency: 1 } }],
    });
    const call = await simulate(number.phoneNumber);
    const detail = await getCall(call.callId);
    const base = {
      AccountSid: 'ACtest',
      From: detail.fromNumber,
      To: detail.toNumber,
      CallSid: detail.callSid,
    };
    await Promise.all([
      twilioPost(t.app, '/api/webhooks/status', { ...base, CallStatus: 'in-progress' }),
      twilioPost(t.app, '/api/webhooks/status', { ...base, CallStatus: 'completed', CallDuration: '30' }),
      twilioPost(t.app, '/api/webhooks/status', { ...base, CallStatus: 'ringing' }),
    ]);
    expect((await getCall(call.callId)).status).toBe('completed');

    // Twilio reports the unanswered dial after the caller left: nothing more is dialed.
    const action = await twilioPost(t.app, `/api/webhooks/dial-action?callId=${call.callId}&attempt=1`, {
      ...base,
      CallStatus: 'completed',
      DialCallStatus: 'no-answer',
    });
    expect(action.body).toContain('<Hangup/>');
    expect(action.body).not.toContain(targets[1].destination);
    // The second target's only place is still free.
    expect((await simulate(number.phoneNumber)).twiml).toContain(targets[0].destination);
  });

  it('a dial-action retried at the same moment dials the next target once and keeps no stray place', async () => {
    const { number, targets } = await createLiveCampaign(t.app, owner, {
      targets: [{ priority: 1 }, { priority: 2, caps: { concurrency: 1 } }],
    });
    const call = await simulate(number.phoneNumber);
    const detail = await getCall(call.callId);
    const params = {
      AccountSid: 'ACtest',
      From: detail.fromNumber,
      To: detail.toNumber,
      CallSid: detail.callSid,
      CallStatus: 'in-progress',
      DialCallStatus: 'no-answer',
    };
    const url = `/api/webhooks/dial-action?callId=${call.callId}&attempt=1`;
    const [a, b] = await Promise.all([twilioPost(t.app, url, params), twilioPost(t.app, url, params)]);
    expect(a.body).toContain(targets[1].destination);
    expect(b.body).toBe(a.body);
    expect((await getCall(call.callId)).attempts).toHaveLength(2);
    // End the call: the one place taken on the capped target comes back.
    await twilioPost(t.app, '/api/webhooks/status', {
      ...params,
      CallStatus: 'completed',
      CallDuration: '5',
    });
    const other = await simulate(number.phoneNumber);
    const next = await event(other.callId, 'no-answer');
    expect(next.twiml).toContain(targets[1].destination);
  });
});
