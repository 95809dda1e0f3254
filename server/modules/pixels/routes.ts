import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponse, IdParams, listOf } from '../../../contracts/common';
import {
  CreatePixelInput,
  Pixel,
  PixelDeliveriesQuery,
  PixelDelivery,
  PixelToken,
  UpdatePixelInput,
} from '../../../contracts/pixels';
import { registerCrudRoutes } from '../../lib/crud-routes';
import { authOf } from '../../plugins/auth';
import type { DeliverySettings } from './deliver';
import * as pixels from './service';

const tags = ['Pixels'];

export const pixelRoutes: FastifyPluginAsyncZod<{ delivery: DeliverySettings }> = async (app, options) => {
  const ctx = { db: app.db, config: app.config, delivery: options.delivery };
  registerCrudRoutes(app, {
    path: '/pixels',
    tag: 'Pixels',
    noun: 'pixel',
    item: Pixel,
    create: CreatePixelInput,
    update: UpdatePixelInput,
    service: {
      list: (_db, accountId) => pixels.listPixels(ctx, accountId),
      get: (_db, accountId, id) => pixels.getPixel(ctx, accountId, id),
      create: (_db, accountId, input) => pixels.createPixel(ctx, accountId, input),
      update: (_db, accountId, id, input) => pixels.updatePixel(ctx, accountId, id, input),
      remove: (_db, accountId, id) => pixels.deletePixel(ctx, accountId, id),
    },
  });

  app.post(
    '/pixels/:id/test',
    {
      schema: {
        tags,
        summary: 'Send the pixel now for a sample call; the result joins the delivery log',
        params: IdParams,
        response: { 200: PixelDelivery, 404: ErrorResponse },
      },
    },
    async (request) => pixels.testPixel(ctx, authOf(request).accountId, request.params.id),
  );

  app.get(
    '/pixel-deliveries',
    {
      schema: {
        tags,
        summary: 'The delivery log, newest first, by pixel, call or status',
        querystring: PixelDeliveriesQuery,
        response: { 200: listOf(PixelDelivery), 400: ErrorResponse },
      },
    },
    async (request) => ({
      items: await pixels.listPixelDeliveries(ctx, authOf(request).accountId, request.query),
    }),
  );

  app.get(
    '/pixel-tokens',
    { schema: { tags, summary: 'The tokens pixels may use', response: { 200: listOf(PixelToken) } } },
    async () => ({ items: pixels.pixelTokens() }),
  );
};
