import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentCampaign } from '../../../test/agent-factories';
import { signUp, uniquePhone } from '../../../test/factories';
import { createTestApp, type TestApp, testConfig } from '../../../test/test-app';
import { incomingCall, twilioPost } from '../../../test/twilio';
import { buildApp } from '../../app';
import { openPostgres } from '../../db/client';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/**
 * Fires `count` signed incoming calls at once (spread over the app processes), then two rounds of
 * the callers' queue redirects at once, as Twilio would: every caller tries to take an agent
 * simultaneously, and those left holding try again together.
 */
async function callsAtOnce(apps: FastifyInstance[], to: string, count: number) {
  const calls = Array.from({ length: count }, () => incomingCall(to, uniquePhone()));
  const app = (i: number) => apps[i % apps.length];
  const voice = await Promise.all(
    calls.map((params, i) => twilioPost(app(i), '/api/webhooks/voice', params)),
  );
  const queueUrl = (twiml: string) =>
    twiml.match(/<Redirect[^>]*>https:\/\/[^/]+([^<]+)<\/Redirect>/)?.[1]?.replaceAll('&amp;', '&');
  let answers = voice.map((r) => {
    expect(r.statusCode).toBe(200);
    return r.body;
  });
  const dialed: string[] = [];
  for (let round = 0; round < 2; round++) {
    const responses = await Promise.all(
      calls.map((params, i) => {
        const url = queueUrl(answers[i]);
        return url ? twilioPost(app(i), url, { ...params, CallStatus: 'in-progress' }) : undefined;
      }),
    );
    answers = responses.map((r, i) => r?.body ?? answers[i]);
    dialed.push(...responses.flatMap((r) => (r?.body.includes('<Dial') ? [r.body] : [])));
  }
  return dialed;
}

const dialedTo = (answers: string[], destination: string) =>
  answers.filter((twiml) => twiml.includes(`>${destination}</Number>`)).length;

describe('agents never get more calls than maxConcurrent', () => {
  it('40 simultaneous callers: each of 3 agents gets exactly as many as they can take', async () => {
    const owner = await signUp(t.app);
    const { number, agents } = await createAgentCampaign(t.app, owner, {
      agents: [{}, {}, { maxConcurrent: 2 }],
    });
    const dialed = await callsAtOnce([t.app], number.phoneNumber, 40);
    expect(agents.map((a) => dialedTo(dialed, a.destination))).toEqual([1, 1, 2]);
    const listed = (await t.app.inject({ url: '/api/agents', headers: owner.headers })).json().items;
    expect(listed.map((a: { activeCalls: number }) => a.activeCalls)).toEqual([1, 1, 2]);
  });

  it.runIf(!!process.env.DATABASE_URL)(
    'holds across two app processes sharing one PostgreSQL database',
    async () => {
      const url = (t.database as { url?: string }).url!;
      const second = await openPostgres(url, 8);
      const otherApp = await buildApp({
        db: second.db,
        databaseDriver: 'postgres',
        config: testConfig(),
        logger: false,
      });
      try {
        const owner = await signUp(t.app);
        const { number, agents } = await createAgentCampaign(t.app, owner, {
          agents: [{}, { maxConcurrent: 3 }],
        });
        const dialed = await callsAtOnce([t.app, otherApp], number.phoneNumber, 40);
        expect(agents.map((a) => dialedTo(dialed, a.destination))).toEqual([1, 3]);
      } finally {
        await otherApp.close();
        await second.close();
      }
    },
  );
});
