import { performance } from 'node:perf_hooks';
import { Agent, type Dispatcher } from 'undici';
import { signRequest } from './hmac';
import { MAX_RESPONSE_BYTES, type PingAnswer, sendPing } from './ping-bidder';
import { type ParsedBid, parseBidResponse, type ResponseMapping } from './response-mapping';
import { checkUrl, guardedLookup } from './ssrf-guard';
import {
  type BidOutcome,
  type BidRules,
  hasCallerId,
  reject,
  type ValidBid,
  validateBid,
} from './validate-bid';

export const EXCERPT_BYTES = 1024;

export type BidderRequest = {
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
};

export type AuctionBidder = {
  id: string;
  /** Lower wins a tie on amount. */
  priority: number;
  request: BidderRequest;
  timeoutMs: number;
  minBidCents?: number;
  maxBidCents?: number | null;
  currency?: string;
  forceE164?: boolean;
  mapping?: ResponseMapping;
  /** Signs each ping (X-Signature, X-Timestamp) with the target's secret. */
  hmacSecret?: string;
};

export type RunAuctionInput = {
  bidders: AuctionBidder[];
  /** Milliseconds from the start; the auction never runs past it. */
  deadlineMs: number;
  allowPrivate: boolean;
  reserveCents?: number;
  callerIdRequired?: boolean;
  callerId?: string | null;
  /** Wall clock (epoch ms) for bid expiry and signatures; latencies use a monotonic clock. */
  now?: () => number;
  /** Aborts the auction, e.g. when the caller hangs up. */
  signal?: AbortSignal;
  dispatcher?: Dispatcher;
};

export type PingRecord = {
  bidderId: string;
  /** False when the ping was refused before any request (bad URL, blocked address, no caller id). */
  sent: boolean;
  latencyMs: number | null;
  httpStatus: number | null;
  /** The first KB of the answer. */
  responseExcerpt: string | null;
  bid: ParsedBid | null;
  outcome: BidOutcome;
};

export type RankedBid = ValidBid & { bidderId: string; priority: number; answeredAtMs: number };

export type AuctionResult = {
  startedAt: number;
  durationMs: number;
  closedBy: 'all_settled' | 'deadline' | 'cancelled';
  pings: PingRecord[];
  /** Valid bids, best first: amount, then priority, then the earlier answer. */
  ranked: RankedBid[];
};

const dispatchers = new Map<boolean, Agent>();

/** One keep-alive pool per bidder origin, shared by every auction; connections vetted by the SSRF guard. */
export function rtbDispatcher(allowPrivate: boolean): Agent {
  let agent = dispatchers.get(allowPrivate);
  if (!agent) {
    agent = new Agent({
      keepAliveTimeout: 30_000,
      keepAliveMaxTimeout: 120_000,
      connections: 256,
      connect: { lookup: guardedLookup({ allowPrivate }), timeout: 5_000 },
    });
    dispatchers.set(allowPrivate, agent);
  }
  return agent;
}

/** For shutdown: drops the pools' idle connections. */
export async function closeRtbDispatchers(): Promise<void> {
  const agents = [...dispatchers.values()];
  dispatchers.clear();
  await Promise.all(agents.map((agent) => agent.close()));
}

/**
 * Pings every bidder at once and closes the moment all have settled or the deadline passes,
 * cancelling whatever is still outstanding. Resolves, never rejects: a bidder's misbehaviour
 * becomes that bidder's rejection reason.
 */
export function runAuction(input: RunAuctionInput): Promise<AuctionResult> {
  const now = input.now ?? Date.now;
  const startedAt = now();
  const origin = performance.now();
  const elapsed = () => performance.now() - origin;
  const { bidders, deadlineMs } = input;
  const count = bidders.length;
  const records: (PingRecord | undefined)[] = new Array(count);
  const sentAt: number[] = new Array(count).fill(0);
  const settledAt: number[] = new Array(count).fill(0);
  const cancels: ((() => void) | undefined)[] = new Array(count);
  const timers: NodeJS.Timeout[] = [];
  let pending = count;
  let closed = false;

  return new Promise<AuctionResult>((resolve) => {
    const onAbort = () => finish('cancelled');

    const finish = (closedBy: AuctionResult['closedBy']) => {
      if (closed) return;
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      input.signal?.removeEventListener('abort', onAbort);
      const at = elapsed();
      for (let i = 0; i < count; i++) {
        if (records[i]) continue;
        const outcome =
          closedBy === 'cancelled'
            ? reject('cancelled', 'The auction was cancelled before this bidder answered')
            : reject('timeout', `No answer within the auction deadline of ${deadlineMs} ms`);
        records[i] = failure(bidders[i].id, outcome, at - sentAt[i]);
        settledAt[i] = at;
        cancels[i]?.();
      }
      resolve(
        summarise(bidders, records as PingRecord[], settledAt, { startedAt, closedBy, durationMs: at }),
      );
    };

    const settle = (index: number, record: PingRecord) => {
      if (closed || records[index]) return;
      records[index] = record;
      settledAt[index] = elapsed();
      if (--pending === 0) finish('all_settled');
    };

    if (input.signal?.aborted) return finish('cancelled');
    input.signal?.addEventListener('abort', onAbort, { once: true });
    timers.push(setTimeout(() => finish('deadline'), deadlineMs));
    if (!count) return finish('all_settled');

    if (input.callerIdRequired && !hasCallerId(input.callerId)) {
      const outcome = reject('caller_id_required', 'The router requires a caller id and this call has none');
      for (let i = 0; i < count; i++) settle(i, failure(bidders[i].id, outcome, null, false));
      return;
    }

    const dispatcher = input.dispatcher ?? rtbDispatcher(input.allowPrivate);
    for (let i = 0; i < count && !closed; i++) {
      const bidder = bidders[i];
      const checked = checkUrl(bidder.request.url, { allowPrivate: input.allowPrivate });
      if (!checked.ok) {
        settle(i, failure(bidder.id, reject(checked.reason, checked.message), null, false));
        continue;
      }
      const { method } = bidder.request;
      const body = method === 'GET' ? undefined : (bidder.request.body ?? '');
      const headers = { ...bidder.request.headers };
      if (bidder.hmacSecret) Object.assign(headers, signRequest(bidder.hmacSecret, body ?? '', now()));
      if (bidder.timeoutMs < deadlineMs) {
        timers.push(
          setTimeout(() => {
            const outcome = reject('timeout', `No answer within the bidder's ${bidder.timeoutMs} ms timeout`);
            settle(i, failure(bidder.id, outcome, elapsed() - sentAt[i]));
            cancels[i]?.();
          }, bidder.timeoutMs),
        );
      }
      sentAt[i] = elapsed();
      const request = { url: checked.url, method, headers, body, timeoutMs: bidder.timeoutMs };
      cancels[i] = sendPing(dispatcher, request, (answer) => {
        if (closed || records[i]) return;
        let record: PingRecord;
        try {
          record = interpret(bidder, answer, now(), input);
        } catch (error) {
          // Unreachable by design; a bug here must cost one bid, not the auction.
          record = failure(
            bidder.id,
            reject('bad_response', `Could not read the answer: ${String(error)}`),
            null,
          );
        }
        settle(i, { ...record, latencyMs: elapsed() - sentAt[i] });
      });
    }
  });
}

/** What a bidder's answer amounts to: parsed with its mapping, validated against the rules. */
function interpret(
  bidder: AuctionBidder,
  answer: PingAnswer,
  receivedAt: number,
  input: RunAuctionInput,
): PingRecord {
  if (answer.kind === 'failed') return failure(bidder.id, answer.rejection, null);
  const base = { ...failure(bidder.id, reject('no_bid', ''), null), httpStatus: answer.status };
  const record = (outcome: BidOutcome, bid: ParsedBid | null = null): PingRecord => ({
    ...base,
    responseExcerpt: excerptOf(answer.body),
    bid,
    outcome,
  });
  if (answer.kind === 'too_large') {
    return record(reject('too_large', `Answer is larger than ${MAX_RESPONSE_BYTES / 1024} KB`));
  }
  const { status, body, contentType } = answer;
  if (status < 200 || status >= 300) {
    const note = status >= 300 && status < 400 ? ' (redirects are not followed)' : '';
    return record(reject('http_error', `Bidder answered HTTP ${status}${note}`));
  }
  if (status === 204 || body.length === 0)
    return record(reject('no_bid', 'Bidder answered with an empty body'));
  let document: unknown;
  try {
    document = JSON.parse(body.toString('utf8'));
  } catch {
    const type = contentType ? ` (${contentType.split(';')[0]})` : '';
    return record(reject('bad_response', `Answer is not JSON${type}`));
  }
  const parsed = parseBidResponse(document, bidder.mapping, receivedAt);
  if (!parsed.ok) return record(reject('bad_response', parsed.message));
  const rules: BidRules = {
    minBidCents: bidder.minBidCents ?? 0,
    maxBidCents: bidder.maxBidCents ?? null,
    reserveCents: input.reserveCents ?? 0,
    currency: bidder.currency ?? 'USD',
    forceE164: bidder.forceE164 ?? false,
    callerIdRequired: input.callerIdRequired ?? false,
    callerId: input.callerId,
    now: receivedAt,
  };
  return record(validateBid(parsed.bid, rules), parsed.bid);
}

export function excerptOf(buffer: Buffer): string | null {
  if (!buffer.length) return null;
  return buffer
    .subarray(0, EXCERPT_BYTES)
    .toString('utf8')
    .replace(/\uFFFD+$/, '');
}

function failure(bidderId: string, outcome: BidOutcome, latencyMs: number | null, sent = true): PingRecord {
  return { bidderId, sent, latencyMs, httpStatus: null, responseExcerpt: null, bid: null, outcome };
}

function summarise(
  bidders: AuctionBidder[],
  records: PingRecord[],
  settledAt: number[],
  meta: Pick<AuctionResult, 'startedAt' | 'closedBy' | 'durationMs'>,
): AuctionResult {
  const ranked: RankedBid[] = [];
  records.forEach((record, i) => {
    if (!record.outcome.valid) return;
    const { id, priority } = bidders[i];
    ranked.push({ ...record.outcome.bid, bidderId: id, priority, answeredAtMs: settledAt[i] });
  });
  ranked.sort(
    (a, b) => b.amountCents - a.amountCents || a.priority - b.priority || a.answeredAtMs - b.answeredAtMs,
  );
  return { ...meta, pings: records, ranked };
}
