import type { Dispatcher } from 'undici';
import { type Rejection, reject } from './validate-bid';

export const MAX_RESPONSE_BYTES = 64 * 1024;

export type PingRequest = {
  url: URL;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body: string | undefined;
  timeoutMs: number;
};

export type PingAnswer =
  | { kind: 'response'; status: number; contentType: string; body: Buffer }
  | { kind: 'too_large'; status: number; body: Buffer }
  | { kind: 'failed'; rejection: Rejection };

class PingCancelled extends Error {}

/**
 * One HTTP exchange with a bidder, straight on undici's dispatcher: no response stream or promise
 * per ping, and the body is counted as it arrives so a bidder past the cap is cut off at once.
 * Calls `onAnswer` exactly once, unless cancelled first; the returned function cancels.
 */
export function sendPing(
  dispatcher: Dispatcher,
  request: PingRequest,
  onAnswer: (answer: PingAnswer) => void,
): () => void {
  let done = false;
  let controller: Dispatcher.DispatchController | undefined;
  let status = 0;
  let contentType = '';
  let size = 0;
  const chunks: Buffer[] = [];

  const finish = (answer: PingAnswer) => {
    if (done) return;
    done = true;
    onAnswer(answer);
  };
  const cutOff = () => {
    finish({ kind: 'too_large', status, body: Buffer.concat(chunks) });
    controller?.abort(new PingCancelled('Answer too large'));
  };

  try {
    dispatcher.dispatch(
      {
        origin: request.url.origin,
        path: `${request.url.pathname}${request.url.search}`,
        method: request.method,
        headers: request.headers,
        body: request.body,
        // Backstops only: the auction's own timers end a ping much sooner.
        headersTimeout: request.timeoutMs + 1_000,
        bodyTimeout: request.timeoutMs + 1_000,
      },
      {
        onRequestStart(started) {
          controller = started;
          if (done) started.abort(new PingCancelled('Ping cancelled'));
        },
        onResponseStart(_, statusCode, headers) {
          if (statusCode < 200) return;
          status = statusCode;
          contentType = String(headers['content-type'] ?? '');
          if (Number(headers['content-length']) > MAX_RESPONSE_BYTES) cutOff();
        },
        onResponseData(_, chunk) {
          if (done) return;
          size += chunk.length;
          chunks.push(chunk);
          if (size > MAX_RESPONSE_BYTES) cutOff();
        },
        onResponseEnd() {
          finish({ kind: 'response', status, contentType, body: Buffer.concat(chunks) });
        },
        onResponseError(_, error) {
          if (!(error instanceof PingCancelled)) finish({ kind: 'failed', rejection: classifyError(error) });
        },
      },
    );
  } catch (error) {
    finish({ kind: 'failed', rejection: classifyError(error) });
  }

  return () => {
    if (done) return;
    done = true;
    controller?.abort(new PingCancelled('Ping cancelled'));
  };
}

function classifyError(error: unknown): Rejection {
  const { code, name, message } = errorDetails(error);
  if (code === 'ERR_RTB_BLOCKED_ADDRESS') return reject('blocked_address', message);
  if (
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT'
  ) {
    return reject('timeout', message);
  }
  if (name === 'HTTPParserError' || code?.startsWith('HPE_')) {
    return reject('bad_response', `Answer is not valid HTTP: ${message}`);
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return reject('connection_failed', 'Host name does not resolve');
  if (code === 'UND_ERR_SOCKET')
    return reject('connection_failed', 'Bidder closed the connection without answering');
  return reject('connection_failed', code ? `${code}: ${message}` : message);
}

/** The most specific code in an error's cause chain (undici wraps socket errors). */
function errorDetails(error: unknown): { code: string | undefined; name: string; message: string } {
  let current: unknown = error;
  let outer: { code: string | undefined; name: string; message: string } | undefined;
  for (let depth = 0; depth < 3 && current instanceof Error; depth++) {
    const raw = (current as { code?: unknown }).code;
    const details = {
      code: typeof raw === 'string' ? raw : undefined,
      name: current.name,
      message: current.message,
    };
    outer ??= details;
    if (details.code && details.code !== 'UND_ERR_SOCKET') return details;
    current = current.cause;
  }
  return outer ?? { code: undefined, name: 'Error', message: String(error) };
}
