import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/db/client';

/**
 * A real server process for the benchmarks, seeded through the API: a campaign of 20 targets that
 * all have caps and schedules (the expensive case for the routing engine), and a DNI pool of 200
 * numbers with a tracking tag.
 */
const dataDir = mkdtempSync(path.join(tmpdir(), 'ccp-bench-'));
const config = loadConfig({
  ...process.env,
  DATA_DIR: dataDir,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  RATE_LIMIT_PER_MINUTE: '1000000',
  DNI_RATE_LIMIT_PER_MINUTE: '100000000',
});
const database = await openDatabase(config);
await database.migrate();
const app = await buildApp({ db: database.db, databaseDriver: database.driver, config });

async function api(method: 'POST' | 'PATCH', url: string, payload: object, cookie?: string) {
  const response = await app.inject({ method, url, payload, headers: cookie ? { cookie } : {} });
  if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return { body: response.json(), cookie: String(response.headers['set-cookie'] ?? '').split(';')[0] };
}

const { cookie } = await api('POST', '/api/auth/register', {
  company: 'Bench',
  email: `bench-${Date.now()}@example.test`,
  password: 'bench-password',
});
const buyer = (await api('POST', '/api/buyers', { name: 'Bench buyer' }, cookie)).body;
const allWeek = { open: '00:00', close: '24:00' };
const schedule = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [allWeek]]),
);
const routing = [];
for (let i = 0; i < 20; i++) {
  const target = (
    await api(
      'POST',
      '/api/targets',
      {
        buyerId: buyer.id,
        name: `Target ${i + 1}`,
        destination: `+1415555${String(1000 + i)}`,
        timezone: i % 2 ? 'America/Los_Angeles' : 'America/New_York',
        schedule,
        caps: { concurrency: 1_000_000, hourly: 1_000_000, daily: 1_000_000, monthly: 10_000_000 },
        revenueCents: 2000,
      },
      cookie,
    )
  ).body;
  routing.push({ targetId: target.id, priority: 1 + (i % 3), weight: 10 + i });
}
const campaign = (await api('POST', '/api/campaigns', { name: 'Bench campaign', routing }, cookie)).body;
const number = (
  await api('POST', '/api/numbers', { phoneNumber: '+18005550100', campaignId: campaign.id }, cookie)
).body;
await api('PATCH', `/api/campaigns/${campaign.id}`, { status: 'active' }, cookie);

const csv = Array.from({ length: 200 }, (_, i) => `+1646555${String(1000 + i)}`).join('\n');
const pooled = (await api('POST', '/api/numbers/import', { csv }, cookie)).body.imported;
const pool = (
  await api(
    'POST',
    '/api/pools',
    { name: 'Bench pool', campaignId: campaign.id, numbers: pooled.map((n: { id: string }) => n.id) },
    cookie,
  )
).body;
const tag = (
  await api(
    'POST',
    '/api/tracking-tags',
    { name: 'Bench site', poolId: pool.id, defaultNumber: '+14155550100' },
    cookie,
  )
).body;

await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
console.log(
  `READY ${JSON.stringify({
    port: typeof address === 'object' && address ? address.port : 0,
    to: number.phoneNumber,
    tagCode: tag.code,
    authToken: config.twilio.authToken,
    publicUrl: config.publicUrl,
    driver: database.driver,
  })}`,
);
process.once('SIGTERM', async () => {
  await app.close();
  await database.close();
  process.exit(0);
});
