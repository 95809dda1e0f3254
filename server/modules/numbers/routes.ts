import type { FastifyPluginAsync } from 'fastify';
import { CreateNumberInput, TrackingNumber, UpdateNumberInput } from '../../../contracts/numbers';
import { registerCrudRoutes } from '../../lib/crud-routes';
import * as service from './service';

export const numberRoutes: FastifyPluginAsync = async (app) => {
  registerCrudRoutes(app, {
    path: '/numbers',
    tag: 'Numbers',
    noun: 'tracking number',
    item: TrackingNumber,
    create: CreateNumberInput,
    update: UpdateNumberInput,
    service: {
      list: service.listNumbers,
      get: service.getNumber,
      create: service.createNumber,
      update: service.updateNumber,
      remove: service.deleteNumber,
    },
  });
};
