import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, cookieFrom, createApiKeyAuth, signUp, uniqueEmail } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('account users and roles', () => {
  it('lets an owner add users, change roles and remove them', async () => {
    const owner = await signUp(t.app);
    const email = uniqueEmail('manager');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: owner.headers,
      payload: { email, password: 'password123', role: 'manager', name: 'Mia' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ email, role: 'manager', name: 'Mia' });

    const list = await t.app.inject({ method: 'GET', url: '/api/users', headers: owner.headers });
    expect(list.json().items.map((u: { email: string }) => u.email)).toEqual([owner.user.email, email]);

    const changed = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${created.json().id}`,
      headers: owner.headers,
      payload: { role: 'viewer' },
    });
    expect(changed.json().role).toBe('viewer');

    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/users/${created.json().id}`,
      headers: owner.headers,
    });
    expect(removed.statusCode).toBe(204);
  });

  it('rejects a bad role naming the field, and keeps the last owner', async () => {
    const owner = await signUp(t.app);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: owner.headers,
      payload: { email: uniqueEmail(), password: 'password123', role: 'admin' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields.map((f: { field: string }) => f.field)).toContain('role');

    const demote = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${owner.user.id}`,
      headers: owner.headers,
      payload: { role: 'manager' },
    });
    expect(demote.statusCode).toBe(409);
  });

  it('lets viewers read but never change anything', async () => {
    const owner = await signUp(t.app);
    const viewer = await addUser(t.app, owner, 'viewer');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/users', headers: viewer.headers })).statusCode,
    ).toBe(200);
    const writes = [
      { method: 'POST' as const, url: '/api/api-keys', payload: { name: 'x' } },
      { method: 'PATCH' as const, url: '/api/account', payload: { name: 'Renamed' } },
      {
        method: 'POST' as const,
        url: '/api/users',
        payload: { email: uniqueEmail(), password: 'password123', role: 'viewer' },
      },
    ];
    for (const write of writes) {
      const response = await t.app.inject({ ...write, headers: viewer.headers });
      expect(response.statusCode, write.url).toBe(403);
      expect(response.json().error.code).toBe('FORBIDDEN');
    }
  });

  it('keeps user management to owners; managers and API keys cannot add users', async () => {
    const owner = await signUp(t.app);
    const manager = await addUser(t.app, owner, 'manager');
    const key = await createApiKeyAuth(t.app, owner);
    for (const auth of [manager, key]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: auth.headers,
        payload: { email: uniqueEmail(), password: 'password123', role: 'owner' },
      });
      expect(response.statusCode).toBe(403);
    }
  });

  it('renames the account (owners only)', async () => {
    const owner = await signUp(t.app);
    const renamed = await t.app.inject({
      method: 'PATCH',
      url: '/api/account',
      headers: owner.headers,
      payload: { name: 'Renamed Co' },
    });
    expect(renamed.json().name).toBe('Renamed Co');
    const blank = await t.app.inject({
      method: 'PATCH',
      url: '/api/account',
      headers: owner.headers,
      payload: { name: '' },
    });
    expect(blank.statusCode).toBe(400);
  });
});

describe('passwords', () => {
  it('lets a user change their own password, ending their other sessions', async () => {
    const owner = await signUp(t.app);
    const otherLogin = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: owner.user.email, password: owner.password },
    });
    const other = { cookie: cookieFrom(otherLogin) };
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: owner.headers,
      payload: { currentPassword: 'nope', newPassword: 'brand-new-password' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details.fields[0].field).toBe('currentPassword');
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: owner.headers,
      payload: { currentPassword: owner.password, newPassword: 'brand-new-password' },
    });
    expect(changed.statusCode).toBe(204);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/user', headers: owner.headers })).statusCode,
    ).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/user', headers: other })).statusCode).toBe(
      401,
    );
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: owner.user.email, password: 'brand-new-password' },
    });
    expect(login.statusCode).toBe(200);
  });

  it('lets an owner reset a user’s password, signing them out', async () => {
    const owner = await signUp(t.app);
    const manager = await addUser(t.app, owner, 'manager');
    const reset = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${manager.id}`,
      headers: owner.headers,
      payload: { password: 'reset-by-owner-123' },
    });
    expect(reset.statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/users', headers: manager.headers })).statusCode,
    ).toBe(401);
  });
});
