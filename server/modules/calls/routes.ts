import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Call, CallDetail, CallsQuery } from '../../../contracts/calls';
import { ErrorResponse, IdParams, pageOf } from '../../../contracts/common';
import { authOf } from '../../plugins/auth';
import * as service from './service';

const tags = ['Calls'];

export const callRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/calls',
    {
      schema: {
        tags,
        summary: 'The call log, newest first, filtered and paginated by cursor',
        querystring: CallsQuery,
        response: { 200: pageOf(Call), 400: ErrorResponse },
      },
    },
    async (request) => service.listCalls(app.db, authOf(request).accountId, request.query),
  );

  app.get(
    '/calls/:id',
    {
      schema: {
        tags,
        summary: 'One call with its decision trace, attempts and the TwiML sent',
        params: IdParams,
        response: { 200: CallDetail, 404: ErrorResponse },
      },
    },
    async (request) => service.getCall(app.db, authOf(request).accountId, request.params.id),
  );
};
