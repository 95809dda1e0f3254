import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLiveCampaign, signUp, uniquePhone } from '../../../test/factories';
import { createTestApp, type TestApp, testConfig } from '../../../test/test-app';
import { incomingCall, twilioPost } from '../../../test/twilio';
import { buildApp } from '../../app';
import { openPostgres } from '../../db/client';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Fires `count` signed incoming calls at once, spread round-robin over the given app processes. */
async function callsAtOnce(apps: FastifyInstance[], to: string, count: number) {
  const responses = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      twilioPost(apps[i % apps.length], '/api/webhooks/voice', incomingCall(to, uniquePhone())),
    ),
  );
  return responses.map((r) => {
    expect(r.statusCode).toBe(200);
    return r.body;
  });
}

describe('concurrency caps hold under simultaneous calls', () => {
  it('routes exactly 5 of 50 simultaneous calls to a target with concurrency 5', async () => {
    const owner = await signUp(t.app);
    const { number, targets } = await createLiveCampaign(t.app, owner, {
      targets: [{ caps: { concurrency: 5 } }],
      campaign: { fallbackMessage: 'All agents are busy.' },
    });
    const answers = await callsAtOnce([t.app], number.phoneNumber, 50);
    expect(answers.filter((twiml) => twiml.includes(targets[0].destination))).toHaveLength(5);
    expect(answers.filter((twiml) => twiml.includes('All agents are busy.'))).toHaveLength(45);
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
        const { number, targets } = await createLiveCampaign(t.app, owner, {
          targets: [{ caps: { concurrency: 5 } }],
        });
        const answers = await callsAtOnce([t.app, otherApp], number.phoneNumber, 50);
        expect(answers.filter((twiml) => twiml.includes(targets[0].destination))).toHaveLength(5);
      } finally {
        await otherApp.close();
        await second.close();
      }
    },
  );

  it('an hourly cap of 3 admits exactly 3 simultaneous calls', async () => {
    const owner = await signUp(t.app);
    const { number, targets } = await createLiveCampaign(t.app, owner, {
      targets: [{ caps: { hourly: 3 } }],
    });
    const answers = await callsAtOnce([t.app], number.phoneNumber, 12);
    expect(answers.filter((twiml) => twiml.includes(targets[0].destination))).toHaveLength(3);
  });
});
