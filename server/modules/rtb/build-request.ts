import { maskPhone } from '../../../contracts/phone';
import type { BidderRequest } from './run-auction';
import { type Escape, listUnknownTokens, renderTemplate, type TokenContext } from './tokens';

/** The parts of an RTB target that shape its ping. */
export type BidRequestTemplate = {
  endpointUrl: string;
  method: 'GET' | 'POST';
  contentType?: string | null;
  headers?: Record<string, string> | null;
  /** The body for POST, the query string for GET. */
  requestTemplate?: string | null;
};

function bodyEscape(contentType: string): Escape {
  if (/json/i.test(contentType)) return 'json';
  if (/x-www-form-urlencoded/i.test(contentType)) return 'url';
  return 'none';
}

/** The exact request a target gets for a call: what Preview shows and what the auction sends. */
export function buildBidRequest(target: BidRequestTemplate, context: TokenContext): BidderRequest {
  let url = renderTemplate(target.endpointUrl, context, { escape: 'url' });
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(target.headers ?? {})) {
    // A value with a line break could smuggle another header.
    headers[name] = renderTemplate(value, context, { escape: 'none' }).replace(/[\r\n]+/g, ' ');
  }
  const template = target.requestTemplate?.trim() ?? '';
  if (target.method === 'GET') {
    const query = renderTemplate(template.replace(/^\?/, ''), context, { escape: 'url' });
    if (query) url += (url.includes('?') ? '&' : '?') + query;
    return { url, method: 'GET', headers };
  }
  const contentType = target.contentType ?? 'application/json';
  headers['content-type'] = contentType;
  return {
    url,
    method: 'POST',
    headers,
    // An empty JSON body is not JSON: bidders (and Fastify) refuse it; `{}` says "no fields".
    body:
      template || !/json/i.test(contentType)
        ? renderTemplate(template, context, { escape: bodyEscape(contentType) })
        : '{}',
  };
}

/** Unknown tokens anywhere in a target's request — a 400 when saving. */
export function listUnknownTargetTokens(target: BidRequestTemplate): string[] {
  const sources = [target.endpointUrl, target.requestTemplate ?? '', ...Object.values(target.headers ?? {})];
  return [...new Set(sources.flatMap((source) => listUnknownTokens(source)))];
}

/** "+17205550123" → "720***0123" wherever the request carries the caller, for the stored ping log. */
export function maskCallerId(text: string, callerId: string | null | undefined): string {
  const digits = callerId?.replace(/\D/g, '') ?? '';
  if (digits.length < 7) return text;
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  const masked = maskPhone(callerId);
  const forms = [`+${digits}`, `%2B${digits}`, digits, national].sort((a, b) => b.length - a.length);
  return forms.reduce((result, form) => result.split(form).join(masked), text);
}
