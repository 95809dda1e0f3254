import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { fallbackTwiml } from '../telephony/twiml';
import { acceptTwilioWebhooks, formParams, voiceHandler } from '../telephony/webhook-routes';
import { type FlowWebhookQuery, handleFlowWebhook } from './session-runner';

type FlowWebhookRequest = FastifyRequest<{
  Params: Pick<FlowWebhookQuery, 'sessionId' | 'nodeId'>;
  Querystring: Pick<FlowWebhookQuery, 'event' | 'attempt'>;
}>;

/**
 * Twilio's callbacks into a running call flow: public, signature-checked like every Twilio webhook,
 * never rate limited, and always answered with TwiML (a polite goodbye when all else fails).
 */
export const flowWebhookRoutes: FastifyPluginAsync = async (app) => {
  await acceptTwilioWebhooks(app);
  app.post(
    '/flows/webhook/:sessionId/:nodeId',
    { schema: { hide: true } },
    voiceHandler<FlowWebhookRequest>(
      (request) =>
        handleFlowWebhook(
          {
            db: app.db,
            config: app.config,
            publicUrl: app.config.publicUrl,
            log: request.log,
            now: () => new Date(),
          },
          { ...request.params, event: request.query.event, attempt: request.query.attempt },
          formParams(request.body),
        ),
      () => fallbackTwiml(),
    ),
  );
};
