import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponse, listOf } from '../../../contracts/common';
import {
  AvailableNumber,
  BuyNumberInput,
  CreateNumberInput,
  ImportNumbersInput,
  ImportNumbersResult,
  NumberSearchQuery,
  NumberWebhooks,
  TrackingNumber,
  UpdateNumberInput,
} from '../../../contracts/numbers';
import { registerCrudRoutes } from '../../lib/crud-routes';
import { authOf } from '../../plugins/auth';
import * as service from './service';

const tags = ['Numbers'];

export const numberRoutes: FastifyPluginAsyncZod = async (app) => {
  // Registered before the CRUD routes' `/numbers/:id` so these literal paths win.
  app.get(
    '/numbers/available',
    {
      schema: {
        tags,
        summary: 'Search numbers available to buy (Twilio, or the sandbox)',
        querystring: NumberSearchQuery,
        response: { 200: listOf(AvailableNumber), 400: ErrorResponse },
      },
    },
    async (request) => ({
      items: await service.searchAvailableNumbers(app.db, app.telephony, request.query),
    }),
  );

  app.post(
    '/numbers/buy',
    {
      schema: {
        tags,
        summary: 'Buy a number and point its webhooks at this platform',
        body: BuyNumberInput,
        response: { 201: TrackingNumber, 400: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request, reply) => {
      const context = { provider: app.telephony, publicUrl: app.config.publicUrl };
      return reply
        .status(201)
        .send(await service.buyNumber(app.db, authOf(request).accountId, context, request.body));
    },
  );

  app.post(
    '/numbers/import',
    {
      schema: {
        tags,
        summary: 'Import numbers the account already owns, from CSV lines',
        body: ImportNumbersInput,
        response: { 200: ImportNumbersResult, 400: ErrorResponse },
      },
    },
    async (request) => service.importNumbers(app.db, authOf(request).accountId, request.body),
  );

  app.get(
    '/numbers/webhooks',
    {
      schema: {
        tags,
        summary: 'Where to point the voice and status webhooks of numbers bought elsewhere',
        response: { 200: NumberWebhooks },
      },
    },
    async () => ({
      provider: app.telephony.name,
      voiceUrl: `${app.config.publicUrl}/api/webhooks/voice`,
      statusCallbackUrl: `${app.config.publicUrl}/api/webhooks/status`,
    }),
  );

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
      remove: (db, accountId, id) => service.deleteNumber(db, accountId, id, app.telephony),
    },
  });
};
