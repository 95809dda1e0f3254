import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('API keys', () => {
  it('shows a new key once, lists it by prefix, authenticates with it, and revokes it', async () => {
    const owner = await signUp(t.app);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/api-keys',
      headers: owner.headers,
      payload: { name: 'Zapier' },
    });
    expect(created.statusCode).toBe(201);
    const { id, key, prefix } = created.json();
    expect(key).toMatch(/^ccp_[0-9A-Za-z]{40}$/);
    expect(key.startsWith(prefix)).toBe(true);

    const list = await t.app.inject({ method: 'GET', url: '/api/api-keys', headers: owner.headers });
    expect(list.json().items).toEqual([expect.objectContaining({ id, name: 'Zapier', prefix })]);
    expect(JSON.stringify(list.json())).not.toContain(key);

    const withKey = await t.app.inject({
      method: 'GET',
      url: '/api/account',
      headers: { authorization: `Bearer ${key}` },
    });
    expect(withKey.statusCode).toBe(200);
    expect(withKey.json().id).toBe(owner.account.id);

    const used = await t.app.inject({ method: 'GET', url: '/api/api-keys', headers: owner.headers });
    expect(used.json().items[0].lastUsedAt).not.toBeNull();

    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/api-keys/${id}`, headers: owner.headers }))
        .statusCode,
    ).toBe(204);
    const revoked = await t.app.inject({
      method: 'GET',
      url: '/api/account',
      headers: { authorization: `Bearer ${key}` },
    });
    expect(revoked.statusCode).toBe(401);
  });

  it('requires a name', async () => {
    const owner = await signUp(t.app);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/api-keys',
      headers: owner.headers,
      payload: {},
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields[0].field).toBe('name');
  });

  it('answers 404 for unknown ids', async () => {
    const owner = await signUp(t.app);
    const response = await t.app.inject({
      method: 'DELETE',
      url: '/api/api-keys/key_nope',
      headers: owner.headers,
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('NOT_FOUND');
  });

  it('does not let an API key mint or revoke API keys', async () => {
    const owner = await signUp(t.app);
    const key = (
      await t.app.inject({
        method: 'POST',
        url: '/api/api-keys',
        headers: owner.headers,
        payload: { name: 'CI' },
      })
    ).json();
    const auth = { authorization: `Bearer ${key.key}` };
    const minted = await t.app.inject({
      method: 'POST',
      url: '/api/api-keys',
      headers: auth,
      payload: { name: 'spare' },
    });
    expect(minted.statusCode).toBe(403);
    const revoked = await t.app.inject({ method: 'DELETE', url: `/api/api-keys/${key.id}`, headers: auth });
    expect(revoked.statusCode).toBe(403);
  });
});
