import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoricalStats, StatsFigures } from '../../../contracts/stats';
import { createLiveCampaign, signUp } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { callSid } from '../../../test/twilio';
import { markAllHoursDirty } from './rollup';

let t: TestApp;
let owner: Awaited<ReturnType<typeof signUp>>;
let x: Awaited<ReturnType<typeof createLiveCampaign>>;
let y: Awaited<ReturnType<typeof createLiveCampaign>>;

type FixtureCall = {
  startedAt: string;
  campaign: 'x' | 'y';
  from: string;
  state?: string;
  utm?: string;
  answered?: boolean;
  duration?: number;
  converted?: boolean;
  revenue?: number;
  payout?: number;
};

/**
 * New York leaves daylight saving time at 2026-11-01 06:00Z (02:00 EDT becomes 01:00 EST), so
 * 1 November there is 25 hours long and 01:30 happens twice. Local times are in the comments.
 */
const FIXTURE: FixtureCall[] = [
  { startedAt: '2026-10-31T03:59:00Z', campaign: 'x', from: '+12125550100' }, // Oct 30 23:59 EDT: outside
  {
    startedAt: '2026-11-01T03:30:00Z', // Oct 31 23:30 EDT
    campaign: 'x',
    from: '+12125550101',
    state: 'NY',
    answered: true,
    duration: 100,
    converted: true,
    revenue: 2000,
    payout: 1000,
  },
  {
    startedAt: '2026-11-01T04:10:00Z',
    campaign: 'x',
    from: '+12125550101',
    state: 'NY',
    answered: true,
    duration: 20,
  }, // Nov 1 00:10 EDT
  {
    startedAt: '2026-11-01T05:30:00Z', // Nov 1 01:30 EDT
    campaign: 'y',
    from: '+12125550102',
    state: 'ca',
    answered: true,
    duration: 61,
    converted: true,
    revenue: 1500,
    payout: 700,
  },
  { startedAt: '2026-11-01T06:30:00Z', campaign: 'y', from: '+12125550103' }, // Nov 1 01:30 EST, still ringing
  {
    startedAt: '2026-11-02T04:30:00Z', // Nov 1 23:30 EST (would be Nov 2 under EDT)
    campaign: 'x',
    from: '+12125550102',
    state: 'NY',
    utm: 'Google',
    answered: true,
    duration: 30,
  },
  {
    startedAt: '2026-11-02T05:00:00Z', // Nov 2 00:00 EST
    campaign: 'x',
    from: '+12125550104',
    state: 'TX',
    utm: 'google',
    answered: true,
    duration: 200,
    converted: true,
    revenue: 2000,
    payout: 1000,
  },
  { startedAt: '2026-11-03T05:00:00Z', campaign: 'x', from: '+12125550105' }, // Nov 3 00:00 EST: outside
  { startedAt: '2026-11-04T18:29:00Z', campaign: 'y', from: '+12125550106' }, // 23:59 IST Nov 4
  { startedAt: '2026-11-04T18:31:00Z', campaign: 'y', from: '+12125550107' }, // 00:01 IST Nov 5
];

async function insertFixture() {
  const db = t.database.db;
  const ids: string[] = [];
  for (const call of FIXTURE) {
    const c = call.campaign === 'x' ? x : y;
    const id = `call_fixture${ids.length}`;
    ids.push(id);
    await db.execute(sql`
      insert into calls (id, account_id, call_sid, campaign_id, number_id, target_id, buyer_id, from_number,
        to_number, from_state, status, started_at, answered_at, duration_seconds, converted, revenue_cents,
        payout_cents, utm_source)
      values (${id}, ${owner.account.id}, ${callSid()}, ${c.campaign.id}, ${c.number.id}, ${c.targets[0].id},
        ${c.buyer.id}, ${call.from}, ${c.number.phoneNumber}, ${call.state ?? null},
        ${call.answered ? 'completed' : 'ringing'}, ${call.startedAt}::timestamptz,
        ${call.answered ? call.startedAt : null}::timestamptz, ${call.duration ?? null}, ${call.converted ?? false},
        ${call.revenue ?? 0}, ${call.payout ?? 0}, ${call.utm ?? null})`);
  }
  // The first counted call had an RTB auction: two valid bids (the best is 7.00) and a timeout.
  for (const [amount, valid, rank] of [
    [500, true, 2],
    [700, true, 1],
    [null, false, null],
  ] as const)
    await db.execute(sql`
      insert into rtb_bid_requests (id, account_id, call_id, request, sent, amount_cents, valid, rank, reason, created_at)
      values (${`bid_fixture${amount}`}, ${owner.account.id}, ${ids[1]}, '{"url":"http://x","method":"POST","body":null}',
        true, ${amount}, ${valid}, ${rank}, ${valid ? null : 'timeout'}, '2026-11-01T03:30:01Z')`);
  await markAllHoursDirty(db, owner.account.id);
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app);
  x = await createLiveCampaign(t.app, owner, { campaign: { name: 'Campaign X' } });
  y = await createLiveCampaign(t.app, owner, { campaign: { name: 'Campaign Y' } });
  await insertFixture();
});
afterAll(() => t.close());

async function report(query: string): Promise<HistoricalStats> {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/stats/historical?${query}`,
    headers: owner.headers,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const NY = 'from=2026-10-31&to=2026-11-02&timezone=America%2FNew_York&uniqueCallers=true';
const noRtb = { auctions: 0, bids: 0, wins: 0, avgBidCents: 0 };
const figures = (f: Partial<StatsFigures>): StatsFigures => ({
  calls: 0,
  uniqueCallers: 0,
  answered: 0,
  converted: 0,
  conversionRate: 0,
  revenueCents: 0,
  payoutCents: 0,
  profitCents: 0,
  avgDurationSeconds: 0,
  ...noRtb,
  ...f,
});

describe('historical stats against a hand-computed fixture', () => {
  it('splits days at midnight in the requested timezone, across the end of daylight saving time', async () => {
    const byDay = await report(`${NY}&groupBy=day`);
    expect(byDay.from).toBe('2026-10-31T04:00:00.000Z');
    expect(byDay.to).toBe('2026-11-03T05:00:00.000Z');
    expect(byDay.rows).toEqual([
      {
        key: '2026-10-31',
        label: '2026-10-31',
        ...figures({
          calls: 1,
          uniqueCallers: 1,
          answered: 1,
          converted: 1,
          conversionRate: 100,
          revenueCents: 2000,
          payoutCents: 1000,
          profitCents: 1000,
          avgDurationSeconds: 100,
          auctions: 1,
          bids: 2,
          wins: 1,
          avgBidCents: 600,
        }),
      },
      {
        key: '2026-11-01',
        label: '2026-11-01',
        ...figures({
          calls: 4,
          uniqueCallers: 3,
          answered: 3,
          converted: 1,
          conversionRate: 25,
          revenueCents: 1500,
          payoutCents: 700,
          profitCents: 800,
          avgDurationSeconds: 37, // (20 + 61 + 30) / 3
        }),
      },
      {
        key: '2026-11-02',
        label: '2026-11-02',
        ...figures({
          calls: 1,
          uniqueCallers: 1,
          answered: 1,
          converted: 1,
          conversionRate: 100,
          revenueCents: 2000,
          payoutCents: 1000,
          profitCents: 1000,
          avgDurationSeconds: 200,
        }),
      },
    ]);
    expect(byDay.totals).toEqual(
      figures({
        calls: 6,
        uniqueCallers: 4,
        answered: 5,
        converted: 3,
        conversionRate: 50,
        revenueCents: 5500,
        payoutCents: 2700,
        profitCents: 2800,
        avgDurationSeconds: 82, // 411 / 5
        auctions: 1,
        bids: 2,
        wins: 1,
        avgBidCents: 600,
      }),
    );
  });

  it('gives the 25 hours of the long day, the repeated 01:00 hour twice', async () => {
    const byHour = await report('from=2026-11-01&to=2026-11-01&timezone=America%2FNew_York&groupBy=hour');
    expect(byHour.rows).toHaveLength(25);
    const repeated = byHour.rows.filter((r) => r.label === '2026-11-01 01:00');
    expect(repeated.map((r) => [r.key, r.calls])).toEqual([
      ['2026-11-01T05:00:00.000Z', 1],
      ['2026-11-01T06:00:00.000Z', 1],
    ]);
    expect(byHour.rows.reduce((n, r) => n + r.calls, 0)).toBe(4);
  });

  it('groups by campaign, state and UTM source (case folded), naming each and counting the unset', async () => {
    const byCampaign = await report(`${NY}&groupBy=campaign`);
    expect(byCampaign.rows).toEqual([
      {
        key: x.campaign.id,
        label: 'Campaign X',
        ...figures({
          calls: 4,
          uniqueCallers: 3,
          answered: 4,
          converted: 2,
          conversionRate: 50,
          revenueCents: 4000,
          payoutCents: 2000,
          profitCents: 2000,
          avgDurationSeconds: 88, // 350 / 4 = 87.5
          auctions: 1,
          bids: 2,
          wins: 1,
          avgBidCents: 600,
        }),
      },
      {
        key: y.campaign.id,
        label: 'Campaign Y',
        ...figures({
          calls: 2,
          uniqueCallers: 2,
          answered: 1,
          converted: 1,
          conversionRate: 50,
          revenueCents: 1500,
          payoutCents: 700,
          profitCents: 800,
          avgDurationSeconds: 61,
        }),
      },
    ]);
    const byState = await report(`${NY}&groupBy=state`);
    expect(byState.rows.map((r) => [r.key, r.label, r.calls])).toEqual([
      ['NY', 'NY', 3],
      [null, '(none)', 1],
      ['CA', 'CA', 1],
      ['TX', 'TX', 1],
    ]);
    const byUtm = await report(`${NY}&groupBy=utmSource&utmSource=GOOGLE`);
    const withoutUnique = await report(
      `${NY.replace('uniqueCallers=true', 'uniqueCallers=false')}&groupBy=state`,
    );
    expect(withoutUnique.totals.uniqueCallers).toBeNull();
    expect(withoutUnique.rows.map((r) => r.calls)).toEqual(byState.rows.map((r) => r.calls));
    expect(byUtm.rows.map((r) => [r.key, r.calls, r.uniqueCallers, r.revenueCents])).toEqual([
      ['google', 2, 2, 2000],
    ]);
  });

  it('answers filters on two dimensions straight from the calls, with the same figures', async () => {
    const filtered = await report(`${NY}&groupBy=day&campaignId=${x.campaign.id}&state=ny`);
    expect(filtered.rows.map((r) => [r.key, r.calls, r.uniqueCallers, r.revenueCents, r.bids])).toEqual([
      ['2026-10-31', 1, 1, 2000, 2],
      ['2026-11-01', 2, 2, 0, 0],
      ['2026-11-02', 0, 0, 0, 0],
    ]);
    const oneFilter = await report(`${NY}&groupBy=buyer&campaignId=${x.campaign.id}`);
    expect(oneFilter.rows.map((r) => [r.key, r.calls, r.converted])).toEqual([[x.buyer.id, 4, 2]]);
  });

  it('uses local days in a half-hour timezone too', async () => {
    const india = await report('from=2026-11-04&to=2026-11-05&timezone=Asia%2FKolkata&groupBy=day');
    expect(india.rows.map((r) => [r.key, r.calls])).toEqual([
      ['2026-11-04', 1],
      ['2026-11-05', 1],
    ]);
    const ny = await report('from=2026-11-04&to=2026-11-05&timezone=America%2FNew_York&groupBy=day');
    expect(ny.rows.map((r) => [r.key, r.calls])).toEqual([
      ['2026-11-04', 2],
      ['2026-11-05', 0],
    ]);
  });

  it('reports one campaign by day', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/stats/campaign/${y.campaign.id}?${NY}`,
      headers: owner.headers,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.campaignName).toBe('Campaign Y');
    expect(body.totals.calls).toBe(2);
    expect(body.days.map((d: { key: string; calls: number }) => [d.key, d.calls])).toEqual([
      ['2026-10-31', 0],
      ['2026-11-01', 2],
      ['2026-11-02', 0],
    ]);
  });

  it('rejects a bad timezone or range by field', async () => {
    for (const [query, field] of [
      ['from=2026-11-01&to=2026-11-02&timezone=Mars%2FOlympus', 'timezone'],
      ['from=2026-11-02&to=2026-10-01', 'to'],
      ['from=2026-01-01&to=2026-12-01&groupBy=hour', 'groupBy'],
    ]) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/stats/historical?${query}`,
        headers: owner.headers,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
  });

  it('says a missing or malformed date in plain words', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/stats/historical?to=yesterday',
      headers: owner.headers,
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.details.fields as { field: string; message: string }[];
    expect(fields).toEqual(
      expect.arrayContaining([
        { field: 'from', message: 'Required' },
        { field: 'to', message: 'A day (YYYY-MM-DD) or a date-time with its offset (ISO 8601)' },
      ]),
    );
  });
});
