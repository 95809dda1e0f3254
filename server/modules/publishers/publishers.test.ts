import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callSimulator } from '../../../test/call-simulation';
import {
  type Auth,
  cookieFrom,
  createDniSetup,
  createLiveCampaign,
  signUp,
  uniqueEmail,
  uniquePhone,
} from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';

let t: TestApp;
let owner: Auth;
let calls: ReturnType<typeof callSimulator>;
beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app);
  calls = callSimulator(t.app, owner);
});
afterAll(() => t.close());

const api = async (
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
  auth = owner,
) => t.app.inject({ method, url, headers: auth.headers, ...(payload ? { payload: payload as object } : {}) });

async function createPublisher(overrides: Record<string, unknown> = {}) {
  const response = await api('POST', '/api/publishers', { name: 'Lead Co', ...overrides });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function setRule(publisherId: string, rule: Record<string, unknown>) {
  const response = await api('PUT', `/api/publishers/${publisherId}/payout-rules`, rule);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** A live campaign whose number belongs to a new publisher with the given payout rule. */
async function publisherSetup(rule: Record<string, unknown> = {}) {
  const live = await createLiveCampaign(t.app, owner);
  const publisher = await createPublisher();
  await setRule(publisher.id, { campaignId: live.campaign.id, payoutCents: 700, ...rule });
  const assigned = await api('PUT', `/api/publishers/${publisher.id}/sources`, {
    kind: 'numbers',
    ids: [live.number.id],
  });
  expect(assigned.statusCode, assigned.body).toBe(200);
  return { ...live, publisher };
}

describe('publishers', () => {
  it('creates, reads, changes and deletes publishers, naming bad fields', async () => {
    const created = await createPublisher({
      company: 'Lead Co LLC',
      email: 'Ops@Lead.test',
      defaultPayoutCents: 500,
    });
    expect(created).toMatchObject({
      name: 'Lead Co',
      email: 'ops@lead.test',
      status: 'active',
      defaultPayoutCents: 500,
    });
    const changed = await api('PATCH', `/api/publishers/${created.id}`, { status: 'paused' });
    expect(changed.json().status).toBe('paused');
    const bad = await api('POST', '/api/publishers', { name: '', defaultPayoutCents: -1 });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.details.fields.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'defaultPayoutCents']));
    expect((await api('DELETE', `/api/publishers/${created.id}`)).statusCode).toBe(204);
    expect((await api('GET', `/api/publishers/${created.id}`)).statusCode).toBe(404);
  });

  it('keeps one payout rule per campaign and refuses campaigns or numbers of other accounts', async () => {
    const { campaign } = await createLiveCampaign(t.app, owner);
    const publisher = await createPublisher();
    await setRule(publisher.id, { campaignId: campaign.id, payoutCents: 100 });
    const replaced = await setRule(publisher.id, { campaignId: campaign.id, payoutCents: 900, capDaily: 3 });
    expect(replaced).toMatchObject({
      payoutCents: 900,
      capDaily: 3,
      trigger: 'converted',
      campaignName: campaign.name,
    });
    expect((await api('GET', `/api/publishers/${publisher.id}/payout-rules`)).json().items).toHaveLength(1);
    const noLength = await api('PUT', `/api/publishers/${publisher.id}/payout-rules`, {
      campaignId: campaign.id,
      payoutCents: 1,
      trigger: 'duration',
    });
    expect(noLength.json().error.details.fields[0].field).toBe('minDurationSeconds');

    const other = await signUp(t.app);
    const foreign = await createLiveCampaign(t.app, other);
    const wrongCampaign = await api('PUT', `/api/publishers/${publisher.id}/payout-rules`, {
      campaignId: foreign.campaign.id,
      payoutCents: 1,
    });
    expect(wrongCampaign.json().error.details.fields[0].field).toBe('campaignId');
    const wrongNumber = await api('PUT', `/api/publishers/${publisher.id}/sources`, {
      kind: 'numbers',
      ids: [foreign.number.id],
    });
    expect(wrongNumber.statusCode).toBe(400);
    expect(wrongNumber.json().error.details.fields[0].field).toBe('ids.0');
    expect(
      (await api('DELETE', `/api/publishers/${publisher.id}/payout-rules/${replaced.id}`)).statusCode,
    ).toBe(204);
  });

  it('gives every call its publisher from the number, the DNI tag or the pool', async () => {
    const byNumber = await publisherSetup();
    const call = await calls.simulate(byNumber.number.phoneNumber);
    expect((await calls.getCall(call.callId)).publisher).toMatchObject({
      id: byNumber.publisher.id,
      name: 'Lead Co',
    });

    const dni = await createDniSetup(t.app, owner, { size: 1 });
    const poolOwner = await createPublisher({ name: 'Pool owner' });
    const tagOwner = await createPublisher({ name: 'Tag owner' });
    await api('PUT', `/api/publishers/${poolOwner.id}/sources`, { kind: 'pools', ids: [dni.pool.id] });
    const pooled = await calls.simulate(dni.poolNumbers[0].phoneNumber);
    expect((await calls.getCall(pooled.callId)).publisher.id).toBe(poolOwner.id);

    await api('PUT', `/api/publishers/${tagOwner.id}/sources`, { kind: 'tags', ids: [dni.tag.id] });
    const visit = await t.app.inject({
      method: 'POST',
      url: '/api/dni/track',
      headers: { 'content-type': 'text/plain', origin: 'https://shop.example' },
      payload: JSON.stringify({ tagCode: dni.tag.code, url: 'https://shop.example/' }),
    });
    expect(visit.statusCode, visit.body).toBe(200);
    const tagged = await calls.simulate(visit.json().phoneNumber);
    expect((await calls.getCall(tagged.callId)).publisher.id).toBe(tagOwner.id);
  });

  it('pays by the rule: on conversion, on length, as a revenue share', async () => {
    const converted = await publisherSetup({ payoutCents: 700 });
    const short = await calls.simulate(converted.number.phoneNumber);
    await calls.talk(short.callId, 30);
    expect(await calls.getCall(short.callId)).toMatchObject({ payoutCents: 0, converted: false });
    const long = await calls.simulate(converted.number.phoneNumber);
    await calls.talk(long.callId, 90);
    expect(await calls.getCall(long.callId)).toMatchObject({
      payoutCents: 700,
      publisher: { payoutState: 'paid', payoutNote: 'Payout rule met' },
    });

    const length = await publisherSetup({ trigger: 'duration', minDurationSeconds: 20, payoutCents: 300 });
    const twenty = await calls.simulate(length.number.phoneNumber);
    await calls.talk(twenty.callId, 20);
    expect((await calls.getCall(twenty.callId)).payoutCents).toBe(300);

    const share = await publisherSetup({ revenueSharePercent: 40 });
    const shared = await calls.simulate(share.number.phoneNumber);
    await calls.talk(shared.callId, 90);
    expect(await calls.getCall(shared.callId)).toMatchObject({ revenueCents: 2500, payoutCents: 1000 });
  });

  it('pays an incoming call that never connects, and never twice for a duplicate when told so', async () => {
    const setup = await publisherSetup({ trigger: 'incoming', duplicateRule: 'never', payoutCents: 200 });
    const caller = uniquePhone();
    const first = await calls.simulate(setup.number.phoneNumber, caller);
    await calls.event(first.callId, 'hangup');
    expect((await calls.getCall(first.callId)).payoutCents).toBe(200);
    const again = await calls.simulate(setup.number.phoneNumber, caller);
    await calls.event(again.callId, 'hangup');
    expect(await calls.getCall(again.callId)).toMatchObject({
      payoutCents: 0,
      publisher: { payoutState: 'unpaid', payoutNote: 'Duplicate caller: already paid for' },
    });
  });

  it('never pays past a cap, even when calls settle at the same moment', async () => {
    const setup = await publisherSetup({ trigger: 'incoming', capTotal: 2, payoutCents: 100 });
    const placed = await Promise.all(
      Array.from({ length: 5 }, () => calls.simulate(setup.number.phoneNumber)),
    );
    await Promise.all(placed.map((call) => calls.event(call.callId, 'hangup')));
    const details = await Promise.all(placed.map((call) => calls.getCall(call.callId)));
    expect(details.filter((d) => d.payoutCents === 100)).toHaveLength(2);
    expect(details.filter((d) => d.publisher.payoutState === 'capped')).toHaveLength(3);
    // Settling again (a repeated callback) changes nothing.
    await Promise.all(placed.map((call) => calls.event(call.callId, 'hangup').catch(() => undefined)));
    const summary = (await api('GET', `/api/publishers/${setup.publisher.id}/summary`)).json();
    expect(summary).toMatchObject({ calls: 5, paidCalls: 2, payoutCents: 200 });
  });
});

it("cannot write another account's publisher rules, sources or campaign ping settings", async () => {
  const other = await signUp(t.app);
  const theirs = await createLiveCampaign(t.app, other);
  const publisher = (
    await t.app.inject({
      method: 'POST',
      url: '/api/publishers',
      headers: other.headers,
      payload: { name: 'Theirs' },
    })
  ).json();
  const mine = await createLiveCampaign(t.app, owner);
  const attempts = [
    ['PUT', `/api/publishers/${publisher.id}/payout-rules`, { campaignId: mine.campaign.id, payoutCents: 1 }],
    ['PUT', `/api/publishers/${publisher.id}/sources`, { kind: 'numbers', ids: [mine.number.id] }],
    ['DELETE', `/api/publishers/${publisher.id}/payout-rules/ppr_x`, undefined],
    [
      'PUT',
      `/api/campaigns/${theirs.campaign.id}/inbound-rtb`,
      {
        callerIdRequired: true,
        rateLimit: null,
        bidExpireSeconds: 30,
        staleBid: 'reject',
        maxBidCents: null,
        bidAdjustments: [],
        tagFilters: [],
      },
    ],
  ] as const;
  for (const [method, url, payload] of attempts) {
    expect((await api(method, url, payload)).statusCode, url).toBe(404);
  }
});

describe('publisher users', () => {
  async function publisherUser(publisherId: string) {
    const email = uniqueEmail('publisher');
    const password = 'publisher-password';
    const created = await api('POST', '/api/users', { email, password, role: 'publisher', publisherId });
    expect(created.statusCode, created.body).toBe(201);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
    });
    return { headers: { cookie: cookieFrom(login) } };
  }

  it('need a publisher of the account', async () => {
    const missing = await api('POST', '/api/users', {
      email: uniqueEmail(),
      password: 'password123',
      role: 'publisher',
    });
    expect(missing.json().error.details.fields[0].field).toBe('publisherId');
    const foreign = await api('POST', '/api/users', {
      email: uniqueEmail(),
      password: 'password123',
      role: 'publisher',
      publisherId: 'pub_nope',
    });
    expect(foreign.json().error.details.fields[0].field).toBe('publisherId');
  });

  it('see only their own calls, numbers and payouts, callers masked, and nothing else', async () => {
    const mine = await publisherSetup({ trigger: 'incoming', payoutCents: 350 });
    const theirs = await publisherSetup({ trigger: 'incoming' });
    const caller = '+14155550187';
    const call = await calls.simulate(mine.number.phoneNumber, caller);
    await calls.event(call.callId, 'hangup');
    await calls.simulate(theirs.number.phoneNumber);
    const user = await publisherUser(mine.publisher.id);

    const portal = (await api('GET', '/api/portal/calls', undefined, user)).json().items;
    expect(portal).toHaveLength(1);
    expect(portal[0]).toMatchObject({ id: call.callId, caller: '415***0187', payoutCents: 350 });
    expect(JSON.stringify(portal)).not.toContain('5550187');
    expect((await api('GET', '/api/portal/summary', undefined, user)).json()).toMatchObject({
      publisher: { id: mine.publisher.id },
      calls: 1,
      payoutCents: 350,
    });
    expect((await api('GET', '/api/portal/sources', undefined, user)).json().items).toEqual([
      { id: mine.number.id, kind: 'numbers', label: mine.number.phoneNumber },
    ]);

    for (const url of [
      '/api/calls',
      `/api/calls/${call.callId}`,
      '/api/publishers',
      '/api/campaigns',
      '/api/users',
      // Reports and exports hold the whole account's figures: a publisher sees only the portal's.
      '/api/stats/historical?from=2026-01-01&to=2026-01-31&timezone=UTC&groupBy=publisher',
      '/api/stats/live',
      '/api/stats/inbound-pings?from=2026-01-01&to=2026-01-31&timezone=UTC',
      '/api/exports/calls.csv',
    ]) {
      expect((await api('GET', url, undefined, user)).statusCode, url).toBe(403);
    }
    expect((await api('POST', '/api/publishers', { name: 'Mine now' }, user)).statusCode).toBe(403);
    expect(
      (await api('PATCH', `/api/publishers/${theirs.publisher.id}`, { name: 'x' }, user)).statusCode,
    ).toBe(403);
    // Other roles have no portal.
    expect((await api('GET', '/api/portal/calls')).statusCode).toBe(403);
  });
});
