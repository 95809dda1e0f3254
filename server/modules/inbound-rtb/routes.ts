import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, IdParams, listOf } from '../../../contracts/common';
import { InboundPing, InboundRtbConfig, InboundRtbSettings } from '../../../contracts/inbound-rtb';
import { authOf } from '../../plugins/auth';
import { answerPing } from './answer-ping';
import { readPingInput } from './ping-input';
import * as service from './service';

const tags = ['Inbound RTB'];

/** A campaign's answers to publishers' pings: settings and the log (behind sign-in). */
export const inboundRtbRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/campaigns/:id/inbound-rtb',
    {
      schema: {
        tags,
        summary: 'How the campaign answers publishers’ pings',
        params: IdParams,
        response: { 200: InboundRtbConfig, 404: ErrorResponse },
      },
    },
    async (request) => service.getInboundRtb(app.db, authOf(request).accountId, request.params.id),
  );

  app.put(
    '/campaigns/:id/inbound-rtb',
    {
      schema: {
        tags,
        summary: 'Change how the campaign answers publishers’ pings',
        params: IdParams,
        body: InboundRtbSettings,
        response: { 200: InboundRtbConfig, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) =>
      service.saveInboundRtb(app.db, authOf(request).accountId, request.params.id, request.body),
  );

  app.get(
    '/campaigns/:id/inbound-pings',
    {
      schema: {
        tags,
        summary: 'The latest pings publishers sent to the campaign (callers masked)',
        params: IdParams,
        response: { 200: listOf(InboundPing), 404: ErrorResponse },
      },
    },
    async (request) => ({
      items: await service.listInboundPings(app.db, authOf(request).accountId, request.params.id),
    }),
  );
};

const PingParams = z.object({ rtbId: z.string().min(1).max(64) });
const PingAnswer = z.record(z.string(), z.unknown()).describe("Ringba's bid or reject format");
const pingSchema = (summary: string) => ({
  tags,
  summary,
  security: [],
  params: PingParams,
  response: { 200: PingAnswer, 403: ErrorResponse, 404: ErrorResponse },
});

/**
 * The public ping endpoint publishers call before sending a call (Ringba's RTB format), keyed by
 * the campaign's unguessable rtbId and optionally the publisher's key. Inputs come as query
 * parameters or a JSON body: `CID`, `publisherId`, `key`, `sipOk` and any tags.
 */
export const inboundPingRoutes: FastifyPluginAsyncZod = async (app) => {
  const answer = (rtbId: string, query: unknown, body: unknown) =>
    answerPing({ db: app.db, config: app.config, now: new Date() }, rtbId, readPingInput(query, body));
  app.get('/rtb/v1/:rtbId', { schema: pingSchema('Ping a campaign (query parameters)') }, async (request) =>
    answer(request.params.rtbId, request.query, undefined),
  );
  app.post('/rtb/v1/:rtbId', { schema: pingSchema('Ping a campaign (JSON body)') }, async (request) =>
    answer(request.params.rtbId, request.query, request.body),
  );
};
