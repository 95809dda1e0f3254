import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentCampaign } from '../../../test/agent-factories';
import { type Auth, signUp, uniquePhone } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';

let t: TestApp;
let owner: Auth;
beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app);
});
afterAll(() => t.close());

const simulate = async (to: string) => {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/simulator/calls',
    headers: owner.headers,
    payload: { to, from: uniquePhone() },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { callId: string; twiml: string; trace: { reason: string; detail: string }[] };
};

const event = async (callId: string, type: string, durationSeconds?: number) => {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/simulator/calls/${callId}/events`,
    headers: owner.headers,
    payload: { type, durationSeconds },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    twiml: string | null;
    status: string;
    trace: { reason: string; detail: string }[];
  };
};

const agentStatus = async (id: string) =>
  (await t.app.inject({ url: `/api/agents/${id}`, headers: owner.headers })).json().status;

describe('routing a call to an agent group', () => {
  it('dials an available agent, shows them ringing then on a call, then wrapping up', async () => {
    const { number, agents } = await createAgentCampaign(t.app, owner, { group: { wrapUpSeconds: 60 } });
    const call = await simulate(number.phoneNumber);
    expect(call.twiml).toContain(agents[0].destination);
    expect(call.trace.map((e) => e.reason)).toEqual(['agent_group', 'agent_selected']);
    expect(await agentStatus(agents[0].id)).toBe('ringing');
    await event(call.callId, 'answered');
    expect(await agentStatus(agents[0].id)).toBe('on_call');
    await event(call.callId, 'completed', 90);
    expect(await agentStatus(agents[0].id)).toBe('wrap_up');
  });
});
