import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  Campaign,
  CampaignRouting,
  CreateCampaignInput,
  UpdateCampaignInput,
  UpdateRoutingInput,
} from '../../../contracts/campaigns';
import { ErrorResponse, IdParams } from '../../../contracts/common';
import { registerCrudRoutes } from '../../lib/crud-routes';
import { authOf } from '../../plugins/auth';
import * as service from './service';

const tags = ['Campaigns'];

export const campaignRoutes: FastifyPluginAsyncZod = async (app) => {
  registerCrudRoutes(app, {
    path: '/campaigns',
    tag: 'Campaigns',
    noun: 'campaign',
    item: Campaign,
    create: CreateCampaignInput,
    update: UpdateCampaignInput,
    service: {
      list: service.listCampaigns,
      get: service.getCampaign,
      create: service.createCampaign,
      update: service.updateCampaign,
      remove: service.deleteCampaign,
    },
  });

  app.get(
    '/campaigns/:id/routing',
    {
      schema: {
        tags,
        summary: "The campaign's routing plan",
        params: IdParams,
        response: { 200: CampaignRouting, 404: ErrorResponse },
      },
    },
    async (request) => service.getRouting(app.db, authOf(request).accountId, request.params.id),
  );

  app.put(
    '/campaigns/:id/routing',
    {
      schema: {
        tags,
        summary: "Replace the campaign's routing plan",
        params: IdParams,
        body: UpdateRoutingInput,
        response: { 200: CampaignRouting, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) =>
      service.setRouting(app.db, authOf(request).accountId, request.params.id, request.body.routing),
  );
};
