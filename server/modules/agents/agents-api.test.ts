import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgent, createAgentCampaign, createAgentGroup } from '../../../test/agent-factories';
import { type Auth, addUser, cookieFrom, signUp, uniqueEmail, uniquePhone } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';

let t: TestApp;
let owner: Auth;
beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app);
});
afterAll(() => t.close());

const request = (
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  auth: Auth,
  payload?: object,
) => t.app.inject({ method, url, headers: auth.headers, payload });

/** A user with the agent role tied to `agentId`, signed in. */
async function agentUser(agentId: string): Promise<Auth> {
  const email = uniqueEmail('agent');
  const password = 'agent-password-123';
  const created = await request('POST', '/api/users', owner, { email, password, role: 'agent', agentId });
  expect(created.statusCode, created.body).toBe(201);
  expect(created.json()).toMatchObject({ role: 'agent', agentId });
  const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  return { headers: { cookie: cookieFrom(login) } };
}

describe('/api/agents', () => {
  it('creates an agent with skills, normalises the destination and starts offline', async () => {
    const response = await request('POST', '/api/agents', owner, {
      name: 'Bea',
      email: 'bea@example.test',
      destination: '(415) 555-0142',
      skills: [{ name: 'Spanish', level: 7 }],
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      destination: '+14155550142',
      skills: [{ name: 'spanish', level: 7 }],
      status: 'offline',
      presence: 'offline',
      maxConcurrent: 1,
    });
  });

  it('accepts a SIP destination and names bad fields', async () => {
    expect((await createAgent(t.app, owner, { destination: 'sip:bea@pbx.example.com' })).destination).toBe(
      'sip:bea@pbx.example.com',
    );
    const bad = await request('POST', '/api/agents', owner, {
      name: '',
      destination: 'nowhere',
      skills: [{ name: 'sales', level: 11 }],
      maxConcurrent: 0,
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.details.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining(['name', 'destination', 'skills.0.level', 'maxConcurrent']),
    );
  });

  it('people set only available, offline or break', async () => {
    const agent = await createAgent(t.app, owner);
    expect((await request('PATCH', `/api/agents/${agent.id}`, owner, { status: 'on_call' })).statusCode).toBe(
      400,
    );
    expect(
      (await request('PATCH', `/api/agents/${agent.id}`, owner, { status: 'break' })).json().status,
    ).toBe('break');
  });
});

describe('/api/agent-groups', () => {
  it('creates a group with agents in order, skills and queue settings', async () => {
    const [a, b] = [await createAgent(t.app, owner), await createAgent(t.app, owner)];
    const group = await createAgentGroup(t.app, owner, {
      agentIds: [b.id, a.id],
      strategy: 'most_skilled',
      requiredSkills: [{ name: 'billing', level: 3 }],
      wrapUpSeconds: 15,
      ringTimeoutSeconds: 25,
      queue: {
        maxWaitSeconds: 120,
        holdAudioUrl: 'https://example.com/hold.mp3',
        timeoutAction: 'voicemail',
      },
    });
    expect(group).toMatchObject({
      agentIds: [b.id, a.id],
      strategy: 'most_skilled',
      queue: {
        maxWaitSeconds: 120,
        holdAudioUrl: 'https://example.com/hold.mp3',
        timeoutAction: 'voicemail',
      },
    });
    // A change to one queue setting keeps the others.
    const changed = await request('PATCH', `/api/agent-groups/${group.id}`, owner, {
      queue: { maxWaitSeconds: 90 },
    });
    expect(changed.json().queue).toMatchObject({
      maxWaitSeconds: 90,
      holdAudioUrl: 'https://example.com/hold.mp3',
      timeoutAction: 'voicemail',
      announcePosition: true,
    });
  });

  it('refuses another account’s agents, and a fallback-number timeout without a number', async () => {
    const other = await signUp(t.app);
    const stranger = await createAgent(t.app, other);
    const foreign = await request('POST', '/api/agent-groups', owner, { name: 'G', agentIds: [stranger.id] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details.fields[0].field).toBe('agentIds.0');
    const noNumber = await request('POST', '/api/agent-groups', owner, {
      name: 'G',
      queue: { timeoutAction: 'fallback_number' },
    });
    expect(noNumber.json().error.details.fields[0].field).toBe('queue.timeoutNumber');
  });

  it('can sit in a campaign routing plan, but not another account’s group', async () => {
    const { campaign, group } = await createAgentCampaign(t.app, owner);
    expect(campaign.routing).toEqual([{ agentGroupId: group.id, priority: 1, weight: 50 }]);
    const other = await signUp(t.app);
    const theirs = await createAgentGroup(t.app, other);
    const refused = await request('PUT', `/api/campaigns/${campaign.id}/routing`, owner, {
      routing: [{ agentGroupId: theirs.id, priority: 1, weight: 50 }],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.fields[0].field).toBe('routing.0.agentGroupId');
  });
});

describe('agent users', () => {
  it('need an agent of the account', async () => {
    const missing = await request('POST', '/api/users', owner, {
      email: uniqueEmail(),
      password: 'agent-password-123',
      role: 'agent',
    });
    expect(missing.json().error.details.fields[0].field).toBe('agentId');
    const stranger = await createAgent(t.app, await signUp(t.app));
    const foreign = await request('POST', '/api/users', owner, {
      email: uniqueEmail(),
      password: 'agent-password-123',
      role: 'agent',
      agentId: stranger.id,
    });
    expect(foreign.statusCode).toBe(400);
  });

  it('see and change only their own agent view', async () => {
    const agent = await createAgent(t.app, owner, { status: 'offline' });
    const me = await agentUser(agent.id);
    const view = await request('GET', '/api/agent-view', me);
    expect(view.json()).toMatchObject({ agent: { id: agent.id, status: 'offline' }, currentCall: null });
    const set = await request('PATCH', '/api/agent-view', me, { status: 'available' });
    expect(set.json().agent.status).toBe('available');
    for (const url of ['/api/agents', '/api/calls', '/api/campaigns', '/api/wallboard', '/api/users'])
      expect((await request('GET', url, me)).statusCode, url).toBe(403);
    expect((await request('PATCH', `/api/agents/${agent.id}`, me, { status: 'break' })).statusCode).toBe(403);
    // Managers have no agent view of their own.
    const manager = await addUser(t.app, owner, 'manager');
    expect((await request('GET', '/api/agent-view', manager)).statusCode).toBe(403);
  });

  it('see their current call and recent calls', async () => {
    const { agents, number } = await createAgentCampaign(t.app, owner);
    const me = await agentUser(agents[0].id);
    const call = await request('POST', '/api/simulator/calls', owner, {
      to: number.phoneNumber,
      from: uniquePhone(),
    });
    await request('POST', `/api/simulator/calls/${call.json().callId}/events`, owner, { type: 'answered' });
    const view = (await request('GET', '/api/agent-view', me)).json();
    expect(view.agent.status).toBe('on_call');
    expect(view.currentCall).toMatchObject({ callId: call.json().callId, live: true });
    expect(view.recentCalls).toHaveLength(1);
  });
});

describe('/api/wallboard', () => {
  it('shows agents by status, waiting callers and handled calls of this account only', async () => {
    const account = await signUp(t.app);
    const { number } = await createAgentCampaign(t.app, account, { group: { wrapUpSeconds: 0 } });
    const call = (to: string) =>
      request('POST', '/api/simulator/calls', account, { to, from: uniquePhone() }).then((r) => r.json());
    const first = await call(number.phoneNumber);
    await request('POST', `/api/simulator/calls/${first.callId}/events`, account, { type: 'answered' });
    await call(number.phoneNumber);
    const board = (await request('GET', '/api/wallboard?serviceLevelSeconds=30', account)).json();
    expect(board).toMatchObject({
      byStatus: { on_call: 1, available: 0 },
      waiting: 1,
      handled: 1,
      serviceLevelSeconds: 30,
    });
    expect(
      (await request('GET', '/api/wallboard', owner)).json().agents.map((a: { id: string }) => a.id),
    ).not.toContain(board.agents[0].id);
  });
});
