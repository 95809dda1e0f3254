import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Auth, createLiveCampaign, signUp, uniquePhone } from '../../../test/factories';
import { flowEdge as edge, flowNode as node } from '../../../test/flows';
import { createTestApp, TEST_PUBLIC_URL, type TestApp } from '../../../test/test-app';
import { twilioPost } from '../../../test/twilio';

let t: TestApp;
let owner: Auth;
beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app);
});
afterAll(() => t.close());

const send = (url: string, payload: unknown, auth: Auth = owner) =>
  t.app.inject({ method: 'POST', url, headers: auth.headers, payload: payload as Record<string, unknown> });
const ok = async (url: string, payload: unknown) => {
  const response = await send(url, payload);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

async function flowOnCampaign(definition: { nodes: unknown[]; edges: unknown[] }) {
  const live = await createLiveCampaign(t.app, owner);
  const flow = (
    await send('/api/flows', { name: 'Test IVR', campaignId: live.campaign.id, definition })
  ).json();
  return { ...live, flowId: flow.id as string };
}

describe('test calls on a flow', () => {
  it('says the campaign must be active before a test call can reach its flow', async () => {
    const { flowId, campaign } = await flowOnCampaign({
      nodes: [node('start', 'start'), node('bye', 'hangup', { message: 'Bye' })],
      edges: [edge('start', 'next', 'bye')],
    });
    await send(`/api/flows/${flowId}/publish`, {});
    const paused = await t.app.inject({
      method: 'PATCH',
      url: `/api/campaigns/${campaign.id}`,
      headers: owner.headers,
      payload: { status: 'paused' },
    });
    expect(paused.statusCode, paused.body).toBe(200);
    const refused = await send(`/api/simulator/flows/${flowId}/calls`, { from: uniquePhone() });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/is not active: activate it/);
  });

  it('walks Start → Play → Menu, presses 1, follows the redirect into the Router, and connects', async () => {
    const { flowId, targets } = await flowOnCampaign({
      nodes: [
        node('start', 'start'),
        node('menu', 'menu', { prompt: { text: 'Press 1 for sales' } }),
        node('hold', 'play', { prompt: { text: 'Connecting you now' } }),
        node('route', 'router'),
        node('bye', 'hangup'),
      ],
      edges: [
        edge('start', 'next', 'menu'),
        edge('menu', '1', 'hold'),
        edge('menu', 'timeout', 'bye'),
        edge('menu', 'invalid', 'bye'),
        edge('hold', 'next', 'route'),
        edge('route', 'connected', 'bye'),
        edge('route', 'failed', 'bye'),
      ],
    });
    const unpublished = await send(`/api/simulator/flows/${flowId}/calls`, { from: uniquePhone() });
    expect(unpublished.statusCode).toBe(409);
    expect(unpublished.json().error.message).toMatch(/Publish the flow first/);
    await send(`/api/flows/${flowId}/publish`, {});

    const started = await ok(`/api/simulator/flows/${flowId}/calls`, { from: uniquePhone() });
    expect(started).toMatchObject({
      flowId,
      version: 1,
      currentNodeId: 'menu',
      waitingFor: 'digits',
      ended: false,
    });
    expect(started.twiml).toContain('Press 1 for sales');
    expect(started.path.map((p: { nodeId: string; branch: string | null }) => [p.nodeId, p.branch])).toEqual([
      ['start', 'next'],
      ['menu', null],
    ]);

    const pressed = await ok(`/api/simulator/calls/${started.callId}/flow-input`, {
      kind: 'digits',
      digits: '1',
    });
    expect(pressed.twiml).toContain(`>${targets[0].destination}</Number>`);
    expect(pressed).toMatchObject({ currentNodeId: 'route', waitingFor: 'dial' });
    expect(pressed.path.map((p: { nodeId: string }) => p.nodeId)).toEqual(['start', 'menu', 'hold', 'route']);
    // Twilio retrying the <Redirect> into the Router does not dial a second target.
    const call = (
      await t.app.inject({ method: 'GET', url: `/api/calls/${started.callId}`, headers: owner.headers })
    ).json();
    const redirect = call.twiml
      .at(-2)
      .twiml.match(/<Redirect[^>]*>([^<]+)</)[1]
      .replaceAll('&amp;', '&');
    const retried = await twilioPost(t.app, redirect.slice(TEST_PUBLIC_URL.length), {
      CallSid: call.callSid,
    });
    expect(retried.body).toBe(pressed.twiml);
    expect(
      (
        await t.app.inject({ method: 'GET', url: `/api/calls/${started.callId}`, headers: owner.headers })
      ).json().attempts,
    ).toHaveLength(1);

    const connected = await ok(`/api/simulator/calls/${started.callId}/flow-input`, {
      kind: 'dial',
      status: 'completed',
      durationSeconds: 90,
    });
    expect(connected.ended).toBe(true);
    expect(connected.path.at(-1).nodeId).toBe('bye');
    expect(connected.twiml).toContain('<Hangup/>');

    const late = await send(`/api/simulator/calls/${started.callId}/flow-input`, {
      kind: 'digits',
      digits: '1',
    });
    expect(late.statusCode).toBe(409);
  });

  it('says words to a Gather, leaves a voicemail, and is walled off from other accounts', async () => {
    const { flowId } = await flowOnCampaign({
      nodes: [
        node('start', 'start'),
        node('ask', 'gather', {
          input: 'speech',
          variable: 'reason',
          prompt: { text: 'Why are you calling?' },
        }),
        node('vm', 'voicemail'),
        node('bye', 'hangup'),
      ],
      edges: [
        edge('start', 'next', 'ask'),
        edge('ask', 'success', 'vm'),
        edge('ask', 'failed', 'bye'),
        edge('vm', 'next', 'bye'),
      ],
    });
    await send(`/api/flows/${flowId}/publish`, {});
    const started = await ok(`/api/simulator/flows/${flowId}/calls`, { from: uniquePhone() });
    expect(started.waitingFor).toBe('speech');

    const intruder = await signUp(t.app);
    expect(
      (await send(`/api/simulator/flows/${flowId}/calls`, { from: uniquePhone() }, intruder)).statusCode,
    ).toBe(404);
    expect(
      (await send(`/api/simulator/calls/${started.callId}/flow-input`, { kind: 'timeout' }, intruder))
        .statusCode,
    ).toBe(404);

    const said = await ok(`/api/simulator/calls/${started.callId}/flow-input`, {
      kind: 'speech',
      speech: 'billing question',
    });
    expect(said).toMatchObject({ waitingFor: 'record', variables: { reason: 'billing question' } });
    const recorded = await ok(`/api/simulator/calls/${started.callId}/flow-input`, {
      kind: 'record',
      durationSeconds: 14,
    });
    expect(recorded.ended).toBe(true);
    const call = (
      await t.app.inject({ method: 'GET', url: `/api/calls/${started.callId}`, headers: owner.headers })
    ).json();
    expect(call.recordingUrl).toMatch(/\/Recordings\/RE\w+$/);
  });
});
