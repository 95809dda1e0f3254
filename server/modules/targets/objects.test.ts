import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Auth,
  createBuyer,
  createNumber,
  createTarget,
  signUp,
  uniquePhone,
} from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';

let t: TestApp;
let owner: Auth;
beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app);
});
afterAll(() => t.close());

const send = (
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'GET',
  url: string,
  payload?: Record<string, unknown>,
) => t.app.inject({ method, url, headers: owner.headers, payload });
const fieldsOf = (body: { error: { details?: { fields: { field: string }[] } } }) =>
  body.error.details?.fields.map((f) => f.field) ?? [];

describe('buyers, targets, campaigns and numbers', () => {
  it('creates, reads, updates and deletes a buyer; normalises its phone', async () => {
    const created = await send('POST', '/api/buyers', {
      name: 'Beta Legal',
      phone: '(415) 555-0123',
      email: '',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'Beta Legal',
      phone: '+14155550123',
      email: null,
      status: 'active',
    });
    const id = created.json().id;
    expect((await send('PATCH', `/api/buyers/${id}`, { status: 'paused' })).json().status).toBe('paused');
    expect((await send('GET', `/api/buyers/${id}`)).json().status).toBe('paused');
    expect((await send('DELETE', `/api/buyers/${id}`)).statusCode).toBe(204);
    expect((await send('GET', `/api/buyers/${id}`)).statusCode).toBe(404);
  });

  it('refuses to delete a buyer that still has targets', async () => {
    const target = await createTarget(t.app, owner);
    const response = await send('DELETE', `/api/buyers/${target.buyerId}`);
    expect(response.statusCode).toBe(409);
  });

  it('validates targets field by field', async () => {
    const buyer = await createBuyer(t.app, owner);
    const bad = await send('POST', '/api/targets', {
      buyerId: buyer.id,
      name: 'Bad',
      destination: 'call me maybe',
      timezone: 'Mars/Olympus',
      schedule: { mon: [{ open: '25:00', close: '17:00' }] },
      caps: { daily: -1 },
      revenueCents: 12.5,
    });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.json())).toEqual(
      expect.arrayContaining([
        'destination',
        'timezone',
        'schedule.mon.0.open',
        'caps.daily',
        'revenueCents',
      ]),
    );
    const fixed = await send('POST', '/api/targets', {
      buyerId: buyer.id,
      name: 'Fixed',
      destination: '+14155550100',
      callerIdPolicy: 'fixed',
    });
    expect(fixed.statusCode).toBe(400);
    expect(fieldsOf(fixed.json())).toContain('callerIdNumber');
  });

  it('accepts SIP destinations, national numbers, schedules, caps and criteria', async () => {
    const buyer = await createBuyer(t.app, owner);
    const sip = await send('POST', '/api/targets', {
      buyerId: buyer.id,
      name: 'SIP desk',
      destination: 'sip:desk@pbx.example.com',
      sipHeaders: { 'X-Campaign': 'auto' },
      timezone: 'America/Chicago',
      schedule: { mon: [{ open: '09:00', close: '17:00' }], sat: [] },
      caps: { concurrency: 3, daily: 100 },
      criteria: { states: ['ca', 'NY'], areaCodes: ['415'] },
    });
    expect(sip.statusCode).toBe(201);
    expect(sip.json()).toMatchObject({
      destination: 'sip:desk@pbx.example.com',
      criteria: { states: ['CA', 'NY'] },
      caps: { concurrency: 3, daily: 100 },
    });
    const national = await send('PATCH', `/api/targets/${sip.json().id}`, { destination: '212-555-0188' });
    expect(national.json().destination).toBe('+12125550188');
  });

  it('keeps the routing plan in order and validates it', async () => {
    const a = await createTarget(t.app, owner);
    const b = await createTarget(t.app, owner, { buyerId: a.buyerId });
    const campaign = await send('POST', '/api/campaigns', { name: 'Solar', payoutCents: 1500 });
    expect(campaign.statusCode).toBe(201);
    expect(campaign.json()).toMatchObject({ status: 'draft', routing: [], payoutCents: 1500 });
    const id = campaign.json().id;
    const plan = [
      { targetId: b.id, priority: 1, weight: 30 },
      { targetId: a.id, priority: 2, weight: 70 },
    ];
    expect((await send('PUT', `/api/campaigns/${id}/routing`, { routing: plan })).json().routing).toEqual(
      plan,
    );
    expect((await send('GET', `/api/campaigns/${id}/routing`)).json().routing).toEqual(plan);
    const badPriority = await send('PUT', `/api/campaigns/${id}/routing`, {
      routing: [{ targetId: a.id, priority: 11, weight: 0 }],
    });
    expect(fieldsOf(badPriority.json())).toEqual(
      expect.arrayContaining(['routing.0.priority', 'routing.0.weight']),
    );
    const twice = await send('PUT', `/api/campaigns/${id}/routing`, {
      routing: [plan[0], plan[0]],
    });
    expect(twice.statusCode).toBe(400);
  });

  it('explains what is missing when activation is not possible', async () => {
    const campaign = (await send('POST', '/api/campaigns', { name: 'Empty' })).json();
    const bare = await send('PATCH', `/api/campaigns/${campaign.id}`, { status: 'active' });
    expect(bare.statusCode).toBe(400);
    expect(fieldsOf(bare.json()).sort()).toEqual(['numbers', 'routing']);

    const paused = await createTarget(t.app, owner, { status: 'paused' });
    await send('PUT', `/api/campaigns/${campaign.id}/routing`, {
      routing: [{ targetId: paused.id, priority: 1, weight: 10 }],
    });
    await createNumber(t.app, owner, { campaignId: campaign.id });
    const pausedOnly = await send('PATCH', `/api/campaigns/${campaign.id}`, { status: 'active' });
    expect(fieldsOf(pausedOnly.json())).toEqual(['routing']);

    await send('PATCH', `/api/targets/${paused.id}`, { status: 'active' });
    const ok = await send('PATCH', `/api/campaigns/${campaign.id}`, { status: 'active' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().status).toBe('active');
  });

  it('registers a number once, in E.164, in at most one campaign', async () => {
    const phone = uniquePhone();
    const national = `(${phone.slice(2, 5)}) ${phone.slice(5, 8)}-${phone.slice(8)}`;
    const created = await send('POST', '/api/numbers', { phoneNumber: national, name: 'Billboard' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ phoneNumber: phone, campaignId: null });
    const again = await send('POST', '/api/numbers', { phoneNumber: phone });
    expect(again.statusCode).toBe(409);
    const invalid = await send('POST', '/api/numbers', { phoneNumber: '12' });
    expect(fieldsOf(invalid.json())).toEqual(['phoneNumber']);
  });

  it('answers unknown ids with 404 everywhere', async () => {
    for (const path of [
      '/api/buyers/buy_x',
      '/api/targets/tgt_x',
      '/api/campaigns/cmp_x',
      '/api/numbers/num_x',
      '/api/calls/call_x',
    ]) {
      const response = await send('GET', path);
      expect(response.statusCode, path).toBe(404);
      expect(response.json().error.code).toBe('NOT_FOUND');
    }
  });

  it('answers an empty PATCH with the unchanged object, and explains bad values plainly', async () => {
    const buyer = await createBuyer(t.app, owner);
    for (const url of [`/api/buyers/${buyer.id}`]) {
      const response = await send('PATCH', url, {});
      expect(response.statusCode).toBe(200);
      expect(response.json().name).toBe(buyer.name);
    }
    const target = await createTarget(t.app, owner);
    expect((await send('PATCH', `/api/targets/${target.id}`, { unknownField: 1 })).statusCode).toBe(200);
    const bad = await send('PATCH', `/api/targets/${target.id}`, {
      dialTimeoutSeconds: 500,
      criteria: { states: ['XX'] },
    });
    const messages = Object.fromEntries(
      bad.json().error.details.fields.map((f: { field: string; message: string }) => [f.field, f.message]),
    );
    expect(messages).toEqual({
      dialTimeoutSeconds: 'Must be at most 120',
      'criteria.states.0': 'A two-letter US state or territory code, e.g. CA',
    });
  });
});
