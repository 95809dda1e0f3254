import type { FastifyInstance } from 'fastify';
import { type Auth, createNumber, uniquePhone } from './factories';

async function post(app: FastifyInstance, auth: Auth, url: string, payload: Record<string, unknown>) {
  const response = await app.inject({ method: 'POST', url, headers: auth.headers, payload });
  if (response.statusCode !== 201) throw new Error(`${url} failed ${response.statusCode}: ${response.body}`);
  return response.json();
}

export const createAgent = (app: FastifyInstance, auth: Auth, overrides: Record<string, unknown> = {}) =>
  post(app, auth, '/api/agents', {
    name: 'Ana Agent',
    destination: uniquePhone(),
    status: 'available',
    ...overrides,
  });

export const createAgentGroup = (app: FastifyInstance, auth: Auth, overrides: Record<string, unknown> = {}) =>
  post(app, auth, '/api/agent-groups', { name: 'Sales floor', ...overrides });

/**
 * A live campaign whose plan is one agent group of the given agents (each entry: agent overrides),
 * with a tracking number.
 */
export async function createAgentCampaign(
  app: FastifyInstance,
  auth: Auth,
  options: { agents?: Record<string, unknown>[]; group?: Record<string, unknown> } = {},
) {
  const agents = [];
  for (const overrides of options.agents ?? [{}]) agents.push(await createAgent(app, auth, overrides));
  const group = await createAgentGroup(app, auth, { agentIds: agents.map((a) => a.id), ...options.group });
  const campaign = await post(app, auth, '/api/campaigns', {
    name: 'Support line',
    routing: [{ agentGroupId: group.id, priority: 1, weight: 50 }],
    fallbackMessage: 'Nobody can take your call.',
  });
  const number = await createNumber(app, auth, { campaignId: campaign.id });
  const activated = await app.inject({
    method: 'PATCH',
    url: `/api/campaigns/${campaign.id}`,
    headers: auth.headers,
    payload: { status: 'active' },
  });
  if (activated.statusCode !== 200) throw new Error(`activation failed: ${activated.body}`);
  return { agents, group, campaign: activated.json(), number };
}
