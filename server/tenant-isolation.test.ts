import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Auth, createApiKeyAuth, signUp } from '../test/factories';
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
