import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, IdParams, listOf } from '../../../contracts/common';
import {
  BidRequest,
  BidRequestPreview,
  BidRequestsQuery,
  BidTestResult,
  CreateRtbRouterInput,
  CreateRtbTargetInput,
  RtbRouter,
  RtbTarget,
  RtbTargetHealth,
  SampleCallInput,
  UpdateRtbRouterInput,
  UpdateRtbTargetInput,
} from '../../../contracts/rtb';
import { registerCrudRoutes } from '../../lib/crud-routes';
import { authOf } from '../../plugins/auth';
import { bidderHealth, listBidRequests } from './bid-log';
import * as routers from './routers-service';
import { SIM_SCENARIOS, simulatedBid } from './simulated-bidder';
import * as targets from './targets-service';

const tags = ['RTB'];

export const rtbRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = { db: app.db, config: app.config };
  registerCrudRoutes(app, {
    path: '/rtb/targets',
    tag: 'RTB',
    noun: 'RTB target',
    item: RtbTarget,
    create: CreateRtbTargetInput,
    update: UpdateRtbTargetInput,
    service: {
      list: (_db, accountId) => targets.listRtbTargets(ctx, accountId),
      get: (_db, accountId, id) => targets.getRtbTarget(ctx, accountId, id),
      create: (_db, accountId, input) => targets.createRtbTarget(ctx, accountId, input),
      update: (_db, accountId, id, input) => targets.updateRtbTarget(ctx, accountId, id, input),
      remove: (_db, accountId, id) => targets.deleteRtbTarget(ctx, accountId, id),
    },
  });

  app.post(
    '/rtb/targets/:id/preview',
    {
      schema: {
        tags,
        summary: 'The exact request this target would get for a sample call',
        params: IdParams,
        body: SampleCallInput.optional(),
        response: { 200: BidRequestPreview, 404: ErrorResponse },
      },
    },
    async (request) =>
      targets.previewRtbRequest(ctx, authOf(request).accountId, request.params.id, request.body ?? {}),
  );

  app.post(
    '/rtb/targets/:id/test',
    {
      schema: {
        tags,
        summary: 'Send the sample request and show the parsed bid',
        params: IdParams,
        body: SampleCallInput.optional(),
        response: { 200: BidTestResult, 404: ErrorResponse },
      },
    },
    async (request) =>
      targets.testRtbTarget(ctx, authOf(request).accountId, request.params.id, request.body ?? {}),
  );

  app.get(
    '/rtb/bid-requests',
    {
      schema: {
        tags,
        summary: 'The ping log, newest first, by call, bidder or outcome',
        querystring: BidRequestsQuery,
        response: { 200: listOf(BidRequest), 400: ErrorResponse },
      },
    },
    async (request) => ({ items: await listBidRequests(app.db, authOf(request).accountId, request.query) }),
  );

  app.get(
    '/rtb/health-checks',
    {
      schema: {
        tags,
        summary: 'Success and timeout rates and latency per bidder, last hour and day',
        response: { 200: listOf(RtbTargetHealth) },
      },
    },
    async (request) => ({ items: await bidderHealth(app.db, authOf(request).accountId, new Date()) }),
  );

  app.get(
    '/rtb/targets/:id/uptime',
    {
      schema: {
        tags,
        summary: "One bidder's health, last hour and day",
        params: IdParams,
        response: { 200: RtbTargetHealth, 404: ErrorResponse },
      },
    },
    async (request) =>
      (await bidderHealth(app.db, authOf(request).accountId, new Date(), request.params.id))[0],
  );

  registerCrudRoutes(app, {
    path: '/rtb/routers',
    tag: 'RTB',
    noun: 'RTB router',
    item: RtbRouter,
    create: CreateRtbRouterInput,
    update: UpdateRtbRouterInput,
    service: {
      list: routers.listRtbRouters,
      get: routers.getRtbRouter,
      create: routers.createRtbRouter,
      update: routers.updateRtbRouter,
      remove: routers.deleteRtbRouter,
    },
  });
};

const SimQuery = z.object({
  scenario: z.enum(SIM_SCENARIOS).default('accept'),
  bid: z.coerce.number().min(0).max(1000).default(12.5),
});

/** `/_sim/rtb`: a bidder to try RTB with, answering per scenario. Never registered in production. */
export const simulatedBidderRoutes: FastifyPluginAsync = async (instance) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const answer = async (request: { query: z.output<typeof SimQuery> }, reply: FastifyReply) => {
    const { delayMs, contentType, body } = simulatedBid(request.query.scenario, request.query.bid);
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    return reply.type(contentType).send(body);
  };
  const schema = {
    schema: { tags, summary: 'A simulated bidder (development only)', querystring: SimQuery },
  };
  app.get('/_sim/rtb', schema, answer);
  app.post('/_sim/rtb', schema, answer);
};
