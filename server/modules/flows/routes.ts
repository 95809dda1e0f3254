import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, IdParams, listOf } from '../../../contracts/common';
import {
  CreateFlowInput,
  DuplicateFlowInput,
  Flow,
  FlowAnalytics,
  FlowAnalyticsQuery,
  FlowSummary,
  FlowValidation,
  FlowVersion,
  UpdateFlowInput,
  ValidateFlowInput,
} from '../../../contracts/flows';
import { authOf } from '../../plugins/auth';
import * as service from './service';

const tags = ['Flows'];
const errors = { 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

/** Call flows: the draft is saved freely (with its validation); publishing freezes a version. */
export const flowRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    '/flows',
    { schema: { tags, summary: 'List call flows', response: { 200: listOf(FlowSummary) } } },
    async (request) => ({ items: await service.listFlows(db, authOf(request).accountId) }),
  );

  app.get(
    '/flows/:id',
    {
      schema: {
        tags,
        summary: 'Get a call flow with its draft',
        params: IdParams,
        response: { 200: Flow, 404: ErrorResponse },
      },
    },
    async (request) => service.getFlow(db, authOf(request).accountId, request.params.id),
  );

  app.post(
    '/flows',
    {
      schema: {
        tags,
        summary: 'Create a call flow',
        body: CreateFlowInput,
        response: { 201: Flow, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createFlow(db, authOf(request).accountId, request.body)),
  );

  app.patch(
    '/flows/:id',
    {
      schema: {
        tags,
        summary: 'Save the draft (answered with its validation; a draft may have errors)',
        params: IdParams,
        body: UpdateFlowInput,
        response: { 200: Flow, ...errors },
      },
    },
    async (request) => service.updateFlow(db, authOf(request).accountId, request.params.id, request.body),
  );

  app.delete(
    '/flows/:id',
    {
      schema: {
        tags,
        summary: 'Delete a call flow',
        params: IdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.deleteFlow(db, authOf(request).accountId, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/flows/validate',
    {
      schema: {
        tags,
        summary: 'Check a definition without saving it',
        body: ValidateFlowInput,
        response: { 200: FlowValidation, 400: ErrorResponse },
      },
    },
    async (request) =>
      service.validateDefinition(
        db,
        authOf(request).accountId,
        request.body.definition,
        request.body.campaignId ?? null,
      ),
  );

  app.post(
    '/flows/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publish the draft as the next version (refused with node-level errors while invalid)',
        params: IdParams,
        response: { 200: Flow, ...errors },
      },
    },
    async (request) => service.publishFlow(db, authOf(request), request.params.id),
  );

  app.get(
    '/flows/:id/versions',
    {
      schema: {
        tags,
        summary: 'Published versions, newest first',
        params: IdParams,
        response: { 200: listOf(FlowVersion), 404: ErrorResponse },
      },
    },
    async (request) => ({
      items: await service.listVersions(db, authOf(request).accountId, request.params.id),
    }),
  );

  app.post(
    '/flows/:id/duplicate',
    {
      schema: {
        tags,
        summary: 'Copy the draft into a new flow',
        params: IdParams,
        body: DuplicateFlowInput.nullish(),
        response: { 201: Flow, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.duplicateFlow(db, authOf(request).accountId, request.params.id, request.body ?? {}),
        ),
  );

  app.get(
    '/flows/:id/analytics',
    {
      schema: {
        tags,
        summary: 'Per node: entries, exits per branch, drop-offs and time spent',
        params: IdParams,
        querystring: FlowAnalyticsQuery,
        response: { 200: FlowAnalytics, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => service.flowAnalytics(db, authOf(request).accountId, request.params.id, request.query),
  );
};
