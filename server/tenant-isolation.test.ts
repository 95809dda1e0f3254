import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Auth,
  createApiKeyAuth,
  createLiveCampaign,
  createTarget,
  signUp,
  uniquePhone,
} from '../test/factories';
import { tenantProbes } from '../test/tenant-probes';
import { createTestApp, type TestApp } from '../test/test-app';

let t: TestApp;
let alice: Auth & { accountId: string };
let bob: Auth;
let bobKey: Auth;

beforeAll(async () => {
  t = await createTestApp();
  const a = await signUp(t.app, { company: 'Alice Co' });
  alice = { headers: a.headers, accountId: a.account.id };
  bob = await signUp(t.app, { company: 'Bob Co' });
  bobKey = await createApiKeyAuth(t.app, bob);
});
afterAll(() => t.close());

describe.each(tenantProbes)('tenant wall: $name', (probe) => {
  it("keeps one account's objects out of another's reach, by session and by API key", async () => {
    const id = await probe.create(t.app, alice);
    for (const intruder of [bob, bobKey]) {
      const list = await t.app.inject({ method: 'GET', url: probe.path, headers: intruder.headers });
      expect(list.statusCode).toBe(200);
      expect(JSON.stringify(list.json().items)).not.toContain(id);

      const itemUrl = `${probe.path}/${id}`;
      const attempts = [
        ...(probe.read ? [{ method: 'GET' as const, url: itemUrl }] : []),
        ...(probe.subPaths ?? []).map((sub) => ({ method: 'GET' as const, url: `${itemUrl}${sub}` })),
        ...(probe.update
          ? [{ method: probe.update.method, url: itemUrl, payload: probe.update.payload }]
          : []),
        ...(probe.remove ? [{ method: 'DELETE' as const, url: itemUrl }] : []),
      ];
      for (const attempt of attempts) {
        const response = await t.app.inject({ ...attempt, headers: intruder.headers });
        // 404 (never found) or 403 (the intruder's role may not do this at all): never success.
        expect([403, 404], `${attempt.method} ${attempt.url}`).toContain(response.statusCode);
      }
      for (const url of probe.views?.(id) ?? []) {
        const response = await t.app.inject({ method: 'GET', url, headers: intruder.headers });
        expect([200, 404], url).toContain(response.statusCode);
        expect(response.body, url).not.toContain(id);
      }
    }
    for (const url of probe.views?.(id) ?? []) {
      const response = await t.app.inject({ method: 'GET', url, headers: alice.headers });
      expect(response.body, url).toContain(id);
    }
    const own = await t.app.inject({ method: 'GET', url: probe.path, headers: alice.headers });
    expect(JSON.stringify(own.json().items)).toContain(id);
    expect(JSON.stringify(own.json().items)).not.toContain('Hijacked');
    if (probe.read) {
      const item = await t.app.inject({ method: 'GET', url: `${probe.path}/${id}`, headers: alice.headers });
      expect(item.statusCode).toBe(200);
      expect(JSON.stringify(item.json())).not.toContain('Hijacked');
    }
  });
});

it('an account only ever sees itself', async () => {
  const response = await t.app.inject({ method: 'GET', url: '/api/account', headers: bob.headers });
  expect(response.json().id).not.toBe(alice.accountId);
});

it("cannot place or drive test calls on another account's numbers and calls", async () => {
  const { number } = await createLiveCampaign(t.app, alice);
  const placed = await t.app.inject({
    method: 'POST',
    url: '/api/simulator/calls',
    headers: alice.headers,
    payload: { to: number.phoneNumber, from: uniquePhone() },
  });
  const callId = placed.json().callId;
  for (const intruder of [bob, bobKey]) {
    const dial = await t.app.inject({
      method: 'POST',
      url: '/api/simulator/calls',
      headers: intruder.headers,
      payload: { to: number.phoneNumber, from: uniquePhone() },
    });
    expect(dial.statusCode).toBe(400);
    const drive = await t.app.inject({
      method: 'POST',
      url: `/api/simulator/calls/${callId}/events`,
      headers: intruder.headers,
      payload: { type: 'completed', durationSeconds: 500 },
    });
    expect(drive.statusCode).toBe(404);
  }
});

it("cannot reference another account's buyer, targets or campaign from its own objects", async () => {
  const aliceTarget = await createTarget(t.app, alice);
  const aliceCampaign = await createLiveCampaign(t.app, alice);
  const asBob = (method: 'POST' | 'PATCH', url: string, payload: Record<string, unknown>) =>
    t.app.inject({ method, url, headers: bob.headers, payload });
  const target = await asBob('POST', '/api/targets', {
    buyerId: aliceTarget.buyerId,
    name: 'x',
    destination: '+14155550100',
  });
  expect(target.statusCode).toBe(400);
  expect(target.json().error.details.fields[0].field).toBe('buyerId');
  const campaign = await asBob('POST', '/api/campaigns', {
    name: 'x',
    routing: [{ targetId: aliceTarget.id, priority: 1, weight: 10 }],
  });
  expect(campaign.statusCode).toBe(400);
  expect(campaign.json().error.details.fields[0].field).toBe('routing.0.targetId');
  const number = await asBob('POST', '/api/numbers', {
    phoneNumber: uniquePhone(),
    campaignId: aliceCampaign.campaign.id,
  });
  expect(number.statusCode).toBe(400);
  expect(number.json().error.details.fields[0].field).toBe('campaignId');
});

it("cannot preview or send another account's RTB target requests", async () => {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/rtb/targets',
    headers: alice.headers,
    payload: { name: 'Secret bidder', endpointUrl: 'http://127.0.0.1:9/bid' },
  });
  for (const action of ['preview', 'test']) {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/rtb/targets/${created.json().id}/${action}`,
      headers: bob.headers,
      payload: {},
    });
    expect(response.statusCode).toBe(404);
  }
});

it("keeps one account's RTB pings and bidder health out of another's", async () => {
  const bidder = await t.app.inject({
    method: 'POST',
    url: '/api/rtb/targets',
    headers: alice.headers,
    payload: { name: 'Alice bidder', endpointUrl: 'http://127.0.0.1:9/bid' },
  });
  const id = bidder.json().id;
  for (const url of [`/api/rtb/bid-requests?rtbTargetId=${id}`, '/api/rtb/health-checks']) {
    const response = await t.app.inject({ method: 'GET', url, headers: bob.headers });
    expect(response.statusCode).toBe(200);
    expect(JSON.stringify(response.json())).not.toContain(id);
  }
  const uptime = await t.app.inject({
    method: 'GET',
    url: `/api/rtb/targets/${id}/uptime`,
    headers: bob.headers,
  });
  expect(uptime.statusCode).toBe(404);
});

it("cannot send another account's pixel, read its delivery log by pixel, or see its postback URL", async () => {
  const pixel = await t.app.inject({
    method: 'POST',
    url: '/api/pixels',
    headers: alice.headers,
    payload: { name: 'Alice tracker', events: ['incoming'], url: 'http://127.0.0.1:9/hit' },
  });
  const id = pixel.json().id;
  await t.app.inject({ method: 'POST', url: `/api/pixels/${id}/test`, headers: alice.headers });
  const aliceUrl = (
    await t.app.inject({ method: 'POST', url: '/api/postback-url', headers: alice.headers })
  ).json();
  for (const intruder of [bob, bobKey]) {
    const test = await t.app.inject({
      method: 'POST',
      url: `/api/pixels/${id}/test`,
      headers: intruder.headers,
    });
    expect(test.statusCode).toBe(404);
    const log = await t.app.inject({
      method: 'GET',
      url: `/api/pixel-deliveries?pixelId=${id}`,
      headers: intruder.headers,
    });
    expect(log.json().items).toEqual([]);
    const url = await t.app.inject({ method: 'GET', url: '/api/postback-url', headers: intruder.headers });
    expect(JSON.stringify(url.json())).not.toContain(aliceUrl.url);
  }
});
