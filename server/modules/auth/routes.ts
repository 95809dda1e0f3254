import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LoginInput, RegisterInput, SessionInfo } from '../../../contracts/auth';
import { ErrorResponse } from '../../../contracts/common';
import { AppError } from '../../lib/app-error';
import { clearSessionCookie, sessionToken, setSessionCookie } from '../../plugins/auth';
import { toAccountDto, toUserDto } from './dto';
import { LoginThrottle } from './login-throttle';
import * as service from './service';

const tags = ['Auth'];

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const throttle = new LoginThrottle();
  const secureCookies = app.config.publicUrl.startsWith('https://');

  app.post(
    '/auth/register',
    {
      schema: {
        tags,
        summary: 'Create an account with this user as its owner, and sign in',
        body: RegisterInput,
        response: { 201: SessionInfo, 400: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request, reply) => {
      const session = await service.register(app.db, request.body);
      setSessionCookie(request, reply, session.token, secureCookies);
      return reply.status(201).send(session.info);
    },
  );

  app.post(
    '/auth/login',
    {
      schema: {
        tags,
        summary: 'Sign in with email and password (sets the session cookie)',
        body: LoginInput,
        response: { 200: SessionInfo, 401: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      const session = await service.login(app.db, request.body, { throttle, clientKey: request.ip });
      setSessionCookie(request, reply, session.token, secureCookies);
      return session.info;
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags, summary: 'End the current session', response: { 204: z.null() } } },
    async (request, reply) => {
      const token = sessionToken(request);
      if (token) await service.logout(app.db, token);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/user',
    {
      schema: {
        tags,
        summary: 'The signed-in user and their account',
        response: { 200: SessionInfo, 401: ErrorResponse },
      },
    },
    async (request) => {
      const token = sessionToken(request);
      const found = token ? await service.resolveSession(app.db, token) : undefined;
      if (!found) throw new AppError('UNAUTHORIZED', 'Not signed in');
      return { user: toUserDto(found.user), account: toAccountDto(found.account) };
    },
  );
};
