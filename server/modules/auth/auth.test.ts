import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieFrom, signUp, uniqueEmail } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('auth', () => {
  it('registers an owner, signs in with a session cookie and reports the user', async () => {
    const email = uniqueEmail();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { company: 'Acme', email: email.toUpperCase(), password: 'password123' },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.user).toMatchObject({ email, role: 'owner' });
    expect(body.account).toMatchObject({ name: 'Acme' });
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Secure/i); // PUBLIC_URL is https in tests

    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/user',
      headers: { cookie: cookieFrom(response) },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(body.user.id);
    expect(me.json().user).not.toHaveProperty('passwordHash');
  });

  it('rejects short passwords naming the field, and taken emails with 409', async () => {
    const short = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { company: 'Acme', email: uniqueEmail(), password: 'short' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.code).toBe('VALIDATION_ERROR');
    expect(short.json().error.details.fields[0].field).toBe('password');

    const owner = await signUp(t.app);
    const taken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { company: 'Other', email: owner.user.email, password: 'password123' },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('CONFLICT');
  });

  it('answers malformed bodies with 400 JSON errors, never 500', async () => {
    for (const payload of ['{not json', '[]', '"text"', 'null']) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(response.statusCode, payload).toBe(400);
      expect(response.json().error.code).toMatch(/BAD_REQUEST|VALIDATION_ERROR/);
    }
  });

  it('logs in, rejects wrong passwords with 401 and logs out for good', async () => {
    const owner = await signUp(t.app);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: owner.user.email, password: 'not-the-password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('UNAUTHORIZED');

    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: owner.user.email, password: owner.password },
    });
    expect(login.statusCode).toBe(200);
    const cookie = cookieFrom(login);
    const logout = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(logout.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/user', headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('throttles repeated failed logins for an email', async () => {
    const owner = await signUp(t.app);
    const attempt = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: owner.user.email, password },
      });
    for (let i = 0; i < 5; i++) expect((await attempt('wrong-password')).statusCode).toBe(401);
    const blocked = await attempt(owner.password);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('RATE_LIMITED');
  });

  it('refuses cross-site cookie writes but allows same-origin ones', async () => {
    const owner = await signUp(t.app);
    const crossSite = await t.app.inject({
      method: 'POST',
      url: '/api/api-keys',
      headers: { ...owner.headers, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      payload: { name: 'stolen' },
    });
    expect(crossSite.statusCode).toBe(403);
    const sameOrigin = await t.app.inject({
      method: 'POST',
      url: '/api/api-keys',
      headers: { ...owner.headers, origin: 'https://calls.test.example', 'sec-fetch-site': 'same-origin' },
      payload: { name: 'mine' },
    });
    expect(sameOrigin.statusCode).toBe(201);
  });

  it('requires a session or API key on the app API', async () => {
    for (const url of ['/api/users', '/api/api-keys', '/api/account']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(401);
      expect(response.json().error.code).toBe('UNAUTHORIZED');
    }
    const bogusKey = await t.app.inject({
      method: 'GET',
      url: '/api/users',
      headers: { authorization: 'Bearer ccp_notarealkey' },
    });
    expect(bogusKey.statusCode).toBe(401);
  });

  it('refuses a forged cross-site sign-in, and form-encoded bodies outside the webhooks', async () => {
    const owner = await signUp(t.app);
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      payload: { email: owner.user.email, password: owner.password },
    });
    expect(forged.statusCode).toBe(403);
    const form = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `email=${encodeURIComponent(owner.user.email)}&password=${owner.password}`,
    });
    expect(form.statusCode).toBe(415);
  });
});
