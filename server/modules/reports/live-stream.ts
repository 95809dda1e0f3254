import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authOf } from '../../plugins/auth';
import { liveStats } from './service';

const PUSH_INTERVAL_MS = 2_000;
/** A comment line now and then keeps proxies from closing a quiet stream. */
const HEARTBEAT_EVERY = 10;

/**
 * Server-sent events of the live calls: the snapshot at once, then whenever it changes (checked
 * every 2 s from the database, so calls handled by any process show). Streams end on app close.
 */
export function registerLiveStream(app: FastifyInstance) {
  const open = new Set<FastifyReply>();
  app.addHook('onClose', async () => {
    for (const reply of open) reply.raw.end();
  });

  app.get(
    '/stats/live/stream',
    { schema: { tags: ['Reports'], summary: 'Live calls as server-sent events' } },
    (request: FastifyRequest, reply: FastifyReply) => {
      const { accountId } = authOf(request);
      reply.hijack();
      reply.raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      open.add(reply);
      let last = '';
      let ticks = 0;
      const push = async () => {
        try {
          const snapshot = await liveStats(app.db, accountId);
          const { at: _at, ...figures } = snapshot;
          const fingerprint = JSON.stringify(figures);
          if (fingerprint !== last) {
            last = fingerprint;
            reply.raw.write(`event: live\ndata: ${JSON.stringify(snapshot)}\n\n`);
          } else if (++ticks % HEARTBEAT_EVERY === 0) reply.raw.write(': still here\n\n');
        } catch (error) {
          request.log.warn({ err: error }, 'live stats push failed');
        }
      };
      void push();
      const timer = setInterval(push, PUSH_INTERVAL_MS);
      reply.raw.on('close', () => {
        clearInterval(timer);
        open.delete(reply);
      });
    },
  );
}
