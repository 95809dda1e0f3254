import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Account, UpdateAccountInput } from '../../../contracts/auth';
import { ErrorResponse } from '../../../contracts/common';
import { notFound } from '../../lib/app-error';
import { authOf, requireRole } from '../../plugins/auth';
import { toAccountDto } from '../auth/dto';
import * as repo from './repository';

const tags = ['Account'];

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/account',
    { schema: { tags, summary: 'The current account', response: { 200: Account } } },
    async (request) => {
      const row = await repo.findAccount(app.db, authOf(request).accountId);
      if (!row) throw notFound('Account');
      return toAccountDto(row);
    },
  );

  app.patch(
    '/account',
    {
      preHandler: requireRole('owner'),
      schema: {
        tags,
        summary: 'Rename the account (owners only)',
        body: UpdateAccountInput,
        response: { 200: Account, 400: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request) =>
      toAccountDto(await repo.renameAccount(app.db, authOf(request).accountId, request.body.name)),
  );
};
