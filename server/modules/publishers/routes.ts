import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, IdParams, listOf } from '../../../contracts/common';
import {
  AssignInput,
  CreatePublisherInput,
  PayoutRule,
  PayoutRuleInput,
  Publisher,
  PublisherCall,
  PublisherSource,
  PublisherSummary,
  UpdatePublisherInput,
} from '../../../contracts/publishers';
import { registerCrudRoutes } from '../../lib/crud-routes';
import { authOf } from '../../plugins/auth';
import * as service from './service';

const tags = ['Publishers'];
const RuleParams = IdParams.extend({ ruleId: z.string().min(1).max(64) });

export const publisherRoutes: FastifyPluginAsyncZod = async (app) => {
  registerCrudRoutes(app, {
    path: '/publishers',
    tag: 'Publishers',
    noun: 'publisher',
    item: Publisher,
    create: CreatePublisherInput,
    update: UpdatePublisherInput,
    service: {
      list: service.listPublishers,
      get: service.getPublisher,
      create: service.createPublisher,
      update: service.updatePublisher,
      remove: service.deletePublisher,
    },
  });

  app.get(
    '/publishers/:id/payout-rules',
    {
      schema: {
        tags,
        summary: "The publisher's payout rule per campaign",
        params: IdParams,
        response: { 200: listOf(PayoutRule), 404: ErrorResponse },
      },
    },
    async (request) => ({
      items: await service.listPayoutRules(app.db, authOf(request).accountId, request.params.id),
    }),
  );

  app.put(
    '/publishers/:id/payout-rules',
    {
      schema: {
        tags,
        summary: "Set the publisher's payout rule for a campaign (replaces that campaign's rule)",
        params: IdParams,
        body: PayoutRuleInput,
        response: { 200: PayoutRule, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) =>
      service.savePayoutRule(app.db, authOf(request).accountId, request.params.id, request.body),
  );

  app.delete(
    '/publishers/:id/payout-rules/:ruleId',
    {
      schema: {
        tags,
        summary: 'Remove a payout rule',
        params: RuleParams,
        response: { 204: z.null(), 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { id, ruleId } = request.params;
      await service.deletePayoutRule(app.db, authOf(request).accountId, id, ruleId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/publishers/:id/sources',
    {
      schema: {
        tags,
        summary: 'The numbers, pools and DNI tags whose calls belong to the publisher',
        params: IdParams,
        response: { 200: listOf(PublisherSource), 404: ErrorResponse },
      },
    },
    async (request) => ({
      items: await service.listSources(app.db, authOf(request).accountId, request.params.id),
    }),
  );

  app.put(
    '/publishers/:id/sources',
    {
      schema: {
        tags,
        summary: 'Make exactly these numbers (or pools, or tags) the publisher’s',
        params: IdParams,
        body: AssignInput,
        response: { 200: listOf(PublisherSource), 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => ({
      items: await service.assignSources(app.db, authOf(request).accountId, request.params.id, request.body),
    }),
  );

  app.get(
    '/publishers/:id/calls',
    {
      schema: {
        tags,
        summary: "The publisher's latest calls and their payouts",
        params: IdParams,
        response: { 200: listOf(PublisherCall), 404: ErrorResponse },
      },
    },
    async (request) => ({
      items: await service.listPublisherCalls(app.db, authOf(request).accountId, request.params.id),
    }),
  );

  app.get(
    '/publishers/:id/summary',
    {
      schema: {
        tags,
        summary: "The publisher's call and payout totals",
        params: IdParams,
        response: { 200: PublisherSummary, 404: ErrorResponse },
      },
    },
    async (request) => service.summarisePublisher(app.db, authOf(request).accountId, request.params.id),
  );
};
