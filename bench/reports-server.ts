import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/db/client';
import { markAllHoursDirty, refreshDirtyHours } from '../server/modules/reports/rollup';
import { adminQuery, databaseUrlFor } from '../test/postgres-admin';

/**
 * A real server process holding CALLS calls over 90 days (5 campaigns, 10 targets, 5 publishers,
 * 20 numbers, 20 states, 300,000 callers; every 20th call auctioned to 3 RTB bidders), bulk
 * inserted with generate_series, then its report rollups built as after a restore.
 */
const CALLS = Number(process.env.REPORTS_BENCH_CALLS ?? 1_000_000);
const dataDir = mkdtempSync(path.join(tmpdir(), 'ccp-bench-reports-'));
// On PostgreSQL the million calls go to a database of their own, dropped when the bench ends.
const serverUrl = process.env.DATABASE_URL;
const benchDatabase = `ccp_bench_reports_${Date.now()}`;
if (serverUrl) await adminQuery(serverUrl, `create database ${benchDatabase}`);
const config = loadConfig({
  ...process.env,
  ...(serverUrl ? { DATABASE_URL: databaseUrlFor(serverUrl, benchDatabase) } : {}),
  DATA_DIR: dataDir,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  RATE_LIMIT_PER_MINUTE: '1000000',
});
const database = await openDatabase(config);
await database.migrate();
const app = await buildApp({ db: database.db, databaseDriver: database.driver, config });
const db = database.db;

async function api(url: string, payload: object, cookie?: string) {
  const response = await app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });
  if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return { body: response.json(), cookie: String(response.headers['set-cookie'] ?? '').split(';')[0] };
}

const registered = await api('/api/auth/register', {
  company: 'Bench',
  email: `bench-${Date.now()}@example.test`,
  password: 'bench-password',
});
const { cookie } = registered;
const accountId: string = registered.body.account.id;
const buyer = (await api('/api/buyers', { name: 'Bench buyer' }, cookie)).body;
const targets = [];
for (let i = 0; i < 10; i++)
  targets.push(
    (
      await api(
        '/api/targets',
        { buyerId: buyer.id, name: `Target ${i + 1}`, destination: `+1415555${1000 + i}` },
        cookie,
      )
    ).body,
  );
const campaigns = [];
for (let i = 0; i < 5; i++)
  campaigns.push((await api('/api/campaigns', { name: `Campaign ${i + 1}` }, cookie)).body);
const numbers = [];
for (let i = 0; i < 20; i++)
  numbers.push(
    (
      await api(
        '/api/numbers',
        { phoneNumber: `+1800555${1000 + i}`, campaignId: campaigns[i % 5].id },
        cookie,
      )
    ).body,
  );
const bidders = [];
for (let i = 0; i < 3; i++)
  bidders.push(
    (
      await api(
        '/api/rtb/targets',
        { name: `Bidder ${i + 1}`, endpointUrl: `https://bidder${i}.example.com/bid` },
        cookie,
      )
    ).body,
  );
await db.execute(sql`
  insert into publishers (id, account_id, name)
  select 'pub_bench' || n, ${accountId}, 'Publisher ' || n from generate_series(1, 5) n`);

const textArray = (values: string[]) => sql`${`{${values.join(',')}}`}::text[]`;
const seedStarted = performance.now();
await db.execute(sql`
  insert into calls (id, account_id, call_sid, campaign_id, number_id, target_id, buyer_id, publisher_id,
    from_number, to_number, from_state, status, outcome, started_at, answered_at, ended_at, duration_seconds,
    connected_seconds, converted, revenue_cents, payout_cents, utm_source)
  select 'call_bench' || n, ${accountId}, 'CAbench' || n,
    (${textArray(campaigns.map((c) => c.id))})[n % 5 + 1],
    (${textArray(numbers.map((c) => c.id))})[n % 20 + 1],
    (${textArray(targets.map((c) => c.id))})[n % 10 + 1],
    ${buyer.id}, 'pub_bench' || (n % 5 + 1),
    '+1212' || lpad(((n::bigint * 7919) % 300000)::text, 7, '0'), '+18005551000',
    (array['NY','CA','TX','FL','IL','PA','OH','GA','NC','MI','NJ','VA','WA','AZ','MA','TN','IN','MO','MD','WI'])[n % 20 + 1],
    case when n % 10 < 7 then 'completed' else 'no-answer' end, 'routed',
    now() - (n * interval '90 days' / ${CALLS}),
    case when n % 10 < 7 then now() - (n * interval '90 days' / ${CALLS}) + interval '5 seconds' end,
    now() - (n * interval '90 days' / ${CALLS}) + interval '3 minutes',
    case when n % 10 < 7 then 30 + n % 600 end,
    case when n % 10 < 7 then 20 + n % 580 end,
    n % 10 < 3, case when n % 10 < 3 then 2500 else 0 end, case when n % 10 < 3 then 1000 else 0 end,
    (array['google','facebook','bing',null])[n % 4 + 1]
  from generate_series(1, ${CALLS}) n`);
await db.execute(sql`
  insert into rtb_bid_requests (id, account_id, call_id, rtb_target_id, request, sent, latency_ms, amount_cents,
    valid, rank, reason, created_at)
  select 'bid_bench' || n || '_' || b, ${accountId}, 'call_bench' || n, (${textArray(bidders.map((b) => b.id))})[b],
    '{"url":"http://127.0.0.1:9/bid","method":"POST","body":null}', true, 20 + (n + b * 37) % 400,
    case when b < 3 then 500 + ((n::bigint * b) % 1500) end, b < 3, case when b < 3 then b end,
    case when b = 3 then 'timeout' end,
    now() - (n * interval '90 days' / ${CALLS}) + interval '1 second'
  from generate_series(20, ${CALLS}, 20) n cross join generate_series(1, 3) b`);
const seedSeconds = (performance.now() - seedStarted) / 1000;

const rollupStarted = performance.now();
await markAllHoursDirty(db, accountId);
const hours = await refreshDirtyHours(db);
const rollupSeconds = (performance.now() - rollupStarted) / 1000;
await db.execute(sql`vacuum analyze`);

await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
console.log(
  `READY ${JSON.stringify({
    port: typeof address === 'object' && address ? address.port : 0,
    cookie,
    campaignId: campaigns[0].id,
    driver: database.driver,
    calls: CALLS,
    seedSeconds,
    rollupSeconds,
    hours,
  })}`,
);
process.once('SIGTERM', async () => {
  await app.close();
  await database.close();
  if (serverUrl) await adminQuery(serverUrl, `drop database ${benchDatabase}`);
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
