import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlowDefinition } from '../../../contracts/flows';
import { type Auth, createLiveCampaign, signUp, uniquePhone } from '../../../test/factories';
import { flowEdge as edge, menuToRouter, flowNode as node } from '../../../test/flows';
import { createTestApp, TEST_PUBLIC_URL, type TestApp } from '../../../test/test-app';
import { incomingCall, twilioPost } from '../../../test/twilio';
import { flowSessions, flowVersions } from '../../db/schema';

let t: TestApp;
let owner: Auth;
let pixelHits: string[];
let pixelServer: { url: string; close(): void };
beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app);
  pixelHits = [];
  const server = createServer((request, response) => {
    pixelHits.push(request.url ?? '');
    if (request.url?.startsWith('/hang')) return; // never answers
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ tier: 'gold' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  pixelServer = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => server.close(),
  };
});
afterAll(async () => {
  pixelServer.close();
  await t.close();
});

const api = async (method: 'POST' | 'PATCH' | 'GET', url: string, payload?: unknown) => {
  const response = await t.app.inject({
    method,
    url,
    headers: owner.headers,
    payload: payload as Record<string, unknown>,
  });
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json();
};

async function publishedFlow(campaignId: string, definition: FlowDefinition) {
  const flow = await api('POST', '/api/flows', { name: 'IVR', campaignId, definition });
  await api('POST', `/api/flows/${flow.id}/publish`);
  return flow.id as string;
}

/** The path of a flow webhook URL in TwiML (Twilio posts to what we told it). */
const webhookPath = (twiml: string, pattern: RegExp) => {
  const url = twiml.match(pattern)?.[1]?.replaceAll('&amp;', '&');
  if (!url) throw new Error(`no callback in ${twiml}`);
  return url.slice(TEST_PUBLIC_URL.length);
};
const gatherAction = (twiml: string) => webhookPath(twiml, /<Gather[^>]*action="([^"]+)"/);
const dialAction = (twiml: string) => webhookPath(twiml, /<Dial[^>]*action="([^"]+)"/);

describe('a call on a published flow, through the signed webhooks', () => {
  it('Start → Menu → press 1 → Router dials the target; connected → Hangup; the call is routed and converts', async () => {
    const { number, targets, campaign } = await createLiveCampaign(t.app, owner);
    const flowId = await publishedFlow(campaign.id, menuToRouter());
    const inbound = incomingCall(number.phoneNumber, uniquePhone());

    const answer = await twilioPost(t.app, '/api/webhooks/voice', inbound);
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toContain('<Gather input="dtmf" numDigits="1"');
    expect(answer.body).toContain('Press 1 for auto insurance</Say></Gather>');
    const menuUrl = gatherAction(answer.body);
    expect(menuUrl).toMatch(/^\/api\/flows\/webhook\/fls_\w+\/menu$/);

    // A forged or unsigned callback is refused.
    expect(
      (await twilioPost(t.app, menuUrl, { CallSid: inbound.CallSid, Digits: '1' }, { signature: 'nope' }))
        .statusCode,
    ).toBe(403);

    const pressed = await twilioPost(t.app, menuUrl, { CallSid: inbound.CallSid, Digits: '1' });
    expect(pressed.statusCode).toBe(200);
    expect(pressed.body).toContain(`>${targets[0].destination}</Number>`);
    const dialUrl = dialAction(pressed.body);
    expect(dialUrl).toMatch(/\/route\?attempt=1$/);

    const calls = (await api('GET', '/api/calls')).items;
    const call = calls.find((c: { callSid: string }) => c.callSid === inbound.CallSid);
    expect(call).toMatchObject({ outcome: 'routed', targetId: targets[0].id });

    const connected = await twilioPost(t.app, dialUrl, {
      CallSid: inbound.CallSid,
      DialCallStatus: 'completed',
      DialCallDuration: '95',
    });
    expect(connected.body).toContain('<Say>Goodbye</Say><Hangup/>');
    const detail = await api('GET', `/api/calls/${call.id}`);
    expect(detail).toMatchObject({ converted: true, connectedSeconds: 95, revenueCents: 2500 });
    expect(detail.attempts[0]).toMatchObject({ status: 'completed', targetId: targets[0].id });
    expect(detail.twiml.map((e: { event: string }) => e.event)).toEqual(['voice', 'flow:menu', 'flow:route']);
    expect(detail.trace.map((e: { detail: string }) => e.detail)).toEqual(
      expect.arrayContaining([
        'Start "start" → next',
        'Menu "menu" → 1 (Pressed 1)',
        'Router "route" → connected (Connected)',
      ]),
    );

    // A retried callback gets the same answer and changes nothing.
    const retried = await twilioPost(t.app, menuUrl, { CallSid: inbound.CallSid, Digits: '1' });
    expect(retried.body).toBe(connected.body);
    expect((await api('GET', `/api/calls/${call.id}`)).attempts).toHaveLength(1);

    const analytics = await api('GET', `/api/flows/${flowId}/analytics`);
    expect(analytics.sessions).toBe(1);
    expect(analytics.nodes.find((n: { nodeId: string }) => n.nodeId === 'menu')).toMatchObject({
      entries: 1,
      exits: { '1': 1 },
      dropOffs: 0,
    });
  });

  it('plays the Whisper to the agent, stores a transcription, and counts a hang-up on the Menu as a drop-off', async () => {
    const { number, campaign } = await createLiveCampaign(t.app, owner);
    const flowId = await publishedFlow(campaign.id, {
      nodes: [
        node('start', 'start'),
        node('menu', 'menu'),
        node('whisper', 'whisper', { message: 'Auto insurance lead' }),
        node('route', 'router'),
        node('vm', 'voicemail', { transcribe: true }),
        node('bye', 'hangup'),
      ],
      edges: [
        edge('start', 'next', 'menu'),
        edge('menu', '1', 'whisper'),
        edge('menu', 'timeout', 'bye'),
        edge('menu', 'invalid', 'bye'),
        edge('whisper', 'next', 'route'),
        edge('route', 'connected', 'bye'),
        edge('route', 'failed', 'vm'),
        edge('vm', 'next', 'bye'),
      ],
    });
    const inbound = incomingCall(number.phoneNumber, uniquePhone());
    const menu = await twilioPost(t.app, '/api/webhooks/voice', inbound);
    const dialing = await twilioPost(t.app, gatherAction(menu.body), {
      CallSid: inbound.CallSid,
      Digits: '1',
    });
    const whisperUrl = webhookPath(dialing.body, /<Number[^>]*\surl="([^"]+)"/);
    expect(whisperUrl).toMatch(/\/whisper\?event=whisper$/);
    const agent = await twilioPost(t.app, whisperUrl, {
      CallSid: 'CAagentleg',
      ParentCallSid: inbound.CallSid,
    });
    expect(agent.body).toContain('<Say voice="alice" language="en-US">Auto insurance lead</Say>');

    const recording = await twilioPost(t.app, dialAction(dialing.body), {
      CallSid: inbound.CallSid,
      DialCallStatus: 'no-answer',
    });
    const recordUrl = webhookPath(recording.body, /<Record[^>]*action="([^"]+)"/);
    const transcriptionUrl = webhookPath(recording.body, /transcribeCallback="([^"]+)"/);
    await twilioPost(t.app, recordUrl, {
      CallSid: inbound.CallSid,
      RecordingUrl: 'https://api.twilio.com/rec/RE1',
      RecordingSid: 'RE1',
      RecordingDuration: '9',
    });
    await twilioPost(t.app, transcriptionUrl, {
      CallSid: inbound.CallSid,
      TranscriptionText: 'Please call me back',
    });
    const [session] = await t.database.db.select().from(flowSessions).where(eq(flowSessions.flowId, flowId));
    expect(session.variables).toMatchObject({
      voicemail_url: 'https://api.twilio.com/rec/RE1',
      voicemail_transcription: 'Please call me back',
    });

    // A second caller hangs up while the menu plays.
    const quitter = incomingCall(number.phoneNumber, uniquePhone());
    await twilioPost(t.app, '/api/webhooks/voice', quitter);
    await twilioPost(t.app, '/api/webhooks/status', {
      CallSid: quitter.CallSid,
      CallStatus: 'completed',
      CallDuration: '4',
    });
    const analytics = await api('GET', `/api/flows/${flowId}/analytics`);
    const menuStats = analytics.nodes.find((n: { nodeId: string }) => n.nodeId === 'menu');
    expect(menuStats).toMatchObject({ entries: 2, exits: { '1': 1 }, dropOffs: 1 });
    expect(analytics.nodes.find((n: { nodeId: string }) => n.nodeId === 'route')).toMatchObject({
      entries: 1,
      exits: { failed: 1 },
      dropOffs: 0,
    });
  });

  it('a missed dial tries the next target, then follows the failed branch', async () => {
    const { number, campaign } = await createLiveCampaign(t.app, owner, { targets: [{}, {}] });
    const definition = menuToRouter();
    definition.nodes.push(node('sorry', 'hangup', { message: 'Nobody is free' }));
    definition.edges = definition.edges.map((e) =>
      e.branch === 'failed' ? edge('route', 'failed', 'sorry') : e,
    );
    await publishedFlow(campaign.id, definition);
    const inbound = incomingCall(number.phoneNumber, uniquePhone());
    const menu = await twilioPost(t.app, '/api/webhooks/voice', inbound);
    const first = await twilioPost(t.app, gatherAction(menu.body), { CallSid: inbound.CallSid, Digits: '1' });
    const second = await twilioPost(t.app, dialAction(first.body), {
      CallSid: inbound.CallSid,
      DialCallStatus: 'no-answer',
    });
    expect(dialAction(second.body)).toMatch(/attempt=2$/);
    const failed = await twilioPost(t.app, dialAction(second.body), {
      CallSid: inbound.CallSid,
      DialCallStatus: 'busy',
    });
    expect(failed.body).toContain('<Say>Nobody is free</Say><Hangup/>');
  });

  it('a call finishes on the version it started with, while a new version is published', async () => {
    const { number, campaign } = await createLiveCampaign(t.app, owner);
    const flowId = await publishedFlow(campaign.id, menuToRouter('Version one'));
    const inbound = incomingCall(number.phoneNumber, uniquePhone());
    const menu = await twilioPost(t.app, '/api/webhooks/voice', inbound);
    expect(menu.body).toContain('Version one');

    // Version 2 removes the Router: key 1 now hangs up.
    const v2 = menuToRouter('Version two');
    v2.nodes = v2.nodes.filter((n) => n.id !== 'route');
    v2.edges = v2.edges
      .filter((e) => e.from !== 'route')
      .map((e) => (e.to === 'route' ? edge('menu', '1', 'bye') : e));
    await api('PATCH', `/api/flows/${flowId}`, { definition: v2 });
    expect((await api('POST', `/api/flows/${flowId}/publish`)).publishedVersion).toBe(2);

    const pressed = await twilioPost(t.app, gatherAction(menu.body), {
      CallSid: inbound.CallSid,
      Digits: '1',
    });
    expect(pressed.body).toContain('<Dial');

    const next = await twilioPost(
      t.app,
      '/api/webhooks/voice',
      incomingCall(number.phoneNumber, uniquePhone()),
    );
    expect(next.body).toContain('Version two');
  });

  it('Gather, Custom Logic, Enrich and a pixel work on a live call; the pixel never blocks it', async () => {
    const { number, campaign } = await createLiveCampaign(t.app, owner);
    await publishedFlow(campaign.id, {
      nodes: [
        node('start', 'start', {
          pixels: [{ url: `${pixelServer.url}/start?call={callId}&from={from}`, method: 'GET' }],
        }),
        node('zip', 'gather', { variable: 'zip', minLength: 5, maxLength: 5 }),
        node('enrich', 'enrich', { lookupUrl: `${pixelServer.url}/lookup?zip={var.zip}` }),
        node('logic', 'customLogic', {
          rules: [{ name: 'gold', expression: 'lookup_tier == "gold" and startsWith(zip, "9")' }],
        }),
        node('vip', 'hangup', { message: 'Welcome, gold member' }),
        node('bye', 'hangup'),
      ],
      edges: [
        edge('start', 'next', 'zip'),
        edge('zip', 'success', 'enrich'),
        edge('zip', 'failed', 'bye'),
        edge('enrich', 'next', 'logic'),
        edge('logic', 'gold', 'vip'),
        edge('logic', 'else', 'bye'),
      ],
    });
    const inbound = incomingCall(number.phoneNumber, '+14155550123');
    const started = performance.now();
    const asked = await twilioPost(t.app, '/api/webhooks/voice', inbound);
    expect(performance.now() - started).toBeLessThan(1500);
    const answered = await twilioPost(t.app, gatherAction(asked.body), {
      CallSid: inbound.CallSid,
      Digits: '94107',
    });
    expect(answered.body).toContain('<Say>Welcome, gold member</Say><Hangup/>');
    await expect.poll(() => pixelHits.some((hit) => hit.startsWith('/start?call=call_'))).toBe(true);
    expect(pixelHits).toContain('/lookup?zip=94107');
  });

  it('falls back to the campaign fallback when the flow cannot go on, and never answers 5xx', async () => {
    const { number, campaign } = await createLiveCampaign(t.app, owner, {
      campaign: { fallbackMessage: 'Please call back later' },
    });
    const flowId = await publishedFlow(campaign.id, menuToRouter());
    const inbound = incomingCall(number.phoneNumber, uniquePhone());
    const asked = await twilioPost(t.app, '/api/webhooks/voice', inbound);
    const url = gatherAction(asked.body);
    const unknown = await twilioPost(t.app, url.replace(/fls_\w+/, 'fls_missing'), {
      CallSid: inbound.CallSid,
    });
    expect(unknown.body).toContain('<Hangup/>');
    const wrongCall = await twilioPost(t.app, url, { CallSid: 'CAother', Digits: '1' });
    expect(wrongCall.body).toContain('<Hangup/>');

    // A stored version that spins (it could never be published so) trips the loop guard.
    const spinning = {
      nodes: [node('start', 'start'), node('a', 'pause'), node('b', 'pause')],
      edges: [edge('start', 'next', 'a'), edge('a', 'next', 'b'), edge('b', 'next', 'a')],
    };
    await t.database.db
      .update(flowVersions)
      .set({ definition: spinning })
      .where(eq(flowVersions.flowId, flowId));
    const next = incomingCall(number.phoneNumber, uniquePhone());
    const fallback = await twilioPost(t.app, '/api/webhooks/voice', next);
    expect(fallback.statusCode).toBe(200);
    expect(fallback.body).toContain('<Say>Please call back later</Say><Hangup/>');
    const call = (await api('GET', '/api/calls')).items.find(
      (c: { callSid: string }) => c.callSid === next.CallSid,
    );
    expect(call.outcome).toBe('fallback');
  });
});
