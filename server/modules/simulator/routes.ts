import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponse, IdParams } from '../../../contracts/common';
import {
  SimulateCallInput,
  SimulatedCall,
  SimulatedEvent,
  SimulateEventInput,
} from '../../../contracts/simulator';
import { authOf } from '../../plugins/auth';
import * as service from './service';

const tags = ['Simulator'];

export const simulatorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/simulator/calls',
    {
      schema: {
        tags,
        summary: 'Place a test call through the real, signed voice webhook',
        body: SimulateCallInput,
        response: { 200: SimulatedCall, 400: ErrorResponse },
      },
    },
    async (request) => service.simulateCall(app, authOf(request).accountId, request.body),
  );

  app.post(
    '/simulator/calls/:callId/events',
    {
      schema: {
        tags,
        summary: 'Drive what happens next on a test call (answered, no-answer, busy, failed, completed)',
        params: IdParams.pick({}).extend({ callId: IdParams.shape.id }),
        body: SimulateEventInput,
        response: { 200: SimulatedEvent, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) =>
      service.simulateEvent(app, authOf(request).accountId, request.params.callId, request.body),
  );
};
