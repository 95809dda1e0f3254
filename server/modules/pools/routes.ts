import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponse, IdParams } from '../../../contracts/common';
import { CreatePoolInput, Pool, PoolStats, UpdatePoolInput } from '../../../contracts/pools';
import { registerCrudRoutes } from '../../lib/crud-routes';
import { authOf } from '../../plugins/auth';
import * as service from './service';

export const poolRoutes: FastifyPluginAsyncZod = async (app) => {
  registerCrudRoutes(app, {
    path: '/pools',
    tag: 'Pools',
    noun: 'number pool',
    item: Pool,
    create: CreatePoolInput,
    update: UpdatePoolInput,
    service: {
      list: service.listPools,
      get: service.getPool,
      create: service.createPool,
      update: service.updatePool,
      remove: service.deletePool,
    },
  });

  app.get(
    '/pools/:id/stats',
    {
      schema: {
        tags: ['Pools'],
        summary: 'Numbers in use now, assignments, collisions and calls per number',
        params: IdParams,
        response: { 200: PoolStats, 404: ErrorResponse },
      },
    },
    async (request) => service.getPoolStats(app.db, authOf(request).accountId, request.params.id, new Date()),
  );
};
