import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ChangePasswordInput } from '../../../contracts/auth';
import { ErrorResponse } from '../../../contracts/common';
import { forbidden } from '../../lib/app-error';
import { authOf, sessionToken } from '../../plugins/auth';
import { changePassword } from './service';

/** Behind sign-in: a person changes their own password (API keys have none). */
export const passwordRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/auth/password',
    {
      schema: {
        tags: ['Auth'],
        summary: 'Change your password; your other sessions end',
        body: ChangePasswordInput,
        response: { 204: z.null(), 400: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { userId } = authOf(request);
      if (!userId) throw forbidden('API keys have no password');
      await changePassword(app.db, { userId, sessionToken: sessionToken(request) }, request.body);
      return reply.status(204).send(null);
    },
  );
};
