import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { User } from '../../../contracts/auth';
import { ErrorResponse, IdParams, listOf } from '../../../contracts/common';
import { CreateUserInput, UpdateUserInput } from '../../../contracts/users';
import { authOf, requireRole } from '../../plugins/auth';
import * as service from './service';

const tags = ['Users'];
const ownerOnly = requireRole('owner');

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/users',
    { schema: { tags, summary: "List the account's users", response: { 200: listOf(User) } } },
    async (request) => ({ items: await service.listUsers(app.db, authOf(request).accountId) }),
  );

  app.post(
    '/users',
    {
      preHandler: ownerOnly,
      schema: {
        tags,
        summary: 'Add a user to the account (owners only)',
        body: CreateUserInput,
        response: { 201: User, 400: ErrorResponse, 403: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createUser(app.db, authOf(request).accountId, request.body)),
  );

  app.patch(
    '/users/:id',
    {
      preHandler: ownerOnly,
      schema: {
        tags,
        summary: "Change a user's name or role (owners only)",
        params: IdParams,
        body: UpdateUserInput,
        response: { 200: User, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) => service.updateUser(app.db, authOf(request).accountId, request.params.id, request.body),
  );

  app.delete(
    '/users/:id',
    {
      preHandler: ownerOnly,
      schema: { tags, summary: 'Remove a user (owners only)', params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const auth = authOf(request);
      await service.deleteUser(app.db, auth.accountId, request.params.id, auth.userId);
      return reply.status(204).send(null);
    },
  );
};
