import type { Config } from '../../config';
import { type PingAnswer, sendPing } from '../rtb/ping-bidder';
import { rtbDispatcher } from '../rtb/run-auction';
import { checkUrl } from '../rtb/ssrf-guard';

/**
 * One request to a user-given URL (tracking pixel, enrich lookup): through the SSRF guard and the
 * shared undici pools, cut off after `timeoutMs` and at the size cap. Resolves null on any failure.
 */
export function requestUserUrl(
  config: Pick<Config, 'allowPrivateOutbound'>,
  request: { url: string; method: 'GET' | 'POST'; timeoutMs: number },
): Promise<Extract<PingAnswer, { kind: 'response' }> | null> {
  const allowPrivate = config.allowPrivateOutbound;
  const checked = checkUrl(request.url, { allowPrivate });
  if (!checked.ok) return Promise.resolve(null);
  return new Promise((resolve) => {
    let cancel: (() => void) | undefined;
    const timer = setTimeout(() => {
      cancel?.();
      resolve(null);
    }, request.timeoutMs);
    cancel = sendPing(
      rtbDispatcher(allowPrivate),
      {
        url: checked.url,
        method: request.method,
        headers: { 'user-agent': 'CallCenterPro-Flows/1', accept: 'application/json, */*' },
        body: undefined,
        timeoutMs: request.timeoutMs,
      },
      (answer) => {
        clearTimeout(timer);
        resolve(answer.kind === 'response' ? answer : null);
      },
    );
  });
}

/**
 * `{from}`, `{callId}`, `{var.zip}` … replaced by their values, URL-encoded unless told otherwise;
 * unknown tokens become "".
 */
export function fillTokens(
  template: string,
  tokens: Record<string, string>,
  encode: (value: string) => string = encodeURIComponent,
): string {
  return template.replace(/\{([A-Za-z0-9_.]{1,60})\}/g, (_, name: string) =>
    encode(Object.hasOwn(tokens, name) ? tokens[name] : ''),
  );
}
