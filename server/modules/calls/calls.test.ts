import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLiveCampaign, signUp, uniquePhone } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';

let t: TestApp;
let owner: Awaited<ReturnType<typeof signUp>>;
beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app);
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: owner.headers });
const simulate = async (to: string, from = uniquePhone()) =>
  (
    await t.app.inject({
      method: 'POST',
      url: '/api/simulator/calls',
      headers: owner.headers,
      payload: { to, from },
    })
  ).json();
const complete = (callId: string, durationSeconds: number) =>
  t.app.inject({
    method: 'POST',
    url: `/api/simulator/calls/${callId}/events`,
    headers: owner.headers,
    payload: { type: 'completed', durationSeconds },
  });

describe('the call log', () => {
  it('filters by campaign, target, status, converted and caller, and pages with a cursor', async () => {
    const a = await createLiveCampaign(t.app, owner);
    const b = await createLiveCampaign(t.app, owner);
    const caller = uniquePhone();
    const calls = [];
    for (let i = 0; i < 5; i++)
      calls.push(await simulate(a.number.phoneNumber, i === 0 ? caller : uniquePhone()));
    await complete(calls[0].callId, 120);
    await complete(calls[1].callId, 10);
    const other = await simulate(b.number.phoneNumber);

    const ids = async (query: string) =>
      (await get(`/api/calls?${query}`)).json().items.map((c: { id: string }) => c.id);
    expect(await ids(`campaignId=${b.campaign.id}`)).toEqual([other.callId]);
    expect((await ids(`targetId=${a.targets[0].id}`)).sort()).toEqual(calls.map((c) => c.callId).sort());
    expect(await ids(`campaignId=${a.campaign.id}&converted=true`)).toEqual([calls[0].callId]);
    expect((await ids(`campaignId=${a.campaign.id}&status=completed`)).sort()).toEqual(
      [calls[0].callId, calls[1].callId].sort(),
    );
    expect(await ids(`caller=${encodeURIComponent(caller.slice(-7))}`)).toEqual([calls[0].callId]);
    expect(await ids('from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z')).toEqual([]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (
        await get(`/api/calls?campaignId=${a.campaign.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((c: { id: string }) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it('rejects bad filters and cursors with a 400 naming them', async () => {
    const bad = await get('/api/calls?status=exploded&limit=1000');
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.details.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['status', 'limit']));
    const cursor = await get('/api/calls?cursor=garbage');
    expect(cursor.statusCode).toBe(400);
    expect(cursor.json().error.details.fields[0].field).toBe('cursor');
  });

  it('counts conversions against caps when the target counts converted calls', async () => {
    const { number, targets } = await createLiveCampaign(t.app, owner, {
      targets: [{ capCounts: 'converted', caps: { daily: 1 } }],
      campaign: { fallbackMessage: 'Closed for today.' },
    });
    const first = await simulate(number.phoneNumber);
    expect(first.twiml).toContain(targets[0].destination);
    // While the first call may still convert, it holds the only place under the cap.
    const second = await simulate(number.phoneNumber);
    expect(second.twiml).toContain('Closed for today.');
    expect(second.trace.find((e: { reason: string }) => e.reason === 'cap_daily')).toMatchObject({
      detail: 'Daily cap 1/1 (0 converted, 1 in progress)',
    });
    // A short call does not convert: the place comes back.
    await complete(first.callId, 5);
    const third = await simulate(number.phoneNumber);
    expect(third.twiml).toContain(targets[0].destination);
    await complete(third.callId, 300);
    const fourth = await simulate(number.phoneNumber);
    expect(fourth.twiml).toContain('Closed for today.');
    expect(fourth.trace.find((e: { reason: string }) => e.reason === 'cap_daily')).toMatchObject({
      detail: 'Daily cap 1/1',
    });
  });

  it('a caller who hangs up before an answer frees the target for the next call', async () => {
    const { number, targets } = await createLiveCampaign(t.app, owner, {
      targets: [{ caps: { concurrency: 1 } }],
    });
    const first = await simulate(number.phoneNumber);
    expect((await simulate(number.phoneNumber)).twiml).not.toContain(targets[0].destination);
    const hangup = await t.app.inject({
      method: 'POST',
      url: `/api/simulator/calls/${first.callId}/events`,
      headers: owner.headers,
      payload: { type: 'hangup' },
    });
    expect(hangup.json()).toMatchObject({ status: 'completed', twiml: null });
    expect((await simulate(number.phoneNumber)).twiml).toContain(targets[0].destination);
  });
});
