import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentCampaign } from '../../../test/agent-factories';
import { type Auth, signUp, uniquePhone } from '../../../test/factories';
import { flowEdge as edge, flowNode as node } from '../../../test/flows';
import { createTestApp, TEST_PUBLIC_URL, type TestApp } from '../../../test/test-app';
import { incomingCall, twilioPost } from '../../../test/twilio';

let t: TestApp;
let owner: Auth;
beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app);
});
afterAll(() => t.close());

const api = async (method: 'POST' | 'GET', url: string, payload?: Record<string, unknown>) => {
  const response = await t.app.inject({ method, url, headers: owner.headers, payload });
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json();
};

/** Start → Gather (speech into {language}) → Router to the group needing skill {language}. */
async function languageFlow(campaignId: string, groupId: string) {
  const flow = await api('POST', '/api/flows', {
    name: 'Language line',
    campaignId,
    definition: {
      nodes: [
        node('start', 'start'),
        node('ask', 'gather', {
          prompt: { text: 'Which language?' },
          input: 'speech',
          variable: 'language',
        }),
        node('route', 'router', {
          mode: 'agentGroup',
          agentGroupId: groupId,
          skill: '{language}',
          skillLevel: 3,
        }),
        node('bye', 'hangup', { message: 'Nobody speaks it today' }),
      ],
      edges: [
        edge('start', 'next', 'ask'),
        edge('ask', 'success', 'route'),
        edge('ask', 'failed', 'bye'),
        edge('route', 'connected', 'bye'),
        edge('route', 'failed', 'bye'),
      ],
    },
  });
  await api('POST', `/api/flows/${flow.id}/publish`);
}

async function sayLanguage(to: string, language: string) {
  const inbound = incomingCall(to, uniquePhone());
  const answer = await twilioPost(t.app, '/api/webhooks/voice', inbound);
  const action = answer.body.match(/<Gather[^>]*action="([^"]+)"/)?.[1]?.replaceAll('&amp;', '&');
  if (!action) throw new Error(`no gather in ${answer.body}`);
  const step = await twilioPost(t.app, action.slice(TEST_PUBLIC_URL.length), {
    CallSid: inbound.CallSid,
    SpeechResult: language,
  });
  expect(step.statusCode).toBe(200);
  return { step, callSid: inbound.CallSid };
}

async function followRedirect(twiml: string, callSid: string) {
  const redirect = twiml.match(/<Redirect[^>]*>([^<]+)<\/Redirect>/)?.[1]?.replaceAll('&amp;', '&');
  if (!redirect) return twiml;
  return (await twilioPost(t.app, redirect.slice(TEST_PUBLIC_URL.length), { CallSid: callSid })).body;
}

describe('a flow Router handing the call to an agent group', () => {
  it('adds the spoken language as a required skill: only the agent who speaks it is dialed', async () => {
    const { agents, group, campaign, number } = await createAgentCampaign(t.app, owner, {
      agents: [
        { name: 'Bob', skills: [] },
        { name: 'Ana', skills: [{ name: 'Spanish', level: 5 }] },
      ],
    });
    await languageFlow(campaign.id, group.id);

    const { step, callSid } = await sayLanguage(number.phoneNumber, 'Spanish');
    const dialed = await followRedirect(step.body, callSid);
    expect(dialed).toContain('<Dial');
    expect(dialed).toContain(agents[1].destination);
    expect(dialed).not.toContain(agents[0].destination);
  });

  it('follows the failed branch when no agent of the group has the skill', async () => {
    const { group, campaign, number } = await createAgentCampaign(t.app, owner, {
      agents: [{ name: 'Bob', skills: [{ name: 'Spanish', level: 5 }] }],
    });
    await languageFlow(campaign.id, group.id);

    const { step } = await sayLanguage(number.phoneNumber, 'French');
    expect(step.body).toContain('Nobody speaks it today');
    expect(step.body).toContain('<Hangup/>');
  });

  it('a Router on the campaign plan hands the call to the plan’s agent group', async () => {
    const { agents, campaign, number } = await createAgentCampaign(t.app, owner);
    const flow = await api('POST', '/api/flows', {
      name: 'Plan',
      campaignId: campaign.id,
      definition: {
        nodes: [node('start', 'start'), node('route', 'router'), node('bye', 'hangup', { message: 'Sorry' })],
        edges: [
          edge('start', 'next', 'route'),
          edge('route', 'connected', 'bye'),
          edge('route', 'failed', 'bye'),
        ],
      },
    });
    await api('POST', `/api/flows/${flow.id}/publish`);
    const inbound = incomingCall(number.phoneNumber, uniquePhone());
    const answer = await twilioPost(t.app, '/api/webhooks/voice', inbound);
    const dialed = await followRedirect(answer.body, inbound.CallSid);
    expect(dialed).not.toContain('Sorry');
    expect(dialed).toContain(agents[0].destination);
  });

  it('refuses to publish a Router to an agent group without a group', async () => {
    const flow = await api('POST', '/api/flows', {
      name: 'No group',
      definition: {
        nodes: [node('start', 'start'), node('route', 'router', { mode: 'agentGroup' })],
        edges: [edge('start', 'next', 'route')],
      },
    });
    const publish = await t.app.inject({
      method: 'POST',
      url: `/api/flows/${flow.id}/publish`,
      headers: owner.headers,
    });
    expect(publish.statusCode).toBe(400);
    expect(publish.body).toContain('Choose an agent group');
  });
});
