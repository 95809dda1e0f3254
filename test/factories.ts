import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { SessionInfo } from '../contracts/auth';

export const uniqueEmail = (label = 'user') => `${label}-${randomBytes(5).toString('hex')}@example.test`;

/** Headers that authenticate as someone: a session cookie or an API key. */
export type Auth = { headers: Record<string, string> };

export function cookieFrom(response: LightMyRequestResponse): string {
  const setCookie = response.headers['set-cookie'];
  const cookies = Array.isArray(setCookie) ? setCookie : [setCookie ?? ''];
  const session = cookies.find((c) => c.startsWith('ccp_session='));
  if (!session) throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return session.split(';')[0];
}

export async function signUp(
  app: FastifyInstance,
  overrides: Partial<{ company: string; email: string; password: string }> = {},
): Promise<Auth & SessionInfo & { password: string }> {
  const body = { company: 'Acme Calls', email: uniqueEmail(), password: 'correct-horse-battery', ...overrides };
  const response = await app.inject({ method: 'POST', url: '/api/auth/register', payload: body });
  if (response.statusCode !== 201) throw new Error(`sign-up failed ${response.statusCode}: ${response.body}`);
  return { ...(response.json() as SessionInfo), password: body.password, headers: { cookie: cookieFrom(response) } };
}

export async function createApiKeyAuth(app: FastifyInstance, owner: Auth): Promise<Auth & { id: string }> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/api-keys',
    headers: owner.headers,
    payload: { name: 'test key' },
  });
  if (response.statusCode !== 201) throw new Error(`api key failed ${response.statusCode}: ${response.body}`);
  const { id, key } = response.json() as { id: string; key: string };
  return { id, headers: { authorization: `Bearer ${key}` } };
}

export async function addUser(
  app: FastifyInstance,
  owner: Auth,
  role: 'owner' | 'manager' | 'viewer',
): Promise<Auth & { id: string }> {
  const email = uniqueEmail(role);
  const password = 'another-good-password';
  const created = await app.inject({
    method: 'POST',
    url: '/api/users',
    headers: owner.headers,
    payload: { email, password, role },
  });
  if (created.statusCode !== 201) throw new Error(`add user failed ${created.statusCode}: ${created.body}`);
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  return { id: created.json().id, headers: { cookie: cookieFrom(login) } };
}
