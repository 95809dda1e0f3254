import type { FastifyPluginAsync } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  Agent,
  AgentGroup,
  AgentView,
  CreateAgentGroupInput,
  CreateAgentInput,
  SetPresenceInput,
  UpdateAgentGroupInput,
  UpdateAgentInput,
  Wallboard,
  WallboardQuery,
} from '../../../contracts/agents';
import { ErrorResponse } from '../../../contracts/common';
import { registerCrudRoutes } from '../../lib/crud-routes';
import { authOf, requireRole } from '../../plugins/auth';
import * as view from './agent-view';
import * as service from './service';

export const agentRoutes: FastifyPluginAsync = async (app) => {
  registerCrudRoutes(app, {
    path: '/agents',
    tag: 'Agents',
    noun: 'agent',
    item: Agent,
    create: CreateAgentInput,
    update: UpdateAgentInput,
    service: {
      list: service.listAgents,
      get: service.getAgent,
      create: service.createAgent,
      update: service.updateAgent,
      remove: service.deleteAgent,
    },
  });
  registerCrudRoutes(app, {
    path: '/agent-groups',
    tag: 'Agents',
    noun: 'agent group',
    item: AgentGroup,
    create: CreateAgentGroupInput,
    update: UpdateAgentGroupInput,
    service: {
      list: service.listGroups,
      get: service.getGroup,
      create: service.createGroup,
      update: service.updateGroup,
      remove: service.deleteGroup,
    },
  });
  await app.register(agentViewRoutes);
};

const tags = ['Agents'];

const agentViewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/agent-view',
    {
      preHandler: requireRole('agent'),
      schema: {
        tags,
        summary: 'The signed-in agent: status, current call, recent calls',
        response: { 200: AgentView, 403: ErrorResponse },
      },
    },
    async (request) => {
      const auth = authOf(request);
      return view.getAgentView(app.db, auth.accountId, auth.userId);
    },
  );

  app.patch(
    '/agent-view',
    {
      preHandler: requireRole('agent'),
      schema: {
        tags,
        summary: 'Set your own status (available, offline, break)',
        body: SetPresenceInput,
        response: { 200: AgentView, 403: ErrorResponse },
      },
    },
    async (request) => {
      const auth = authOf(request);
      return view.setOwnPresence(app.db, auth.accountId, auth.userId, request.body.status);
    },
  );

  app.get(
    '/wallboard',
    {
      schema: {
        tags,
        summary:
          'Live figures: agents by status, callers waiting, calls handled, talk and wait times, service level',
        querystring: WallboardQuery,
        response: { 200: Wallboard },
      },
    },
    async (request) =>
      view.getWallboard(app.db, authOf(request).accountId, request.query.serviceLevelSeconds),
  );
};
