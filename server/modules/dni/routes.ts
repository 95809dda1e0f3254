import type { FastifyPluginAsync, FastifyReply, onRequestHookHandler } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '../../../contracts/common';
import { DniTrackInput, DniTrackResult } from '../../../contracts/dni';
import { AppError } from '../../lib/app-error';
import { dniStateFor } from './dni-state';
import { geoOfAddress } from './geo';
import { trackVisit } from './service';
import { renderSnippet, snippetConfig } from './snippet';

/** Any website may embed the snippet and call the tracking endpoint; no credentials are involved. */
function allowAnyOrigin(reply: FastifyReply) {
  reply.header('Access-Control-Allow-Origin', '*');
  reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
}

/**
 * The public side of DNI: the snippet (`/dni/:tagCode.js`) and the endpoint it reports visits to.
 * Registered under the root prefix; rate limited per visitor address.
 */
export const dniRoutes: FastifyPluginAsync<{ limitRequests: onRequestHookHandler }> = async (
  instance,
  options,
) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  app.addHook('onRequest', options.limitRequests);
  // The snippet posts text/plain so browsers skip the CORS preflight; the body is still JSON.
  app.addContentTypeParser('text/plain', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(new AppError('BAD_REQUEST', 'Body must be JSON'), undefined);
    }
  });
  app.addHook('onSend', async (_request, reply) => allowAnyOrigin(reply));

  app.options('/api/dni/track', { schema: { hide: true } }, async (_request, reply) => {
    reply.header('Access-Control-Allow-Methods', 'POST, OPTIONS');
    reply.header('Access-Control-Allow-Headers', 'Content-Type');
    reply.header('Access-Control-Max-Age', '86400');
    return reply.status(204).send();
  });

  app.post(
    '/api/dni/track',
    {
      schema: {
        tags: ['DNI'],
        summary: "A visit from the snippet: the visitor's tracking number for this session",
        security: [],
        body: DniTrackInput,
        response: { 200: DniTrackResult, 400: ErrorResponse, 404: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request) =>
      trackVisit(app.db, request.body, { now: new Date(), geo: () => geoOfAddress(request.ip) }),
  );

  app.get(
    '/dni/:tagCode.js',
    {
      schema: {
        tags: ['DNI'],
        summary: 'The snippet a website embeds for a tracking tag',
        security: [],
        params: z.object({ tagCode: z.string().max(64) }),
      },
    },
    async (request, reply) => {
      const config = await dniStateFor(app.db).tag(request.params.tagCode);
      reply.type('application/javascript; charset=utf-8');
      if (!config) return reply.status(404).send('/* CallCenter Pro: unknown tracking tag */');
      reply.header('Cache-Control', 'public, max-age=300');
      return renderSnippet(snippetConfig(config.tag, app.config.publicUrl));
    },
  );
};
