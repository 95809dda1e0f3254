import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDniSetup, createNumber, signUp, uniquePhone } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { incomingCall, twilioPost } from '../../../test/twilio';
import { buildApp } from '../../app';
import { dniStateFor } from './dni-state';

let t: TestApp;
let owner: Awaited<ReturnType<typeof signUp>>;
beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app);
});
afterAll(() => t.close());

const track = (payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/dni/track',
    headers: { 'content-type': 'text/plain', origin: 'https://shop.example', ...headers },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });

describe('dynamic number insertion', () => {
  it('gives a visitor a pool number, keeps it through the session, and allows any origin', async () => {
    const { tag, poolNumbers } = await createDniSetup(t.app, owner);
    const first = await track({
      tagCode: tag.code,
      url: 'https://shop.example/?utm_source=google',
      utmSource: 'google',
    });
    expect(first.statusCode).toBe(200);
    expect(first.headers['access-control-allow-origin']).toBe('*');
    const body = first.json();
    expect(poolNumbers.map((n: { phoneNumber: string }) => n.phoneNumber)).toContain(body.phoneNumber);
    expect(body.formattedNumber).toMatch(/^\(\d{3}\) \d{3}-\d{4}$/);
    const again = await track({
      tagCode: tag.code,
      sessionId: body.sessionId,
      url: 'https://shop.example/pricing',
    });
    expect(again.json()).toEqual(body);
    const other = await track({ tagCode: tag.code });
    expect(other.json().phoneNumber).not.toBe(body.phoneNumber);
  });

  it('answers preflight, rejects malformed bodies with 400 and unknown tags with 404', async () => {
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/dni/track',
      headers: { origin: 'https://x.example' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect((await track('{not json')).statusCode).toBe(400);
    const bad = await track({ tagCode: 'x', clickIds: 'nope' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].field).toBe('clickIds');
    const unknown = await track({ tagCode: 'no-such-tag' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('NOT_FOUND');
  });

  it('serves a small snippet that any site can load', async () => {
    const { tag } = await createDniSetup(t.app, owner);
    expect(tag.snippet).toBe(`<script src="https://calls.test.example/dni/${tag.code}.js" async></script>`);
    const js = await t.app.inject({ method: 'GET', url: `/dni/${tag.code}.js` });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(js.body.length).toBeLessThan(5 * 1024);
    expect(js.body).toContain(`"tag":"${tag.code}"`);
    expect(() => new Function(js.body)).not.toThrow();
    const missing = await t.app.inject({ method: 'GET', url: '/dni/nope.js' });
    expect(missing.statusCode).toBe(404);
  });

  it('500 simultaneous new visitors on a 50-number pool never share a number while one is free', async () => {
    const { tag, pool } = await createDniSetup(t.app, owner, { size: 50 });
    const answers = await Promise.all(Array.from({ length: 500 }, () => track({ tagCode: tag.code })));
    const numbers = answers.map((a) => a.json().phoneNumber);
    // Every number was handed out, and only 450 sessions (those after the 50th) were collisions:
    // no two sessions shared a number while one was free, whatever order the requests ran in.
    expect(new Set(numbers).size).toBe(50);
    await dniStateFor(t.database.db).writer.flush();
    const stats = (
      await t.app.inject({ method: 'GET', url: `/api/pools/${pool.id}/stats`, headers: owner.headers })
    ).json();
    expect(stats).toMatchObject({
      numbersInUse: 50,
      numbersTotal: 50,
      utilization: 1,
      assignments: 500,
      collisions: 450,
    });
  });

  it('attributes a call to the visit that held the dialed number', async () => {
    const { tag } = await createDniSetup(t.app, owner);
    const visit = (
      await track({
        tagCode: tag.code,
        url: 'https://shop.example/landing?utm_source=facebook&fbclid=f1',
        referrer: 'https://facebook.com/',
        utmSource: 'facebook',
        utmCampaign: 'spring',
        clickIds: { fbclid: 'f1' },
      })
    ).json();
    const placed = await t.app.inject({
      method: 'POST',
      url: '/api/simulator/calls',
      headers: owner.headers,
      payload: { to: visit.phoneNumber, from: uniquePhone() },
    });
    expect(placed.json().twiml).toContain('<Dial');
    const call = (
      await t.app.inject({ method: 'GET', url: `/api/calls/${placed.json().callId}`, headers: owner.headers })
    ).json();
    expect(call.attribution).toMatchObject({
      sessionId: visit.sessionId,
      utmSource: 'facebook',
      utmCampaign: 'spring',
      clickIds: { fbclid: 'f1' },
      landingPage: 'https://shop.example/landing?utm_source=facebook&fbclid=f1',
    });
    const filtered = await t.app.inject({
      method: 'GET',
      url: '/api/calls?utmSource=FaceBook',
      headers: owner.headers,
    });
    expect(filtered.json().items.map((c: { id: string }) => c.id)).toEqual([call.id]);
  });

  it('keeps assignments across a restart', async () => {
    const { tag } = await createDniSetup(t.app, owner);
    const visit = (await track({ tagCode: tag.code })).json();
    await t.app.close(); // flushes pending session writes
    const restarted = await buildApp({
      db: t.database.db,
      databaseDriver: t.database.driver,
      config: t.config,
      logger: false,
    });
    // A new process starts with empty memory: forget this one's state as a restart would.
    dniStateFor(t.database.db).invalidateAccount(owner.account.id);
    t.app = restarted;
    const again = (await track({ tagCode: tag.code, sessionId: visit.sessionId })).json();
    expect(again.phoneNumber).toBe(visit.phoneNumber);
  });

  it('keeps a number in one pool only, and pooled numbers off direct campaign routing', async () => {
    const { pool, poolNumbers, campaign } = await createDniSetup(t.app, owner);
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/pools',
      headers: owner.headers,
      payload: { name: 'Another', numbers: [poolNumbers[0].id] },
    });
    expect(second.statusCode, second.body).toBe(409);
    const direct = await t.app.inject({
      method: 'PATCH',
      url: `/api/numbers/${poolNumbers[0].id}`,
      headers: owner.headers,
      payload: { campaignId: campaign.id },
    });
    expect(direct.statusCode, direct.body).toBe(409);
    const assigned = await createNumber(t.app, owner, { campaignId: campaign.id });
    const join = await t.app.inject({
      method: 'PATCH',
      url: `/api/pools/${pool.id}`,
      headers: owner.headers,
      payload: { numbers: [...pool.numbers, assigned.id] },
    });
    expect(join.statusCode, join.body).toBe(409);
    const sameName = await t.app.inject({
      method: 'POST',
      url: '/api/pools',
      headers: owner.headers,
      payload: { name: pool.name },
    });
    expect(sameName.statusCode, sameName.body).toBe(409);
    const removeWithTag = await t.app.inject({
      method: 'DELETE',
      url: `/api/pools/${pool.id}`,
      headers: owner.headers,
    });
    expect(removeWithTag.statusCode).toBe(409);
  });

  it('routes calls to pool numbers by the pool campaign, also through the per-pool webhook URL', async () => {
    const { pool, poolNumbers, targets } = await createDniSetup(t.app, owner);
    const response = await twilioPost(
      t.app,
      `/api/webhooks/pool/${pool.id}/voice`,
      incomingCall(poolNumbers[1].phoneNumber, uniquePhone()),
    );
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(`>${targets[0].destination}</Number>`);
  });
});
