import { performance } from 'node:perf_hooks';
import type { Dispatcher } from 'undici';
import { type PingAnswer, sendPing } from '../rtb/ping-bidder';
import { type BidderRequest, excerptOf, rtbDispatcher } from '../rtb/run-auction';
import { checkUrl } from '../rtb/ssrf-guard';

/** What one attempt to deliver a pixel came to, and whether another attempt could help. */
export type PixelAttempt = {
  outcome: 'delivered' | 'retry' | 'failed';
  httpStatus: number | null;
  latencyMs: number | null;
  responseExcerpt: string | null;
  error: string | null;
};

// A busy or briefly broken tracker may answer later; a 4xx says the request itself is wrong.
const RETRYABLE_STATUS = (status: number) => status === 408 || status === 429 || status >= 500;

function judge(status: number, body: Buffer, latencyMs: number, note: string | null): PixelAttempt {
  const responseExcerpt = excerptOf(body);
  // Trackers often answer an image pixel with a redirect: the hit was counted either way.
  if (status >= 200 && status < 400)
    return { outcome: 'delivered', httpStatus: status, latencyMs, responseExcerpt, error: note };
  return {
    outcome: RETRYABLE_STATUS(status) ? 'retry' : 'failed',
    httpStatus: status,
    latencyMs,
    responseExcerpt,
    error: `HTTP ${status}`,
  };
}

/**
 * Sends a rendered pixel request through the RTB outbound path: the SSRF guard vets every address
 * (literals here, DNS answers in the dispatcher's lookup), the answer is cut off past 64 KB, and
 * the whole exchange ends at `timeoutMs`. Resolves, never rejects.
 */
export function sendPixelRequest(
  request: BidderRequest,
  options: { allowPrivate: boolean; timeoutMs: number; dispatcher?: Dispatcher },
): Promise<PixelAttempt> {
  const checked = checkUrl(request.url, { allowPrivate: options.allowPrivate });
  if (!checked.ok) {
    return Promise.resolve({
      outcome: 'failed',
      httpStatus: null,
      latencyMs: null,
      responseExcerpt: null,
      error: checked.message,
    });
  }
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const onAnswer = (answer: PingAnswer) => {
      settled = true;
      clearTimeout(timer);
      switch (answer.kind) {
        case 'response':
          return resolve(judge(answer.status, answer.body, elapsed(), null));
        case 'too_large':
          return resolve(judge(answer.status, answer.body, elapsed(), 'Answer cut off at 64 KB'));
        case 'failed': {
          const { reason, message } = answer.rejection;
          return resolve({
            outcome: reason === 'blocked_address' ? 'failed' : 'retry',
            httpStatus: null,
            latencyMs: elapsed(),
            responseExcerpt: null,
            error: message,
          });
        }
        default: {
          const never: never = answer;
          throw new Error(`Unknown answer ${JSON.stringify(never)}`);
        }
      }
    };
    const cancel = sendPing(
      options.dispatcher ?? rtbDispatcher(options.allowPrivate),
      {
        url: checked.url,
        method: request.method,
        headers: request.headers ?? {},
        body: request.body,
        timeoutMs: options.timeoutMs,
      },
      onAnswer,
    );
    if (settled) return;
    timer = setTimeout(() => {
      cancel();
      resolve({
        outcome: 'retry',
        httpStatus: null,
        latencyMs: elapsed(),
        responseExcerpt: null,
        error: `No answer within ${options.timeoutMs} ms`,
      });
    }, options.timeoutMs);
  });
}
