import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAgentCampaign } from '../../../test/agent-factories';
import { type Auth, signUp, uniquePhone } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { twilioPost } from '../../../test/twilio';

let t: TestApp;
let owner: Auth;
beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app);
});
afterAll(() => t.close());
afterEach(() => vi.useRealTimers());

type Trace = { reason: string; detail: string; targetId: string | null }[];

async function simulate(to: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/simulator/calls',
    headers: owner.headers,
    payload: { to, from: uniquePhone() },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { callId: string; twiml: string; trace: Trace };
}

async function event(callId: string, type: string, durationSeconds?: number) {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/simulator/calls/${callId}/events`,
    headers: owner.headers,
    payload: { type, durationSeconds },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { twiml: string | null; status: string; trace: Trace };
}

const patchAgent = (id: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'PATCH', url: `/api/agents/${id}`, headers: owner.headers, payload });
const getAgent = async (id: string) =>
  (await t.app.inject({ url: `/api/agents/${id}`, headers: owner.headers })).json();
const reasons = (trace: Trace) => trace.map((e) => e.reason);

/** Moves the clock the call path reads (Date only; timers stay real). */
function clockAt(start: Date) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(start);
  return { advance: (seconds: number) => vi.setSystemTime(new Date(Date.now() + seconds * 1000)) };
}

describe('routing a call to an agent group', () => {
  it('dials an available agent, who shows ringing, then on a call, then wrapping up', async () => {
    const { number, agents } = await createAgentCampaign(t.app, owner, { group: { wrapUpSeconds: 60 } });
    const call = await simulate(number.phoneNumber);
    expect(call.twiml).toContain(agents[0].destination);
    expect(reasons(call.trace)).toEqual(['agent_group', 'agent_selected']);
    expect((await getAgent(agents[0].id)).status).toBe('ringing');
    await event(call.callId, 'answered');
    expect((await getAgent(agents[0].id)).status).toBe('on_call');
    await event(call.callId, 'completed', 90);
    expect((await getAgent(agents[0].id)).status).toBe('wrap_up');
    const details = await t.app.inject({ url: `/api/calls/${call.callId}`, headers: owner.headers });
    expect(details.json().attempts[0]).toMatchObject({
      agentId: agents[0].id,
      targetName: agents[0].name,
      destination: agents[0].destination,
      status: 'completed',
    });
  });

  it('round robin takes turns across calls; priority keeps to the group order', async () => {
    const rr = await createAgentCampaign(t.app, owner, {
      agents: [{ maxConcurrent: 3 }, { maxConcurrent: 3 }],
      group: { strategy: 'round_robin' },
    });
    const dialed = [];
    for (let i = 0; i < 4; i++) dialed.push((await simulate(rr.number.phoneNumber)).twiml);
    const turn = (twiml: string) =>
      rr.agents.findIndex((a: { destination: string }) => twiml.includes(a.destination));
    expect(dialed.map(turn)).toEqual([0, 1, 0, 1]);

    const ordered = await createAgentCampaign(t.app, owner, {
      agents: [{ maxConcurrent: 3 }, { maxConcurrent: 3 }],
      group: { strategy: 'priority' },
    });
    for (let i = 0; i < 2; i++)
      expect((await simulate(ordered.number.phoneNumber)).twiml).toContain(ordered.agents[0].destination);
  });

  it('longest idle offers the next call to the agent whose last call ended first', async () => {
    const clock = clockAt(new Date('2026-11-23T09:00:00Z'));
    const { number, agents } = await createAgentCampaign(t.app, owner, {
      agents: [{}, {}],
      group: { strategy: 'longest_idle', wrapUpSeconds: 0 },
    });
    const first = await simulate(number.phoneNumber);
    const second = await simulate(number.phoneNumber);
    expect(first.twiml).toContain(agents[0].destination);
    expect(second.twiml).toContain(agents[1].destination);
    await event(second.callId, 'completed', 30);
    clock.advance(1);
    await event(first.callId, 'completed', 30);
    expect((await simulate(number.phoneNumber)).twiml).toContain(agents[1].destination);
  });

  it('most skilled offers the call to the best at the required skill', async () => {
    const { number, agents } = await createAgentCampaign(t.app, owner, {
      agents: [{ skills: [{ name: 'billing', level: 4 }] }, { skills: [{ name: 'billing', level: 9 }] }],
      group: { strategy: 'most_skilled', requiredSkills: [{ name: 'billing', level: 2 }] },
    });
    expect((await simulate(number.phoneNumber)).twiml).toContain(agents[1].destination);
  });

  it('skips agents without the required skills', async () => {
    const { number, agents } = await createAgentCampaign(t.app, owner, {
      agents: [{ skills: [{ name: 'spanish', level: 3 }] }, { skills: [{ name: 'spanish', level: 8 }] }],
      group: { strategy: 'priority', requiredSkills: [{ name: 'spanish', level: 5 }] },
    });
    const call = await simulate(number.phoneNumber);
    expect(call.twiml).toContain(agents[1].destination);
    expect(call.twiml).not.toContain(agents[0].destination);
  });

  it('on no-answer tries the next agent and counts the miss; after N misses the agent is on break', async () => {
    const { number, agents } = await createAgentCampaign(t.app, owner, {
      agents: [{}, {}],
      group: { strategy: 'priority', missesBeforeBreak: 2 },
    });
    const first = await simulate(number.phoneNumber);
    expect(first.twiml).toContain(agents[0].destination);
    const next = await event(first.callId, 'no-answer');
    expect(next.twiml).toContain(agents[1].destination);
    expect(reasons(next.trace)).toContain('agent_selected');
    expect(await getAgent(agents[0].id)).toMatchObject({ status: 'available', missedInARow: 1 });
    await event(first.callId, 'completed', 30);

    const second = await simulate(number.phoneNumber);
    expect(second.twiml).toContain(agents[0].destination);
    const after = await event(second.callId, 'no-answer');
    expect(reasons(after.trace)).toContain('agent_break');
    expect(await getAgent(agents[0].id)).toMatchObject({ status: 'break', missedInARow: 2 });
  });

  it('releases a ringing agent when the caller hangs up', async () => {
    const { number, agents } = await createAgentCampaign(t.app, owner);
    const call = await simulate(number.phoneNumber);
    expect((await getAgent(agents[0].id)).activeCalls).toBe(1);
    await event(call.callId, 'hangup');
    expect(await getAgent(agents[0].id)).toMatchObject({ status: 'available', activeCalls: 0 });
  });

  it('skips a group with nobody signed in and goes on with the plan', async () => {
    const { number } = await createAgentCampaign(t.app, owner, { agents: [{ status: 'offline' }] });
    const call = await simulate(number.phoneNumber);
    expect(reasons(call.trace)).toEqual(['agent_group_closed', 'fallback']);
    expect(call.twiml).toContain('Nobody can take your call.');
  });
});

describe('the queue', () => {
  it('holds a caller, and connects them on the next redirect once an agent frees up', async () => {
    const { number, agents } = await createAgentCampaign(t.app, owner, {
      group: { wrapUpSeconds: 0, queue: { holdMessage: 'Please hold.', announcePosition: true } },
    });
    const busy = await simulate(number.phoneNumber);
    await event(busy.callId, 'answered');
    const waiting = await simulate(number.phoneNumber);
    expect(waiting.twiml).toContain('You are caller number 1 in line.');
    expect(waiting.twiml).toContain('Please hold.');
    expect(waiting.twiml).toMatch(/<Redirect method="POST">[^<]*\/api\/webhooks\/agent-queue/);
    expect(reasons(waiting.trace)).toContain('queue_waiting');

    const stillWaiting = await event(waiting.callId, 'redirect');
    expect(stillWaiting.twiml).toContain('<Redirect');

    await event(busy.callId, 'completed', 40);
    const connected = await event(waiting.callId, 'redirect');
    expect(connected.twiml).toContain(agents[0].destination);
    expect(reasons(connected.trace).at(-1)).toBe('agent_selected');
  });

  it('offers a freed agent to the caller who has waited longest', async () => {
    const clock = clockAt(new Date('2026-11-23T10:00:00Z'));
    const { number, agents } = await createAgentCampaign(t.app, owner, { group: { wrapUpSeconds: 0 } });
    const busy = await simulate(number.phoneNumber);
    await event(busy.callId, 'answered');
    const older = await simulate(number.phoneNumber);
    clock.advance(5);
    const younger = await simulate(number.phoneNumber);
    expect(younger.twiml).toContain('You are caller number 2 in line.');
    await event(busy.callId, 'completed', 40);

    const youngerTurn = await event(younger.callId, 'redirect');
    expect(youngerTurn.twiml).not.toContain(agents[0].destination);
    const olderTurn = await event(older.callId, 'redirect');
    expect(olderTurn.twiml).toContain(agents[0].destination);
  });

  it('an agent setting themselves available connects the waiting caller', async () => {
    const { number, agents } = await createAgentCampaign(t.app, owner, { agents: [{ status: 'break' }] });
    const waiting = await simulate(number.phoneNumber);
    expect(waiting.twiml).toContain('<Redirect');
    await patchAgent(agents[0].id, { status: 'available' });
    expect((await event(waiting.callId, 'redirect')).twiml).toContain(agents[0].destination);
  });

  it('after maxWaitSeconds sends the caller to the fallback number', async () => {
    const clock = clockAt(new Date('2026-11-23T11:00:00Z'));
    const { number } = await createAgentCampaign(t.app, owner, {
      agents: [{ status: 'break' }],
      group: {
        queue: { maxWaitSeconds: 60, timeoutAction: 'fallback_number', timeoutNumber: '+14155550199' },
      },
    });
    const waiting = await simulate(number.phoneNumber);
    clock.advance(30);
    expect((await event(waiting.callId, 'redirect')).twiml).toContain('<Redirect');
    clock.advance(31);
    const timedOut = await event(waiting.callId, 'redirect');
    expect(timedOut.twiml).toContain('<Number>+14155550199</Number>');
    expect(timedOut.trace.at(-1)).toMatchObject({ reason: 'queue_timeout' });
    expect(timedOut.trace.at(-1)?.detail).toContain('Waited 61s of 60s');
  });

  it('times out to voicemail or to a goodbye message', async () => {
    const clock = clockAt(new Date('2026-11-23T11:30:00Z'));
    const voicemail = await createAgentCampaign(t.app, owner, {
      agents: [{ status: 'break' }],
      group: { queue: { maxWaitSeconds: 10, timeoutAction: 'voicemail' } },
    });
    const goodbye = await createAgentCampaign(t.app, owner, {
      agents: [{ status: 'break' }],
      group: { queue: { maxWaitSeconds: 10, timeoutAction: 'hangup', timeoutMessage: 'We are closed.' } },
    });
    const a = await simulate(voicemail.number.phoneNumber);
    const b = await simulate(goodbye.number.phoneNumber);
    clock.advance(11);
    const recorded = (await event(a.callId, 'redirect')).twiml;
    expect(recorded).toContain('<Record');
    expect(recorded).toContain('recordingStatusCallback=');
    expect((await event(b.callId, 'redirect')).twiml).toContain('<Say>We are closed.</Say><Hangup/>');
  });

  it('keeps the agent in wrap-up for the group’s seconds, by the clock', async () => {
    const clock = clockAt(new Date('2026-11-23T12:00:00Z'));
    const { number, agents } = await createAgentCampaign(t.app, owner, { group: { wrapUpSeconds: 30 } });
    const first = await simulate(number.phoneNumber);
    await event(first.callId, 'completed', 60);
    expect(await getAgent(agents[0].id)).toMatchObject({
      status: 'wrap_up',
      wrapUpUntil: '2026-11-23T12:00:30.000Z',
    });
    const waiting = await simulate(number.phoneNumber);
    expect(reasons(waiting.trace)).toContain('queue_waiting');
    clock.advance(29);
    expect((await event(waiting.callId, 'redirect')).twiml).not.toContain(agents[0].destination);
    clock.advance(1);
    expect((await getAgent(agents[0].id)).status).toBe('available');
    expect((await event(waiting.callId, 'redirect')).twiml).toContain(agents[0].destination);
  });

  it('refuses unsigned queue webhooks', async () => {
    const response = await twilioPost(
      t.app,
      '/api/webhooks/agent-queue?callId=x',
      { CallSid: 'CA1' },
      { signature: null },
    );
    expect(response.statusCode).toBe(403);
  });
});
