import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Serves the built React client and answers unknown non-API GETs with index.html, so client-side
 * routes survive a reload. Everything else that matches no route gets the JSON 404.
 */
export const webClientPlugin = fp(async (app: FastifyInstance, options: { distDir: string }) => {
  const hasClient = existsSync(path.join(options.distDir, 'index.html'));
  if (hasClient) {
    // Wildcard: files are looked up per request, so a rebuilt client is served without a restart;
    // a missing file falls through to the not-found handler below.
    await app.register(fastifyStatic, { root: options.distDir, wildcard: true, index: 'index.html' });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && hasClient;
    if (isPage) return reply.type('text/html').sendFile('index.html');
    return reply.status(404).send({
      error: {
        code: 'NOT_FOUND',
        message: `No route ${request.method} ${request.url.split('?')[0]}`,
        requestId: request.id,
      },
    });
  });
});
