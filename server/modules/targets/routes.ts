import type { FastifyPluginAsync } from 'fastify';
import { CreateTargetInput, Target, UpdateTargetInput } from '../../../contracts/targets';
import { registerCrudRoutes } from '../../lib/crud-routes';
import * as service from './service';

export const targetRoutes: FastifyPluginAsync = async (app) => {
  registerCrudRoutes(app, {
    path: '/targets',
    tag: 'Targets',
    noun: 'target',
    item: Target,
    create: CreateTargetInput,
    update: UpdateTargetInput,
    service: {
      list: service.listTargets,
      get: service.getTarget,
      create: service.createTarget,
      update: service.updateTarget,
      remove: service.deleteTarget,
    },
  });
};
