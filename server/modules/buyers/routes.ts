import type { FastifyPluginAsync } from 'fastify';
import { Buyer, CreateBuyerInput, UpdateBuyerInput } from '../../../contracts/buyers';
import { registerCrudRoutes } from '../../lib/crud-routes';
import * as service from './service';

export const buyerRoutes: FastifyPluginAsync = async (app) => {
  registerCrudRoutes(app, {
    path: '/buyers',
    tag: 'Buyers',
    noun: 'buyer',
    item: Buyer,
    create: CreateBuyerInput,
    update: UpdateBuyerInput,
    service: {
      list: service.listBuyers,
      get: service.getBuyer,
      create: service.createBuyer,
      update: service.updateBuyer,
      remove: service.deleteBuyer,
    },
  });
};
