import fastifyFormbody from '@fastify/formbody';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error';
import { handleAgentQueue } from '../agents/queue';
import type { CallPathContext } from './call-path-context';
import { handleDialAction } from './dial-action';
import { answerInboundCall } from './inbound-call';
import { isValidTwilioSignature, type TwilioParams } from './signature';
import { handleRecordingCallback, handleStatusCallback } from './status-callback';
import { fallbackTwiml } from './twiml';

export function formParams(body: unknown): TwilioParams {
  const params: TwilioParams = {};
  if (body && typeof body === 'object') {
    for (const [key, value] of Object.entries(body))
      params[key] = Array.isArray(value) ? String(value[0]) : String(value);
  }
  return params;
}

type WebhookRequest = FastifyRequest<{ Querystring: Record<string, string> }>;

/**
 * Makes a plugin scope a Twilio webhook scope: it accepts forms, and each request must carry a valid
 * X-Twilio-Signature over PUBLIC_URL + path and the form params (403 otherwise).
 */
export async function acceptTwilioWebhooks(app: FastifyInstance) {
  // Twilio posts forms; nowhere else in the API accepts them (a form is what a forged request uses).
  await app.register(fastifyFormbody);
  const { publicUrl, twilio } = app.config;
  app.addHook('preHandler', async (request) => {
    if (twilio.skipSignatureCheck) return;
    const signature = request.headers['x-twilio-signature'];
    const url = `${publicUrl}${request.url}`;
    if (
      !isValidTwilioSignature(
        twilio.authToken,
        typeof signature === 'string' ? signature : undefined,
        url,
        formParams(request.body),
      )
    ) {
      request.log.warn(
        { url: request.url.split('?')[0] },
        'webhook with a missing or wrong X-Twilio-Signature',
      );
      throw new AppError('FORBIDDEN', 'Invalid or missing X-Twilio-Signature');
    }
  });
}

/** A voice webhook handler that always answers TwiML: `onError`'s when the handler throws. */
export const voiceHandler =
  <R extends FastifyRequest>(handler: (request: R) => Promise<string>, onError: () => string) =>
  async (request: R, reply: FastifyReply) => {
    let twiml: string;
    try {
      twiml = await handler(request);
    } catch (error) {
      request.log.error({ err: error }, 'voice webhook failed; answered with safe TwiML');
      twiml = onError();
    }
    return reply.type('text/xml').send(twiml);
  };

/**
 * Twilio's webhooks. Each request must carry a valid X-Twilio-Signature over PUBLIC_URL + path and
 * the form params (403 otherwise). Voice answers are always valid TwiML, whatever fails inside.
 */
export const webhookRoutes: FastifyPluginAsync = async (app) => {
  await acceptTwilioWebhooks(app);
  const { publicUrl } = app.config;
  const context = (request: FastifyRequest): CallPathContext => ({
    db: app.db,
    config: app.config,
    publicUrl,
    log: request.log,
    now: () => new Date(),
  });

  const voice = voiceHandler<WebhookRequest>;

  const hide = { schema: { hide: true } };

  const inboundCall = voice(
    (request) => answerInboundCall(context(request), formParams(request.body)),
    () => fallbackTwiml(),
  );
  app.post('/webhooks/voice', hide, inboundCall);
  // The documented per-pool URL: a pooled number is found by the dialed number all the same.
  app.post('/webhooks/pool/:poolId/voice', hide, inboundCall);

  app.post(
    '/webhooks/dial-action',
    hide,
    voice(
      (request) => handleDialAction(context(request), request.query, formParams(request.body)),
      () => fallbackTwiml(),
    ),
  );

  app.post(
    '/webhooks/agent-queue',
    hide,
    voice(
      (request) => handleAgentQueue(context(request), request.query, formParams(request.body)),
      () => fallbackTwiml(),
    ),
  );

  app.post('/webhooks/status', hide, async (request: WebhookRequest, reply) => {
    await handleStatusCallback(context(request), formParams(request.body), request.query);
    return reply.status(204).send();
  });

  app.post('/webhooks/recording', hide, async (request: WebhookRequest, reply) => {
    await handleRecordingCallback(context(request), {
      ...formParams(request.body),
      callId: request.query.callId ?? '',
    });
    return reply.status(204).send();
  });
};
