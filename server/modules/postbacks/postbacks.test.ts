import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLiveCampaign, signUp, uniquePhone } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { eventually, startTracker, type Tracker } from '../../../test/tracker-server';

let t: TestApp;
let tracker: Tracker;
let owner: Awaited<ReturnType<typeof signUp>>;
let postbackPath: string;
beforeAll(async () => {
  t = await createTestApp({}, { pixelDelivery: { pollIntervalMs: 25 } });
  tracker = await startTracker();
  owner = await signUp(t.app);
  const generated = await api('POST', '/api/postback-url');
  postbackPath = new URL(generated.json().url).pathname;
});
afterAll(async () => {
  await tracker.close();
  await t.close();
});

const api = (method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: owner.headers, payload: payload as Record<string, unknown> });
const postback = (query: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: `${postbackPath}?${query}`, headers });
const getCall = async (callId: string) => (await api('GET', `/api/calls/${callId}`)).json();

/** A call that connected for 20 s: too short to convert on its own (the target needs 60 s). */
async function shortCall(from = uniquePhone(), extra: Record<string, string> = {}) {
  const { number, targets } = await createLiveCampaign(t.app, owner);
  const placed = (
    await api('POST', '/api/simulator/calls', { to: number.phoneNumber, from, ...extra })
  ).json();
  await api('POST', `/api/simulator/calls/${placed.callId}/events`, { type: 'answered' });
  await api('POST', `/api/simulator/calls/${placed.callId}/events`, {
    type: 'completed',
    durationSeconds: 20,
  });
  expect(await getCall(placed.callId)).toMatchObject({ converted: false, revenueCents: 0 });
  return { callId: placed.callId as string, target: targets[0] };
}

describe('conversion postbacks', () => {
  it('shows the account its postback URL, and no other account sees it', async () => {
    const shown = (await api('GET', '/api/postback-url')).json();
    expect(shown.url).toBe(`https://calls.test.example${postbackPath}`);
    const other = await signUp(t.app);
    const theirs = (
      await t.app.inject({ method: 'GET', url: '/api/postback-url', headers: other.headers })
    ).json();
    expect(theirs).toEqual({ url: null, createdAt: null });
  });

  it('converts a call at the reported revenue, fires the converted pixel once, and repeats harmlessly', async () => {
    await api('POST', '/api/pixels', {
      name: 'Sale',
      events: ['converted'],
      url: `${tracker.base}/sale?call={callId}&rev={revenue}`,
    });
    const { callId } = await shortCall();
    // A tracker's server posts from elsewhere: the cross-site guard must let it through.
    const response = await postback(`callId=${callId}&revenue=42.50`, {
      origin: 'https://tracker.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ callId, converted: true, revenueCents: 4250, alreadyConverted: false });
    expect(await getCall(callId)).toMatchObject({ converted: true, revenueCents: 4250, payoutCents: 1000 });

    const again = await postback(`callId=${callId}&revenue=42.50`);
    expect(again.json()).toEqual({ callId, converted: true, revenueCents: 4250, alreadyConverted: true });
    await eventually(() =>
      expect(tracker.to('/sale').map((hit) => hit.url.searchParams.get('rev'))).toEqual(['42.50']),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(tracker.to('/sale')).toHaveLength(1);
  });

  it("keeps the postback's revenue when Twilio repeats a callback afterwards", async () => {
    const { callId } = await shortCall();
    await postback(`callId=${callId}&revenue=99`);
    const call = await getCall(callId);
    // A retried final status callback settles the call again.
    await api('POST', `/api/simulator/calls/${callId}/events`, { type: 'hangup', durationSeconds: 20 });
    expect(await getCall(callId)).toMatchObject({
      converted: true,
      revenueCents: 9900,
      payoutCents: call.payoutCents,
    });
  });

  it('finds the call by the click id of its visit, even when the call is recorded a moment later', async () => {
    const clickId = `rt-${uniquePhone().slice(-7)}`;
    const { number } = await createLiveCampaign(t.app, owner);
    const pending = postback(`clickId=${clickId}&revenue=12`);
    // The call lands after the postback's first look (tries are 2 s apart).
    await new Promise((resolve) => setTimeout(resolve, 300));
    const placed = (
      await api('POST', '/api/simulator/calls', { to: number.phoneNumber, from: uniquePhone() })
    ).json();
    // As DNI attribution records a visit's click ids on the call.
    await t.database.db.execute(
      sql`update calls set click_ids = ${JSON.stringify({ rtkcid: clickId })}::jsonb where id = ${placed.callId}`,
    );
    const response = await pending;
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ callId: placed.callId, revenueCents: 1200 });
  });

  it('answers bad input with a 4xx JSON error naming the problem', async () => {
    const { callId } = await shortCall();
    const cases = [
      [`${postbackPath}?revenue=5`, 400, 'callId'],
      [`${postbackPath}?callId=${callId}&revenue=lots`, 400, 'revenue'],
      [`${postbackPath}?callId=${callId}&revenue=-3`, 400, 'revenue'],
      [`${postbackPath}?callId=call_nope`, 404, null],
      [`/api/postbacks/not-a-token?callId=${callId}`, 404, null],
    ] as const;
    for (const [url, status, field] of cases) {
      const response = await t.app.inject({ method: 'POST', url });
      expect(response.statusCode, url).toBe(status);
      const error = response.json().error;
      expect(error.code).toBe(status === 400 ? 'VALIDATION_ERROR' : 'NOT_FOUND');
      if (field) expect(error.details.fields[0].field).toBe(field);
    }
    expect(await getCall(callId)).toMatchObject({ converted: false });
  });

  it("cannot convert another account's call with its own token", async () => {
    const other = await signUp(t.app);
    const { number } = await createLiveCampaign(t.app, other);
    const theirs = (
      await t.app.inject({
        method: 'POST',
        url: '/api/simulator/calls',
        headers: other.headers,
        payload: { to: number.phoneNumber, from: uniquePhone() },
      })
    ).json();
    const response = await postback(`callId=${theirs.callId}&revenue=10`);
    expect(response.statusCode).toBe(404);
  });

  it('a new postback URL replaces the old one at once', async () => {
    const { callId } = await shortCall();
    const fresh = new URL((await api('POST', '/api/postback-url')).json().url).pathname;
    expect(fresh).not.toBe(postbackPath);
    expect((await postback(`callId=${callId}`)).statusCode).toBe(404);
    postbackPath = fresh;
    expect((await postback(`callId=${callId}`)).json()).toMatchObject({ callId, revenueCents: 2500 });
  });
});
