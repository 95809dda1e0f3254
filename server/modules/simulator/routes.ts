import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponse, IdParams } from '../../../contracts/common';
import { FlowTestInput, FlowTestStep, StartFlowTestInput } from '../../../contracts/flows';
import {
  SimulateCallInput,
  SimulatedCall,
  SimulatedEvent,
  SimulateEventInput,
} from '../../../contracts/simulator';
import { authOf } from '../../plugins/auth';
import { sendFlowTestInput, startFlowTestCall } from './flow-calls';
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

  app.post(
    '/simulator/flows/:id/calls',
    {
      schema: {
        tags,
        summary: "Place a test call on a flow's published version (through its campaign's number)",
        params: IdParams,
        body: StartFlowTestInput,
        response: { 200: FlowTestStep, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) => startFlowTestCall(app, authOf(request).accountId, request.params.id, request.body),
  );

  app.post(
    '/simulator/calls/:callId/flow-input',
    {
      schema: {
        tags,
        summary: 'Press digits, say words, let a dial end or leave a message on a test call in a flow',
        params: IdParams.pick({}).extend({ callId: IdParams.shape.id }),
        body: FlowTestInput,
        response: { 200: FlowTestStep, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) => sendFlowTestInput(app, authOf(request).accountId, request.params.callId, request.body),
  );
};
