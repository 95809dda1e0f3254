import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponse } from '../../../contracts/common';
import { PostbackInput, PostbackParams, PostbackResult, PostbackUrl } from '../../../contracts/pixels';
import { authOf, requireRole } from '../../plugins/auth';
import * as postbacks from './service';

const tags = ['Postbacks'];

/** The account's postback URL: a secret that lets outsiders convert calls, so owners and managers only. */
export const postbackUrlRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = { db: app.db, config: app.config };
  const onlyEditors = requireRole('owner', 'manager');
  app.get(
    '/postback-url',
    {
      preHandler: onlyEditors,
      schema: { tags, summary: "The account's conversion postback URL", response: { 200: PostbackUrl } },
    },
    async (request) => postbacks.getPostbackUrl(ctx, authOf(request).accountId),
  );
  app.post(
    '/postback-url',
    {
      preHandler: onlyEditors,
      schema: {
        tags,
        summary: 'Generate a new postback URL; the previous one stops working',
        response: { 200: PostbackUrl },
      },
    },
    async (request) => postbacks.rotatePostbackUrl(ctx, authOf(request).accountId),
  );
};

/**
 * `POST /api/postbacks/:token`: a tracker or CRM confirms a sale after the call. Public,
 * authenticated by the account's secret token; its fields are in the query string, as trackers send them.
 */
export const postbackRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = { db: app.db, config: app.config };
  app.post(
    '/postbacks/:token',
    {
      schema: {
        tags,
        summary: 'Mark a call converted from outside (by callId, or the clickId of its visit)',
        params: PostbackParams,
        querystring: PostbackInput,
        security: [],
        response: { 200: PostbackResult, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => postbacks.receivePostback(ctx, request.params.token, request.query),
  );
};
