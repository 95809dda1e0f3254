import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the stand-in answers the next requests. */
export type FakeBehaviour =
  | { kind: 'answer'; chunks: string[] }
  | { kind: 'error'; status: number }
  /** Streams the first chunks, then an SSE `error` event (Anthropic's mid-stream overload). */
  | { kind: 'stream-error'; chunks: string[] }
  /** Accepts the request and never answers. */
  | { kind: 'silent' };

export type RecordedRequest = {
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
};

const sse = (event: string, data: object) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

function message(model: string, text: string) {
  return {
    id: 'msg_fake',
    type: 'message',
    role: 'assistant',
    model,
    content: text ? [{ type: 'text', text }] : [],
    stop_reason: text ? 'end_turn' : null,
    stop_sequence: null,
    usage: { input_tokens: 42, output_tokens: text.length },
  };
}

/**
 * A server on 127.0.0.1 that speaks Anthropic's Messages API (`POST /v1/messages`), as JSON or as
 * the SSE event stream (message_start, content_block_start, ping, content_block_delta,
 * content_block_stop, message_delta, message_stop; `error` on failure).
 */
export async function startFakeAnthropic() {
  const requests: RecordedRequest[] = [];
  let behaviour: FakeBehaviour = { kind: 'answer', chunks: ['Hello'] };
  const server = createServer(async (req, res) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = JSON.parse(raw || '{}') as Record<string, unknown>;
    requests.push({ path: req.url ?? '', headers: req.headers, body });
    const model = String(body.model);
    if (req.method !== 'POST' || req.url !== '/v1/messages') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{}');
      return;
    }
    switch (behaviour.kind) {
      case 'silent':
        return;
      case 'error':
        res.writeHead(behaviour.status, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ type: 'error', error: { type: 'api_error', message: 'Internal server error' } }),
        );
        return;
      case 'answer':
      case 'stream-error': {
        const { chunks } = behaviour;
        if (!body.stream) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(message(model, chunks.join(''))));
          return;
        }
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        res.write(sse('message_start', { type: 'message_start', message: message(model, '') }));
        res.write(
          sse('content_block_start', {
            type: 'content_block_start',
            index: 0,
            content_block: { type: 'text', text: '' },
          }),
        );
        res.write(sse('ping', { type: 'ping' }));
        for (const text of chunks) {
          res.write(
            sse('content_block_delta', {
              type: 'content_block_delta',
              index: 0,
              delta: { type: 'text_delta', text },
            }),
          );
        }
        if (behaviour.kind === 'stream-error') {
          res.end(
            sse('error', { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }),
          );
          return;
        }
        res.write(sse('content_block_stop', { type: 'content_block_stop', index: 0 }));
        res.write(
          sse('message_delta', {
            type: 'message_delta',
            delta: { stop_reason: 'end_turn', stop_sequence: null },
            usage: { output_tokens: chunks.length },
          }),
        );
        res.end(sse('message_stop', { type: 'message_stop' }));
        return;
      }
      default: {
        const unreachable: never = behaviour;
        return unreachable;
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    respond(next: FakeBehaviour) {
      behaviour = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
