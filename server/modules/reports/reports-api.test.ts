import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createApiKeyAuth, createLiveCampaign, signUp, uniquePhone } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { twilioPost } from '../../../test/twilio';

let t: TestApp;
let owner: Awaited<ReturnType<typeof signUp>>;
beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app);
});
afterAll(() => t.close());

const get = (url: string, headers = owner.headers) => t.app.inject({ method: 'GET', url, headers });
const simulate = async (to: string) =>
  (
    await t.app.inject({
      method: 'POST',
      url: '/api/simulator/calls',
      headers: owner.headers,
      payload: { to, from: uniquePhone() },
    })
  ).json() as { callId: string };

/** From the start of the previous UTC hour to the end of the next: whole hours, so the rollup answers. */
function hourRange() {
  const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000;
  return `from=${new Date(hour - 3_600_000).toISOString()}&to=${new Date(hour + 7_200_000).toISOString()}`;
}

describe('rollups under late and repeated status callbacks', () => {
  it('match a count straight from the calls after every callback, in any order, repeated', async () => {
    const { campaign, buyer, number } = await createLiveCampaign(t.app, owner);
    const call = await simulate(number.phoneNumber);
    const detail = (await get(`/api/calls/${call.callId}`)).json();
    const range = hourRange();
    // One filter: summed from the rollup. Two filters: only the calls can answer, so it is the reference.
    const fromRollup = async () =>
      (await get(`/api/stats/historical?${range}&groupBy=campaign&campaignId=${campaign.id}`)).json().totals;
    const fromCalls = async () =>
      (
        await get(
          `/api/stats/historical?${range}&groupBy=campaign&campaignId=${campaign.id}&buyerId=${buyer.id}`,
        )
      ).json().totals;
    expect(await fromRollup()).toMatchObject({ calls: 1, answered: 0, converted: 0, revenueCents: 0 });

    const base = { AccountSid: 'ACtest', From: detail.fromNumber, To: detail.toNumber };
    const leg = { ...base, CallSid: 'CAleg0000000000000000000000000009', ParentCallSid: detail.callSid };
    const legUrl = `/api/webhooks/status?callId=${call.callId}`;
    const parentCompleted = {
      ...base,
      CallSid: detail.callSid,
      CallStatus: 'completed',
      CallDuration: '130',
    };
    for (const [url, params] of [
      ['/api/webhooks/status', parentCompleted],
      [legUrl, { ...leg, CallStatus: 'completed', CallDuration: '120' }],
      [legUrl, { ...leg, CallStatus: 'in-progress' }],
      ['/api/webhooks/status', { ...base, CallSid: detail.callSid, CallStatus: 'ringing' }],
      [legUrl, { ...leg, CallStatus: 'completed', CallDuration: '120' }],
      ['/api/webhooks/status', parentCompleted],
    ] as const) {
      expect((await twilioPost(t.app, url, params)).statusCode).toBe(204);
      expect(await fromRollup()).toEqual(await fromCalls());
    }
    expect(await fromRollup()).toMatchObject({
      calls: 1,
      answered: 1,
      converted: 1,
      revenueCents: 2500,
      payoutCents: 1000,
      profitCents: 1500,
      avgDurationSeconds: 130,
    });
  });
});

describe('live calls', () => {
  it('counts calls in progress per campaign and target, and pushes them as server-sent events', async () => {
    const other = await signUp(t.app);
    const { campaign, targets, number } = await createLiveCampaign(t.app, other);
    const ringing = await t.app.inject({
      method: 'POST',
      url: '/api/simulator/calls',
      headers: other.headers,
      payload: { to: number.phoneNumber, from: uniquePhone() },
    });
    const live = (await get('/api/stats/live', other.headers)).json();
    expect(live.total).toBe(1);
    expect(live.campaigns).toEqual([{ id: campaign.id, name: campaign.name, live: 1 }]);
    expect(live.targets).toEqual([{ id: targets[0].id, name: targets[0].name, kind: 'target', live: 1 }]);
    expect((await get('/api/stats/live')).json().campaigns).not.toContainEqual(
      expect.objectContaining({ id: campaign.id }),
    );

    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const controller = new AbortController();
    const response = await fetch(`${address}/api/stats/live/stream`, {
      headers: other.headers,
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    let text = '';
    while (!text.includes('\n\n')) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(text).toMatch(/^event: live\ndata: /);
    expect(JSON.parse(text.split('data: ')[1]).total).toBe(1);

    await t.app.inject({
      method: 'POST',
      url: `/api/simulator/calls/${ringing.json().callId}/events`,
      headers: other.headers,
      payload: { type: 'hangup' },
    });
    expect((await get('/api/stats/live', other.headers)).json()).toMatchObject({ total: 0, targets: [] });
  });
});

describe('CSV export', () => {
  it('streams every call of a filter in batches, newest first, escaped and formula-safe', async () => {
    const { campaign, number } = await createLiveCampaign(t.app, owner);
    const first = await simulate(number.phoneNumber);
    await t.database.db.execute(
      sql`update calls set from_city = ${'=cmd|"/c calc"!A1, Town\nNext'} where id = ${first.callId}`,
    );
    // 2,500 more calls in one statement: the export reads them 1,000 at a time.
    await t.database.db.execute(sql`
      insert into calls (id, account_id, call_sid, campaign_id, from_number, to_number, status, started_at)
      select 'call_bulk' || n, ${owner.account.id}, 'CAbulk' || n, ${campaign.id}, '+1212555' || lpad(n::text, 4, '0'),
        ${number.phoneNumber}, 'completed', now() - n * interval '1 second'
      from generate_series(1, 2500) n`);
    const response = await get(`/api/exports/calls.csv?campaignId=${campaign.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="calls-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers['content-length']).toBeUndefined();
    const lines = response.body.split('\r\n');
    expect(lines[0]).toMatch(/^Started,Call ID,Campaign,Buyer,Target,Caller,/);
    expect(response.body).toContain(`"'=cmd|""/c calc""!A1, Town\nNext"`);
    const ids = response.body.match(/call_[A-Za-z0-9]+/g) ?? [];
    expect(new Set(ids).size).toBe(2501);
    expect(ids[0]).toBe(first.callId);
    expect(ids.at(-1)).toBe('call_bulk2500');
  });

  it('exports a report with its totals', async () => {
    const response = await get(`/api/exports/report.csv?${hourRange()}&groupBy=campaign`);
    expect(response.statusCode).toBe(200);
    const lines = response.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'Group,Key,Calls,Unique callers,Answered,Converted,Conversion rate (%),Revenue,Payout,Profit,Avg duration (s),Auctions,Bids,Wins,Avg bid',
    );
    expect(lines.at(-1)).toMatch(/^Total,,\d+,/);
  });
});

describe('saved report views', () => {
  it('belong to the user who saved them', async () => {
    const view = {
      name: 'Campaigns this week',
      params: { groupBy: 'campaign', range: 'last7', timezone: 'Europe/Paris' },
    };
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/report-views',
      headers: owner.headers,
      payload: view,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: view.name, params: view.params });
    expect((await get('/api/report-views')).json().items.map((v: { id: string }) => v.id)).toEqual([
      created.json().id,
    ]);

    const colleague = await addUser(t.app, owner, 'manager');
    expect((await get('/api/report-views', colleague.headers)).json().items).toEqual([]);
    const stolen = await t.app.inject({
      method: 'DELETE',
      url: `/api/report-views/${created.json().id}`,
      headers: colleague.headers,
    });
    expect(stolen.statusCode).toBe(404);
    const key = await createApiKeyAuth(t.app, owner);
    const byKey = await t.app.inject({
      method: 'POST',
      url: '/api/report-views',
      headers: key.headers,
      payload: view,
    });
    expect(byKey.statusCode).toBe(403);

    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/report-views',
      headers: owner.headers,
      payload: { name: '', params: { groupBy: 'color' } },
    });
    expect(bad.statusCode).toBe(400);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/report-views/${created.json().id}`,
      headers: owner.headers,
    });
    expect(removed.statusCode).toBe(204);
  });
});

describe('tenant walls of the reports', () => {
  it('never counts another account’s calls', async () => {
    const { number } = await createLiveCampaign(t.app, owner);
    await simulate(number.phoneNumber);
    const stranger = await signUp(t.app);
    for (const groupBy of ['day', 'campaign', 'hour']) {
      const report = (
        await get(`/api/stats/historical?${hourRange()}&groupBy=${groupBy}`, stranger.headers)
      ).json();
      expect(report.totals.calls).toBe(0);
    }
    expect((await get('/api/stats/live', stranger.headers)).json().total).toBe(0);
    expect(
      (await get('/api/stats/rtb?from=2026-01-01&to=2030-01-01', stranger.headers)).json().items,
    ).toEqual([]);
  });
});
