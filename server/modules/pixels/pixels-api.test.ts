import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createLiveCampaign, signUp } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { startTracker, type Tracker } from '../../../test/tracker-server';

let t: TestApp;
let owner: Awaited<ReturnType<typeof signUp>>;
let tracker: Tracker;
beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app);
  tracker = await startTracker();
});
afterAll(async () => {
  await tracker.close();
  await t.close();
});

const inject = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: owner.headers, payload: payload as Record<string, unknown> });

describe('/api/pixels', () => {
  it('creates, lists, changes and deletes a pixel', async () => {
    const { campaign } = await createLiveCampaign(t.app, owner);
    const created = await inject('POST', '/api/pixels', {
      name: 'RedTrack conversion',
      events: ['converted', 'payout', 'converted'],
      campaignId: campaign.id,
      method: 'GET',
      url: `${tracker.base}/postback?clickid={clickId}&sum={revenue}`,
      tagFilters: [{ token: '[tag:InboundNumber:State]', values: ['CA', 'TX'] }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const pixel = created.json();
    expect(pixel).toMatchObject({
      events: ['converted', 'payout'],
      campaignId: campaign.id,
      enabled: true,
      tagFilters: [{ token: '[tag:InboundNumber:State]', operator: 'in', values: ['CA', 'TX'] }],
    });
    const list = await inject('GET', '/api/pixels');
    expect(list.json().items.map((p: { id: string }) => p.id)).toContain(pixel.id);
    const changed = await inject('PATCH', `/api/pixels/${pixel.id}`, { enabled: false, campaignId: null });
    expect(changed.json()).toMatchObject({ enabled: false, campaignId: null });
    expect((await inject('DELETE', `/api/pixels/${pixel.id}`)).statusCode).toBe(204);
    expect((await inject('GET', `/api/pixels/${pixel.id}`)).statusCode).toBe(404);
  });

  it('refuses unknown tokens with a 400 naming each field', async () => {
    const response = await inject('POST', '/api/pixels', {
      name: 'Typos',
      events: ['completed'],
      method: 'POST',
      url: `${tracker.base}/hit?c={callid}&x={nope}`,
      headers: { 'X-Call': '[Call:Nope]' },
      body: '{"revenue": {revenue}, "who": "{buyerName}", "bad": "{minbidd}"}',
      tagFilters: [
        { token: '{unknown}', values: ['x'] },
        { token: 'state', values: ['CA'] },
      ],
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.details.fields;
    expect(fields).toEqual(
      expect.arrayContaining([
        { field: 'url', message: 'Unknown tokens: {nope}' },
        { field: 'headers.X-Call', message: 'Unknown tokens: [Call:Nope]' },
        { field: 'body', message: 'Unknown tokens: {minbidd}' },
        { field: 'tagFilters.0.token', message: 'Unknown tokens: {unknown}' },
        { field: 'tagFilters.1.token', message: 'One token, such as [tag:Geo:ZipCode]' },
      ]),
    );
    expect(fields).toHaveLength(5);
  });

  it("refuses a campaign from another account, no events, and a URL that isn't http", async () => {
    const other = await signUp(t.app);
    const { campaign } = await createLiveCampaign(t.app, other);
    const response = await inject('POST', '/api/pixels', {
      name: 'Bad',
      events: [],
      campaignId: campaign.id,
      url: 'ftp://example.com/x',
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.details.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['events', 'url']));
    const foreign = await inject('POST', '/api/pixels', {
      name: 'Foreign',
      events: ['incoming'],
      campaignId: campaign.id,
      url: `${tracker.base}/x`,
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details.fields[0].field).toBe('campaignId');
  });

  it('sends a test now, renders its tokens for a sample call and logs it', async () => {
    const pixel = (
      await inject('POST', '/api/pixels', {
        name: 'Test me',
        events: ['completed'],
        method: 'POST',
        url: `${tracker.base}/test-hit?call={callId}`,
        headers: { 'X-Buyer': '{buyerName}' },
        body: '{"revenue": {revenue}, "duration": {duration}, "caller": "[Call:CallerId]"}',
      })
    ).json();
    const response = await inject('POST', `/api/pixels/${pixel.id}/test`);
    expect(response.statusCode, response.body).toBe(200);
    const delivery = response.json();
    expect(delivery).toMatchObject({ event: 'test', status: 'delivered', httpStatus: 200, attempts: 1 });
    expect(delivery.latencyMs).toBeGreaterThanOrEqual(0);
    expect(delivery.responseExcerpt).toBe('ok');
    // The stored request masks the caller; the tracker got the real one.
    expect(delivery.request.body).toContain('"caller": "415***0123"');
    const [hit] = tracker.to('/test-hit');
    expect(hit.url.searchParams.get('call')).toBe('call_sample');
    expect(hit.headers['x-buyer']).toBe('Sample buyer');
    expect(JSON.parse(hit.body)).toEqual({ revenue: 25, duration: 95, caller: '+14155550123' });

    const log = await inject('GET', `/api/pixel-deliveries?pixelId=${pixel.id}`);
    expect(log.json().items).toEqual([expect.objectContaining({ id: delivery.id, pixelName: 'Test me' })]);
  });

  it('a failing tracker shows as failed with its status and excerpt', async () => {
    tracker.script('/broken', [404]);
    const pixel = (
      await inject('POST', '/api/pixels', {
        name: 'Broken',
        events: ['incoming'],
        url: `${tracker.base}/broken`,
      })
    ).json();
    const delivery = (await inject('POST', `/api/pixels/${pixel.id}/test`)).json();
    expect(delivery).toMatchObject({
      status: 'failed',
      httpStatus: 404,
      responseExcerpt: 'tracker is down',
      error: 'HTTP 404',
    });
  });

  it('lists the pixel tokens with their help text', async () => {
    const items = (await inject('GET', '/api/pixel-tokens')).json().items;
    const names = items.flatMap((token: { names: string[] }) => token.names);
    expect(names).toEqual(
      expect.arrayContaining(['{revenue}', '{payout}', '{clickId}', '{publisherName}', '[Call:CallerId]']),
    );
  });

  it('viewers can read pixels and the log but not change or test them', async () => {
    const viewer = await addUser(t.app, owner, 'viewer');
    const pixel = (
      await inject('POST', '/api/pixels', { name: 'Seen', events: ['incoming'], url: `${tracker.base}/v` })
    ).json();
    const read = await t.app.inject({ method: 'GET', url: '/api/pixels', headers: viewer.headers });
    expect(read.statusCode).toBe(200);
    for (const [method, url] of [
      ['POST', `/api/pixels/${pixel.id}/test`],
      ['DELETE', `/api/pixels/${pixel.id}`],
    ] as const) {
      const response = await t.app.inject({ method, url, headers: viewer.headers });
      expect(response.statusCode).toBe(403);
    }
    const postbackUrl = await t.app.inject({
      method: 'GET',
      url: '/api/postback-url',
      headers: viewer.headers,
    });
    expect(postbackUrl.statusCode).toBe(403);
  });
});

describe('the SSRF guard', () => {
  it('refuses private addresses when saving unless private outbound is allowed', async () => {
    const strict = await createTestApp({ ALLOW_PRIVATE_OUTBOUND: 'false' });
    try {
      const someone = await signUp(strict.app);
      for (const url of ['http://127.0.0.1:9/hit', 'http://10.1.2.3/hit', 'http://localhost:9/hit']) {
        const response = await strict.app.inject({
          method: 'POST',
          url: '/api/pixels',
          headers: someone.headers,
          payload: { name: 'Inside', events: ['incoming'], url },
        });
        expect(response.statusCode, url).toBe(400);
        expect(response.json().error.details.fields[0]).toMatchObject({ field: 'url' });
        expect(response.json().error.details.fields[0].message).toMatch(/may not reach/);
      }
    } finally {
      await strict.close();
    }
  });
});
