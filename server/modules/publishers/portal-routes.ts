import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponse, listOf } from '../../../contracts/common';
import { PublisherCall, PublisherSource, PublisherSummary } from '../../../contracts/publishers';
import { forbidden } from '../../lib/app-error';
import { authOf } from '../../plugins/auth';
import * as service from './service';

const tags = ['Publisher portal'];
const errors = { 403: ErrorResponse, 404: ErrorResponse };

/** The signed-in publisher user's own publisher; every other role has no portal. */
function ownPublisher(request: FastifyRequest) {
  const auth = authOf(request);
  if (auth.role !== 'publisher' || !auth.publisherId) throw forbidden('Only publisher users have a portal');
  return { accountId: auth.accountId, publisherId: auth.publisherId };
}

/** What a publisher user sees: read-only, only their own publisher, callers masked. */
export const portalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/portal/summary',
    {
      schema: {
        tags,
        summary: 'Your calls and payouts in total',
        response: { 200: PublisherSummary, ...errors },
      },
    },
    async (request) => {
      const { accountId, publisherId } = ownPublisher(request);
      return service.summarisePublisher(app.db, accountId, publisherId);
    },
  );

  app.get(
    '/portal/calls',
    { schema: { tags, summary: 'Your latest calls', response: { 200: listOf(PublisherCall), ...errors } } },
    async (request) => {
      const { accountId, publisherId } = ownPublisher(request);
      return { items: await service.listPublisherCalls(app.db, accountId, publisherId) };
    },
  );

  app.get(
    '/portal/sources',
    {
      schema: {
        tags,
        summary: 'Your numbers, pools and DNI tags',
        response: { 200: listOf(PublisherSource), ...errors },
      },
    },
    async (request) => {
      const { accountId, publisherId } = ownPublisher(request);
      return { items: await service.listSources(app.db, accountId, publisherId) };
    },
  );
};
