import type { FastifyInstance } from 'fastify';
import { createAgent, createAgentGroup } from './agent-factories';
import {
  type Auth,
  createBuyer,
  createDniSetup,
  createLiveCampaign,
  createNumber,
  createTarget,
  uniqueEmail,
  uniquePhone,
} from './factories';

/**
 * Every tenant-owned resource the API exposes, described once. The tenant-isolation test walks
 * this list; a new endpoint joins the wall by adding its probe here.
 */
export type TenantProbe = {
  name: string;
  /** Collection path: GET lists `{ items }`. */
  path: string;
  create(app: FastifyInstance, auth: Auth): Promise<string>;
  /** Which item operations the resource has at `${path}/:id`. */
  read?: boolean;
  update?: { method: 'PATCH' | 'PUT'; payload: Record<string, unknown> };
  remove?: boolean;
  /** Extra item sub-paths (GET) that must also be walled, e.g. `/routing`. */
  subPaths?: string[];
  /** Other GET URLs (reports, exports) whose body shows the object to its owner and never to others. */
  views?: (id: string) => string[];
};

async function created(app: FastifyInstance, auth: Auth, url: string, payload: Record<string, unknown>) {
  const response = await app.inject({ method: 'POST', url, headers: auth.headers, payload });
  if (response.statusCode !== 201)
    throw new Error(`${url} create failed ${response.statusCode}: ${response.body}`);
  return response.json().id as string;
}

export const tenantProbes: TenantProbe[] = [
  {
    name: 'users',
    path: '/api/users',
    create: (app, auth) =>
      created(app, auth, '/api/users', { email: uniqueEmail(), password: 'password123', role: 'viewer' }),
    update: { method: 'PATCH', payload: { name: 'Hijacked' } },
    remove: true,
  },
  {
    name: 'api keys',
    path: '/api/api-keys',
    create: (app, auth) => created(app, auth, '/api/api-keys', { name: 'probe' }),
    remove: true,
  },
  {
    name: 'buyers',
    path: '/api/buyers',
    create: async (app, auth) => (await createBuyer(app, auth)).id,
    read: true,
    update: { method: 'PATCH', payload: { name: 'Hijacked' } },
    remove: true,
  },
  {
    name: 'targets',
    path: '/api/targets',
    create: async (app, auth) => (await createTarget(app, auth)).id,
    read: true,
    update: { method: 'PATCH', payload: { name: 'Hijacked' } },
    remove: true,
  },
  {
    name: 'campaigns',
    path: '/api/campaigns',
    create: async (app, auth) => (await createLiveCampaign(app, auth)).campaign.id,
    read: true,
    subPaths: ['/routing'],
    views: (id) => [`/api/stats/campaign/${id}?from=2026-01-01&to=2026-01-02`],
    update: { method: 'PATCH', payload: { name: 'Hijacked' } },
    remove: true,
  },
  {
    name: 'campaign routing plans',
    path: '/api/campaigns',
    create: async (app, auth) => (await createLiveCampaign(app, auth)).campaign.id,
    update: { method: 'PUT', payload: { routing: [] } },
  },
  {
    name: 'tracking numbers',
    path: '/api/numbers',
    create: async (app, auth) => (await createNumber(app, auth)).id,
    read: true,
    update: { method: 'PATCH', payload: { name: 'Hijacked' } },
    remove: true,
  },
  {
    name: 'calls',
    path: '/api/calls',
    create: async (app, auth) => {
      const { number } = await createLiveCampaign(app, auth);
      const response = await app.inject({
        method: 'POST',
        url: '/api/simulator/calls',
        headers: auth.headers,
        payload: { to: number.phoneNumber, from: uniquePhone() },
      });
      return response.json().callId;
    },
    read: true,
    views: () => ['/api/exports/calls.csv'],
  },
  {
    name: 'pools',
    path: '/api/pools',
    create: async (app, auth) => (await createDniSetup(app, auth)).pool.id,
    read: true,
    subPaths: ['/stats'],
    update: { method: 'PATCH', payload: { name: 'Hijacked' } },
    remove: true,
  },
  {
    name: 'tracking tags',
    path: '/api/tracking-tags',
    create: async (app, auth) => (await createDniSetup(app, auth)).tag.id,
    read: true,
    update: { method: 'PATCH', payload: { name: 'Hijacked' } },
    remove: true,
  },
  {
    name: 'RTB targets',
    path: '/api/rtb/targets',
    create: (app, auth) =>
      created(app, auth, '/api/rtb/targets', { name: 'Bidder', endpointUrl: 'http://127.0.0.1:9/bid' }),
    read: true,
    update: { method: 'PATCH', payload: { name: 'Hijacked' } },
    remove: true,
  },
  {
    name: 'help-assistant conversations',
    path: '/api/assistant/conversations',
    create: async (app, auth) => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/assistant/ask',
        headers: auth.headers,
        payload: { question: 'How do caps work?' },
      });
      if (response.statusCode !== 200) throw new Error(`ask failed ${response.statusCode}: ${response.body}`);
      return response.json().conversationId as string;
    },
    read: true,
    remove: true,
  },
  {
    name: 'RTB routers',
    path: '/api/rtb/routers',
    create: (app, auth) => created(app, auth, '/api/rtb/routers', { name: 'Ring tree' }),
    read: true,
    update: { method: 'PATCH', payload: { name: 'Hijacked' } },
    remove: true,
  },
  {
    name: 'pixels',
    path: '/api/pixels',
    create: (app, auth) =>
      created(app, auth, '/api/pixels', {
        name: 'Tracker',
        events: ['incoming'],
        url: 'http://127.0.0.1:9/hit',
      }),
    read: true,
    update: { method: 'PATCH', payload: { name: 'Hijacked' } },
    remove: true,
  },
  {
    name: 'publishers',
    path: '/api/publishers',
    create: (app, auth) => created(app, auth, '/api/publishers', { name: 'Lead Co' }),
    read: true,
    subPaths: ['/payout-rules', '/sources', '/calls', '/summary'],
    update: { method: 'PATCH', payload: { name: 'Hijacked' } },
    remove: true,
  },
  {
    name: 'pixel deliveries',
    path: '/api/pixel-deliveries',
    create: async (app, auth) => {
      const pixelId = await created(app, auth, '/api/pixels', {
        name: 'Tracker',
        events: ['incoming'],
        url: 'http://127.0.0.1:9/hit',
      });
      const test = await app.inject({
        method: 'POST',
        url: `/api/pixels/${pixelId}/test`,
        headers: auth.headers,
      });
      return test.json().id;
    },
  },
  {
    name: 'campaign inbound RTB settings and pings',
    path: '/api/campaigns',
    create: async (app, auth) => (await createLiveCampaign(app, auth)).campaign.id,
    subPaths: ['/inbound-rtb', '/inbound-pings'],
  },
  {
    name: 'agents',
    path: '/api/agents',
    create: async (app, auth) => (await createAgent(app, auth)).id,
    read: true,
    update: { method: 'PATCH', payload: { status: 'offline' } },
    remove: true,
  },
  {
    name: 'agent groups',
    path: '/api/agent-groups',
    create: async (app, auth) => (await createAgentGroup(app, auth)).id,
    read: true,
    update: { method: 'PATCH', payload: { name: 'Hijacked' } },
    remove: true,
  },
  {
    // POST actions (publish, duplicate, test calls) are walled in server/modules/flows/flows-api.test.ts.
    name: 'call flows',
    path: '/api/flows',
    create: (app, auth) => created(app, auth, '/api/flows', { name: 'IVR' }),
    read: true,
    subPaths: ['/versions', '/analytics'],
    update: { method: 'PATCH', payload: { name: 'Hijacked' } },
    remove: true,
  },
  {
    name: 'saved report views',
    path: '/api/report-views',
    create: (app, auth) =>
      created(app, auth, '/api/report-views', {
        name: 'Weekly by campaign',
        params: { groupBy: 'campaign' },
      }),
    remove: true,
  },
];
