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
  const body = {
    company: 'Acme Calls',
    email: uniqueEmail(),
    password: 'correct-horse-battery',
    ...overrides,
  };
  const response = await app.inject({ method: 'POST', url: '/api/auth/register', payload: body });
  if (response.statusCode !== 201) throw new Error(`sign-up failed ${response.statusCode}: ${response.body}`);
  return {
    ...(response.json() as SessionInfo),
    password: body.password,
    headers: { cookie: cookieFrom(response) },
  };
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

let numberSequence = 0;
/** A unique, valid US number per call in this process (555-01xx style numbers are fictional). */
export function uniquePhone(): string {
  numberSequence += 1;
  const suffix = String((process.pid * 7919 + numberSequence) % 10_000).padStart(4, '0');
  const exchange = 200 + ((Math.floor(process.pid / 10) + numberSequence) % 700);
  return `+1415${exchange}${suffix}`;
}

async function post(app: FastifyInstance, auth: Auth, url: string, payload: Record<string, unknown>) {
  const response = await app.inject({ method: 'POST', url, headers: auth.headers, payload });
  if (response.statusCode !== 201) throw new Error(`${url} failed ${response.statusCode}: ${response.body}`);
  return response.json();
}

export const createBuyer = (app: FastifyInstance, auth: Auth, overrides: Record<string, unknown> = {}) =>
  post(app, auth, '/api/buyers', { name: 'Acme Insurance', ...overrides });

export async function createTarget(
  app: FastifyInstance,
  auth: Auth,
  overrides: Record<string, unknown> = {},
) {
  const buyerId = overrides.buyerId ?? (await createBuyer(app, auth)).id;
  return post(app, auth, '/api/targets', {
    name: 'Acme call center',
    destination: uniquePhone(),
    revenueCents: 2500,
    conversionSeconds: 60,
    ...overrides,
    buyerId,
  });
}

export const createNumber = (app: FastifyInstance, auth: Auth, overrides: Record<string, unknown> = {}) =>
  post(app, auth, '/api/numbers', { phoneNumber: uniquePhone(), name: 'Main line', ...overrides });

/**
 * An active campaign with a tracking number and the given targets in its plan
 * (each entry: target overrides plus optional priority/weight).
 */
export async function createLiveCampaign(
  app: FastifyInstance,
  auth: Auth,
  options: {
    targets?: (Record<string, unknown> & { priority?: number; weight?: number })[];
    campaign?: Record<string, unknown>;
  } = {},
) {
  const buyer = await createBuyer(app, auth);
  const targets = [];
  for (const { priority: _p, weight: _w, ...overrides } of options.targets ?? [{}]) {
    targets.push(await createTarget(app, auth, { buyerId: buyer.id, ...overrides }));
  }
  const routing = targets.map((target, index) => ({
    targetId: target.id,
    priority: options.targets?.[index]?.priority ?? 1,
    weight: options.targets?.[index]?.weight ?? 50,
  }));
  const campaign = await post(app, auth, '/api/campaigns', {
    name: 'Auto insurance',
    payoutCents: 1000,
    routing,
    ...options.campaign,
  });
  const number = await createNumber(app, auth, { campaignId: campaign.id });
  const activated = await app.inject({
    method: 'PATCH',
    url: `/api/campaigns/${campaign.id}`,
    headers: auth.headers,
    payload: { status: 'active' },
  });
  if (activated.statusCode !== 200) throw new Error(`activation failed: ${activated.body}`);
  return { buyer, targets, campaign: activated.json(), number };
}

/** A pool of `size` new numbers for a new live campaign, and a tracking tag on it. */
export async function createDniSetup(
  app: FastifyInstance,
  auth: Auth,
  options: { size?: number; pool?: Record<string, unknown> } = {},
) {
  const live = await createLiveCampaign(app, auth);
  const numbers = [];
  for (let i = 0; i < (options.size ?? 3); i++) numbers.push(await createNumber(app, auth));
  const pool = await post(app, auth, '/api/pools', {
    name: `Pool ${uniquePhone()}`,
    campaignId: live.campaign.id,
    numbers: numbers.map((n) => n.id),
    ...options.pool,
  });
  const tag = await post(app, auth, '/api/tracking-tags', {
    name: 'Website',
    poolId: pool.id,
    defaultNumber: '+14155550100',
  });
  return { ...live, pool, tag, poolNumbers: numbers };
}
