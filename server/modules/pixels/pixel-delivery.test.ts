import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLiveCampaign, signUp, uniquePhone } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { eventually, startTracker, type Tracker } from '../../../test/tracker-server';
import { buildApp } from '../../app';
import { sendPixelRequest } from './send-pixel';

const RETRY_BASE_MS = 150;

let t: TestApp;
let tracker: Tracker;
beforeAll(async () => {
  t = await createTestApp(
    {},
    { pixelDelivery: { pollIntervalMs: 25, retryBaseMs: RETRY_BASE_MS, maxAttempts: 4 } },
  );
  tracker = await startTracker();
});
afterAll(async () => {
  await tracker.close();
  await t.close();
});

type Auth = Awaited<ReturnType<typeof signUp>>;

async function pixelOnIncoming(app: TestApp['app'], auth: Auth, path: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/pixels',
    headers: auth.headers,
    payload: { name: `Pixel ${path}`, events: ['incoming'], url: `${tracker.base}${path}?call={callId}` },
  });
  expect(response.statusCode, response.body).toBe(201);
}

async function placeCall(app: TestApp['app'], auth: Auth, to: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/simulator/calls',
    headers: auth.headers,
    payload: { to, from: uniquePhone() },
  });
  return response.json().callId as string;
}

const deliveriesOf = async (app: TestApp['app'], auth: Auth, callId: string) =>
  (
    await app.inject({ method: 'GET', url: `/api/pixel-deliveries?callId=${callId}`, headers: auth.headers })
  ).json().items;

describe('pixel delivery', () => {
  it('retries a failing tracker with exponential backoff until it answers', async () => {
    const owner = await signUp(t.app);
    const { number } = await createLiveCampaign(t.app, owner);
    tracker.script('/flaky', [503, 500, 200]);
    await pixelOnIncoming(t.app, owner, '/flaky');
    const callId = await placeCall(t.app, owner, number.phoneNumber);

    await eventually(async () => {
      const [delivery] = await deliveriesOf(t.app, owner, callId);
      expect(delivery).toMatchObject({ status: 'delivered', attempts: 3, httpStatus: 200 });
    });
    const times = tracker.to('/flaky').map((hit) => hit.at);
    expect(times).toHaveLength(3);
    // Each wait at least doubles: base after the first failure, twice the base after the second.
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(RETRY_BASE_MS);
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(2 * RETRY_BASE_MS);
  });

  it('gives up after the last attempt and keeps what the tracker said', async () => {
    const owner = await signUp(t.app);
    const { number } = await createLiveCampaign(t.app, owner);
    tracker.script('/down', [502]);
    await pixelOnIncoming(t.app, owner, '/down');
    const callId = await placeCall(t.app, owner, number.phoneNumber);
    await eventually(async () => {
      const [delivery] = await deliveriesOf(t.app, owner, callId);
      expect(delivery).toMatchObject({
        status: 'failed',
        attempts: 4,
        httpStatus: 502,
        error: 'HTTP 502',
        responseExcerpt: 'tracker is down',
        nextAttemptAt: null,
      });
    }, 15_000);
    expect(tracker.to('/down')).toHaveLength(4);
  });

  it('a delivery enqueued before the app closes is delivered by the next app on the same database', async () => {
    // The first app never gets to deliver: its tracker is down, and it closes before the retry.
    const first = await buildApp({
      db: t.database.db,
      databaseDriver: t.database.driver,
      config: t.config,
      logger: false,
      pixelDelivery: { pollIntervalMs: 25, retryBaseMs: 400 },
    });
    await first.ready();
    const owner = await signUp(first);
    const { number } = await createLiveCampaign(first, owner);
    tracker.script('/restart', [503, 200]);
    await pixelOnIncoming(first, owner, '/restart');
    const callId = await placeCall(first, owner, number.phoneNumber);
    await eventually(async () => {
      const [delivery] = await deliveriesOf(first, owner, callId);
      expect(delivery).toMatchObject({ status: 'pending', attempts: 1, httpStatus: 503 });
    });
    await first.close();
    expect(tracker.to('/restart')).toHaveLength(1);

    const second = await buildApp({
      db: t.database.db,
      databaseDriver: t.database.driver,
      config: t.config,
      logger: false,
      pixelDelivery: { pollIntervalMs: 25 },
    });
    try {
      await second.ready();
      await eventually(async () => {
        const [delivery] = await deliveriesOf(second, owner, callId);
        expect(delivery).toMatchObject({ status: 'delivered', attempts: 2, httpStatus: 200 });
      });
      expect(tracker.to('/restart').map((hit) => hit.url.searchParams.get('call'))).toEqual([callId, callId]);
    } finally {
      await second.close();
    }
  });
});

describe('sendPixelRequest and the SSRF guard', () => {
  it('refuses private addresses, by literal and by DNS, without sending anything', async () => {
    const before = tracker.requests.length;
    const port = new URL(tracker.base).port;
    for (const url of [`http://127.0.0.1:${port}/x`, `http://localhost:${port}/x`, 'http://[::1]:9/x']) {
      const attempt = await sendPixelRequest(
        { url, method: 'GET' },
        { allowPrivate: false, timeoutMs: 2_000 },
      );
      expect(attempt, url).toMatchObject({ outcome: 'failed', httpStatus: null });
      expect(attempt.error).toMatch(/may not reach/);
    }
    expect(tracker.requests.length).toBe(before);
  });

  it('times out a tracker that never answers, as a retryable failure', async () => {
    const { createServer } = await import('node:net');
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const started = Date.now();
      const attempt = await sendPixelRequest(
        { url: `http://127.0.0.1:${port}/slow`, method: 'GET' },
        { allowPrivate: true, timeoutMs: 200 },
      );
      expect(attempt).toMatchObject({ outcome: 'retry', error: 'No answer within 200 ms' });
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      silent.close();
    }
  });
});
