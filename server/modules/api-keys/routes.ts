import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiKey, CreateApiKeyInput, CreatedApiKey } from '../../../contracts/api-keys';
import { ErrorResponse, IdParams, listOf } from '../../../contracts/common';
import { forbidden } from '../../lib/app-error';
import { authOf } from '../../plugins/auth';
import * as service from './service';

const tags = ['API keys'];

/** A leaked key must not be able to mint its own replacement: keys are managed by people only. */
const peopleOnly = async (request: FastifyRequest) => {
  if (authOf(request).via !== 'session') throw forbidden('API keys are managed by signed-in users');
};

export const apiKeyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api-keys',
    {
      schema: {
        tags,
        summary: "List the account's API keys (prefix only)",
        response: { 200: listOf(ApiKey) },
      },
    },
    async (request) => ({ items: await service.listApiKeys(app.db, authOf(request).accountId) }),
  );

  app.post(
    '/api-keys',
    {
      preHandler: peopleOnly,
      schema: {
        tags,
        summary: 'Create an API key; the full key is in this response only',
        body: CreateApiKeyInput,
        response: { 201: CreatedApiKey, 400: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { accountId, userId } = authOf(request);
      return reply.status(201).send(await service.createApiKey(app.db, { accountId, userId }, request.body));
    },
  );

  app.delete(
    '/api-keys/:id',
    {
      preHandler: peopleOnly,
      schema: {
        tags,
        summary: 'Revoke an API key',
        params: IdParams,
        response: { 204: z.null(), 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      await service.revokeApiKey(app.db, authOf(request).accountId, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
