import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AskStreamEvent } from '../../../contracts/assistant';
import {
  type Auth,
  addUser,
  createApiKeyAuth,
  createLiveCampaign,
  signUp,
  uniquePhone,
} from '../../../test/factories';
import { startFakeAnthropic } from '../../../test/fake-anthropic';
import { createTestApp, type TestApp } from '../../../test/test-app';

const RATE_LIMIT = 6;
let fake: Awaited<ReturnType<typeof startFakeAnthropic>>;
let online: TestApp;
let offline: TestApp;

beforeAll(async () => {
  fake = await startFakeAnthropic();
  online = await createTestApp({
    ANTHROPIC_API_KEY: 'sk-ant-test-key',
    ANTHROPIC_BASE_URL: fake.url,
    ANTHROPIC_MODEL: 'claude-test-model',
    ANTHROPIC_TIMEOUT_MS: '2000',
    ASSISTANT_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
  });
  offline = await createTestApp();
});
afterAll(async () => {
  await Promise.all([online.close(), offline.close()]);
  await fake.close();
});
beforeEach(() => fake.respond({ kind: 'answer', chunks: ['Add a ', 'router to ', 'your plan.'] }));

function ask(app: FastifyInstance, auth: Auth, payload: Record<string, unknown>) {
  return app.inject({ method: 'POST', url: '/api/assistant/ask', headers: auth.headers, payload });
}

async function askStreaming(app: FastifyInstance, auth: Auth, payload: Record<string, unknown>) {
  const response = await ask(app, auth, { ...payload, stream: true });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toContain('application/x-ndjson');
  return response.body
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as AskStreamEvent);
}

/** A finished test call in the account, routed to its only target. */
async function placeCall(app: FastifyInstance, auth: Auth, targetName: string) {
  const { number } = await createLiveCampaign(app, auth, { targets: [{ name: targetName }] });
  const caller = uniquePhone();
  const placed = await app.inject({
    method: 'POST',
    url: '/api/simulator/calls',
    headers: auth.headers,
    payload: { to: number.phoneNumber, from: caller, fromState: 'TX' },
  });
  return { callId: placed.json().callId as string, caller };
}

const lastPrompt = () =>
  fake.requests.at(-1)?.body as { system: string; messages: { role: string; content: string }[] };

describe('with Claude (a Messages API stand-in on 127.0.0.1)', () => {
  it('answers in one piece for API clients, with the best doc passages in the prompt, and stores the conversation', async () => {
    const user = await signUp(online.app);
    const response = await ask(online.app, user, { question: 'How do I set up RTB?' });
    expect(response.statusCode).toBe(200);
    const { conversationId, answer } = response.json();
    expect(answer).toMatchObject({
      role: 'assistant',
      mode: 'online',
      content: 'Add a router to your plan.',
    });
    expect(answer.sources[0]).toMatchObject({ slug: 'rtb', sectionId: 'setting-up-rtb-step-by-step' });

    const sent = fake.requests.at(-1);
    // The SDK authenticates with the key (this version as a bearer token, older ones as x-api-key).
    expect(`${sent?.headers['x-api-key']} ${sent?.headers.authorization}`).toContain('sk-ant-test-key');
    expect(sent?.body).toMatchObject({
      model: 'claude-test-model',
      messages: [{ role: 'user', content: 'How do I set up RTB?' }],
    });
    expect(sent?.body.stream).toBeFalsy();
    expect(lastPrompt().system).toContain('link="/help/rtb#setting-up-rtb-step-by-step"');

    const stored = await online.app.inject({
      method: 'GET',
      url: `/api/assistant/conversations/${conversationId}`,
      headers: user.headers,
    });
    expect(stored.json().messages.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant']);
    expect(stored.json().title).toBe('How do I set up RTB?');
  });

  it('streams the answer as it arrives (SSE from the API, JSON lines to the browser) and keeps the history for a follow-up', async () => {
    const user = await signUp(online.app);
    const events = await askStreaming(online.app, user, { question: 'What is a reserve price?' });
    expect(events[0]).toMatchObject({ type: 'meta' });
    expect(events.filter((e) => e.type === 'delta').map((e) => (e.type === 'delta' ? e.text : ''))).toEqual([
      'Add a ',
      'router to ',
      'your plan.',
    ]);
    const done = events.at(-1);
    expect(done).toMatchObject({
      type: 'done',
      answer: { mode: 'online', content: 'Add a router to your plan.' },
    });
    expect(fake.requests.at(-1)?.body.stream).toBe(true);

    const conversationId = events[0].type === 'meta' ? events[0].conversationId : '';
    await askStreaming(online.app, user, { question: 'And the auction timeout?', conversationId });
    expect(lastPrompt().messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(lastPrompt().messages[1].content).toBe('Add a router to your plan.');
  });

  it('streams over a real connection (not only through inject), and the answer stays online', async () => {
    const user = await signUp(online.app);
    const address = await online.app.listen({ port: 0, host: '127.0.0.1' });
    const response = await fetch(`${address}/api/assistant/ask`, {
      method: 'POST',
      headers: { ...user.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'What is a reserve price?', stream: true }),
    });
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    const events = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as AskStreamEvent);
    expect(events.at(-1)).toMatchObject({
      type: 'done',
      answer: { mode: 'online', content: 'Add a router to your plan.' },
    });
  });

  it.each([
    ['an HTTP error', { kind: 'error', status: 500 } as const],
    ['a silent API (timeout)', { kind: 'silent' } as const],
  ])('answers offline from the help pages after %s', async (_label, behaviour) => {
    fake.respond(behaviour);
    const user = await signUp(online.app);
    const response = await ask(online.app, user, { question: 'How do I set up RTB?' });
    expect(response.statusCode).toBe(200);
    const { answer } = response.json();
    expect(answer.mode).toBe('offline');
    expect(answer.content).toContain('the AI service did not answer');
    expect(answer.content).toContain('](/help/rtb#setting-up-rtb-step-by-step)');
  });

  it('drops a half-streamed answer when the stream breaks, and finishes offline', async () => {
    fake.respond({ kind: 'stream-error', chunks: ['Half an ans'] });
    const user = await signUp(online.app);
    const events = await askStreaming(online.app, user, { question: 'why did my bidder time out?' });
    const types = events.map((e) => e.type);
    expect(types.slice(0, 3)).toEqual(['meta', 'delta', 'reset']);
    const done = events.at(-1);
    expect(done?.type === 'done' && done.answer.mode).toBe('offline');
    expect(done?.type === 'done' && done.answer.content).not.toContain('Half an ans');
  });

  it("puts the asker's call (trace and attempts, caller masked) in the prompt", async () => {
    const user = await signUp(online.app);
    const { callId, caller } = await placeCall(online.app, user, 'Acme main line');
    const response = await ask(online.app, user, { question: 'Why did this call go where it went?', callId });
    expect(response.statusCode).toBe(200);
    expect(response.json().question.callId).toBe(callId);
    const { system } = lastPrompt();
    expect(system).toContain(`<call>\nCall ${callId}`);
    expect(system).toContain('Acme main line');
    expect(system).toContain('reason selected');
    expect(system).not.toContain(caller.slice(2));

    const named = await ask(online.app, user, { question: `What happened on ${callId}?` });
    expect(named.json().question.callId).toBe(callId);
    expect(lastPrompt().system).toContain(`<call>\nCall ${callId}`);
  });

  it('stores thumbs up or down on an answer, only for its asker', async () => {
    const user = await signUp(online.app);
    const { answer, question, conversationId } = (
      await ask(online.app, user, { question: 'What are caps?' })
    ).json();
    const rate = (auth: Auth, id: string, rating: string | null) =>
      online.app.inject({
        method: 'PUT',
        url: `/api/assistant/messages/${id}/feedback`,
        headers: auth.headers,
        payload: { rating },
      });
    expect((await rate(user, answer.id, 'down')).json().feedback).toBe('down');
    expect((await rate(user, question.id, 'up')).statusCode).toBe(404);
    const colleague = await addUser(online.app, user, 'manager');
    expect((await rate(colleague, answer.id, 'up')).statusCode).toBe(404);
    const stored = await online.app.inject({
      method: 'GET',
      url: `/api/assistant/conversations/${conversationId}`,
      headers: user.headers,
    });
    expect(stored.json().messages[1].feedback).toBe('down');
  });

  it('lets viewers ask and rate (their own conversation), like everyone else', async () => {
    const owner = await signUp(online.app);
    const viewer = await addUser(online.app, owner, 'viewer');
    const response = await ask(online.app, viewer, { question: 'What is DNI?' });
    expect(response.statusCode).toBe(200);
    const rated = await online.app.inject({
      method: 'PUT',
      url: `/api/assistant/messages/${response.json().answer.id}/feedback`,
      headers: viewer.headers,
      payload: { rating: 'up' },
    });
    expect(rated.statusCode).toBe(200);
  });

  it('limits questions per user per minute, without touching a colleague', async () => {
    const user = await signUp(online.app);
    for (let i = 0; i < RATE_LIMIT; i++)
      expect((await ask(online.app, user, { question: `q${i} caps` })).statusCode).toBe(200);
    const before = fake.requests.length;
    const refused = await ask(online.app, user, { question: 'one more about caps' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('RATE_LIMITED');
    expect(fake.requests.length).toBe(before);
    const colleague = await addUser(online.app, user, 'manager');
    expect((await ask(online.app, colleague, { question: 'caps?' })).statusCode).toBe(200);
  });
});

describe('the tenant wall', () => {
  let alice: Auth;
  let bob: Auth;
  let aliceCall: { callId: string; caller: string };
  beforeAll(async () => {
    alice = await signUp(online.app, { company: 'Alice Co' });
    bob = await signUp(online.app, { company: 'Bob Co' });
    aliceCall = await placeCall(online.app, alice, 'Alice secret target');
  });

  it("refuses another account's call as context: 404, nothing stored, nothing sent to Claude", async () => {
    const before = fake.requests.length;
    for (const intruder of [bob, await createApiKeyAuth(online.app, bob)]) {
      const response = await ask(online.app, intruder, {
        question: 'Explain this call',
        callId: aliceCall.callId,
      });
      expect(response.statusCode).toBe(404);
      const list = await online.app.inject({
        method: 'GET',
        url: '/api/assistant/conversations',
        headers: intruder.headers,
      });
      expect(list.json().items).toEqual([]);
    }
    expect(fake.requests.length).toBe(before);
  });

  it("never reads another account's call named in the question", async () => {
    const response = await ask(online.app, bob, { question: `What happened on ${aliceCall.callId}?` });
    expect(response.statusCode).toBe(200);
    expect(response.json().question.callId).toBeNull();
    const { system } = lastPrompt();
    expect(system).not.toContain('<call>');
    expect(system).not.toContain('Alice secret target');
  });

  it("cannot continue another person's conversation, even in the same account", async () => {
    const { conversationId } = (await ask(online.app, alice, { question: 'What are pools?' })).json();
    const colleague = await addUser(online.app, alice, 'manager');
    for (const intruder of [bob, colleague]) {
      const response = await ask(online.app, intruder, { question: 'and?', conversationId });
      expect(response.statusCode).toBe(404);
    }
    const history = await online.app.inject({
      method: 'GET',
      url: `/api/assistant/conversations/${conversationId}`,
      headers: alice.headers,
    });
    expect(history.json().messages).toHaveLength(2);
  });
});

describe('without an API key', () => {
  it('answers offline with the best passages and links into the docs', async () => {
    const user = await signUp(offline.app);
    const status = await offline.app.inject({
      method: 'GET',
      url: '/api/assistant/status',
      headers: user.headers,
    });
    expect(status.json()).toEqual({ mode: 'offline', model: null });
    const before = fake.requests.length;
    const events = await askStreaming(offline.app, user, { question: 'How do I set up RTB?' });
    const done = events.at(-1);
    expect(done?.type).toBe('done');
    if (done?.type !== 'done') return;
    expect(done.answer.mode).toBe('offline');
    expect(done.answer.content).toContain('no AI service is set up');
    expect(done.answer.content).toContain(
      '[RTB (real-time bidding) › Setting up RTB step by step](/help/rtb#setting-up-rtb-step-by-step)',
    );
    expect(done.answer.sources.length).toBeGreaterThan(0);
    expect(fake.requests.length).toBe(before);
  });

  it("tells the call's story from its trace, with the sections that explain its reasons", async () => {
    const user = await signUp(offline.app);
    const { callId } = await placeCall(offline.app, user, 'Beta backup line');
    const { answer } = (
      await ask(offline.app, user, { question: 'Why did this call go there?', callId })
    ).json();
    expect(answer.content).toContain('Beta backup line');
    expect(answer.content).toContain('reason selected');
    expect(answer.content).toContain('/help/campaigns-and-routing#reading-a-call-s-routing-decisions');
  });
});

describe('help pages API', () => {
  it('lists the pages with their sections and serves one as Markdown', async () => {
    const user = await signUp(offline.app);
    const list = await offline.app.inject({ method: 'GET', url: '/api/help/docs', headers: user.headers });
    expect(list.json().items[0]).toMatchObject({ slug: 'getting-started', title: 'Getting started' });
    const page = await offline.app.inject({
      method: 'GET',
      url: '/api/help/docs/rtb',
      headers: user.headers,
    });
    expect(page.json().markdown).toContain('## Setting up RTB step by step');
    expect(page.json().sections).toContainEqual({ id: 'router-fields', title: 'Router fields' });
    const missing = await offline.app.inject({
      method: 'GET',
      url: '/api/help/docs/nope',
      headers: user.headers,
    });
    expect(missing.statusCode).toBe(404);
    const anonymous = await offline.app.inject({ method: 'GET', url: '/api/help/docs' });
    expect(anonymous.statusCode).toBe(401);
  });
});
