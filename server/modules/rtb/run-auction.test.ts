import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from './hmac';
import { type AuctionBidder, type AuctionResult, closeRtbDispatchers, runAuction } from './run-auction';
import type { RejectionReason } from './validate-bid';

const SECRET = 'bidder-shared-secret';
const EXPIRY = Date.parse('2026-03-04T14:30:20.000Z');

type Ping = { query: URLSearchParams; body: string; headers: IncomingHttpHeaders };

function sendJson(res: ServerResponse, status: number, value: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

/** Requests the bidders saw, and the unanswered ones whose connection the auction closed. */
const seen: string[] = [];
const abandoned: string[] = [];

function holdOpen(path: string, res: ServerResponse) {
  res.on('close', () => {
    if (!res.writableEnded) abandoned.push(path);
  });
}

/** A bidder for each way a real one behaves, or misbehaves. */
const routes: Record<string, (ping: Ping, res: ServerResponse) => void> = {
  '/bid': ({ query }, res) => {
    setTimeout(
      () =>
        sendJson(res, 200, {
          bidId: query.get('id'),
          bidAmount: query.get('amount'),
          phoneNumber: '+17205550123',
          expireInSeconds: 30,
        }),
      Number(query.get('delay') ?? 0),
    );
  },
  '/epoch': (_, res) =>
    sendJson(res, 200, { bidAmount: 10, phoneNumber: '+17205550123', bidExpireEpoch: EXPIRY }),
  '/signed': ({ body, headers }, res) => {
    const signature = headers['x-signature'] as string | undefined;
    const timestamp = headers['x-timestamp'] as string | undefined;
    if (!verifySignature({ secret: SECRET, body, signature, timestamp, nowMs: Date.now() })) {
      return sendJson(res, 401, { error: 'bad signature' });
    }
    sendJson(res, 200, { bidAmount: 15, sipAddress: 'sip:agent@buyer.example.com' });
  },
  '/reject': (_, res) => sendJson(res, 200, { bidAmount: 0, rejectReason: 'No capacity', errorCode: 1003 }),
  '/hang': (_, res) => holdOpen('/hang', res),
  '/drip': (_, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"bidAmount": 1');
    holdOpen('/drip', res);
  },
  '/reset': (_, res) => res.socket?.destroy(),
  '/not-http': (_, res) => res.socket?.end('garbage\r\n\r\n'),
  '/error': (_, res) => sendJson(res, 503, { error: 'overloaded' }),
  '/html': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html><body>502 Bad Gateway</body></html>');
  },
  '/garbage': (_, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"bidAmount": 12.5,,, oops');
  },
  '/nonsense': (_, res) => sendJson(res, 200, { bidAmount: { value: 'lots' } }),
  '/array': (_, res) => sendJson(res, 200, [{ bidAmount: 10 }]),
  '/empty': (_, res) => res.writeHead(204).end(),
  '/redirect': (_, res) => res.writeHead(302, { location: 'http://169.254.169.254/' }).end(),
  '/huge': (_, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    holdOpen('/huge', res);
    const chunk = Buffer.alloc(16 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < 256 * 1024 * 1024 && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
    };
    pump();
  },
  '/huge-declared': (_, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024) });
    res.write('{"pad": "');
    holdOpen('/huge-declared', res);
  },
};

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://bidder');
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      seen.push(url.pathname);
      const route = routes[url.pathname];
      if (route) route({ query: url.searchParams, body, headers: req.headers }, res);
      else sendJson(res, 404, {});
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await closeRtbDispatchers();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function bidder(id: string, path: string, overrides: Partial<AuctionBidder> = {}): AuctionBidder {
  return {
    id,
    priority: 1,
    request: {
      url: `${base}${path}`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    },
    timeoutMs: 2_000,
    ...overrides,
  };
}

function reasons(result: AuctionResult): Record<string, RejectionReason | 'valid'> {
  return Object.fromEntries(
    result.pings.map((p) => [p.bidderId, p.outcome.valid ? 'valid' : p.outcome.reason]),
  );
}

async function eventually(check: () => boolean, withinMs = 2_000) {
  const until = Date.now() + withinMs;
  while (!check() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

describe('runAuction', () => {
  it('ranks valid bids by amount, then priority, then the earlier answer', async () => {
    const result = await runAuction({
      bidders: [
        bidder('a', '/bid?amount=12.50&id=a', { priority: 2 }),
        bidder('b', '/bid?amount=12.5&id=b'),
        bidder('c', '/bid?amount=9&id=c'),
        bidder('d', '/bid?amount=12.500&id=d&delay=60'),
        bidder('e', '/bid?amount=20&id=e', { priority: 0, maxBidCents: 1500 }),
      ],
      deadlineMs: 3_000,
      allowPrivate: true,
    });
    expect(result.closedBy).toBe('all_settled');
    expect(result.ranked.map((bid) => [bid.bidderId, bid.amountCents])).toEqual([
      ['b', 1250],
      ['d', 1250],
      ['a', 1250],
      ['c', 900],
    ]);
    expect(reasons(result).e).toBe('above_maximum');
    expect(result.ranked[0]).toMatchObject({
      bidId: 'b',
      destination: { kind: 'number', number: '+17205550123' },
    });
    for (const ping of result.pings) {
      expect(ping).toMatchObject({ sent: true, httpStatus: 200 });
      expect(ping.latencyMs).toBeGreaterThanOrEqual(0);
      expect(ping.responseExcerpt).toContain('bidAmount');
    }
    expect(result.pings.find((p) => p.bidderId === 'd')!.latencyMs).toBeGreaterThanOrEqual(55);
  });

  it('closes as soon as every bidder has answered, long before the deadline', async () => {
    const result = await runAuction({
      bidders: Array.from({ length: 10 }, (_, i) => bidder(`b${i}`, `/bid?amount=${5 + i}&delay=${i * 5}`)),
      deadlineMs: 5_000,
      allowPrivate: true,
    });
    expect(result.closedBy).toBe('all_settled');
    expect(result.ranked).toHaveLength(10);
    expect(result.durationMs).toBeGreaterThanOrEqual(40);
    expect(result.durationMs).toBeLessThan(1_500);
  });

  it('honours the deadline when bidders hang, and drops their connections', async () => {
    const before = abandoned.length;
    const result = await runAuction({
      bidders: [
        bidder('hang-1', '/hang'),
        bidder('fast', '/bid?amount=7'),
        bidder('hang-2', '/hang', { timeoutMs: 5_000 }),
        bidder('drip', '/drip'),
      ],
      deadlineMs: 300,
      allowPrivate: true,
    });
    expect(result.closedBy).toBe('deadline');
    expect(result.durationMs).toBeGreaterThanOrEqual(290);
    expect(result.durationMs).toBeLessThan(300 + 200);
    expect(reasons(result)).toEqual({
      'hang-1': 'timeout',
      fast: 'valid',
      'hang-2': 'timeout',
      drip: 'timeout',
    });
    expect(result.pings[0].outcome).toMatchObject({
      message: 'No answer within the auction deadline of 300 ms',
    });
    expect(result.ranked.map((bid) => bid.bidderId)).toEqual(['fast']);
    await eventually(() => abandoned.length - before === 3);
  });

  it('ends a bidder at its own timeout and the auction once the rest have answered', async () => {
    const result = await runAuction({
      bidders: [bidder('slowpoke', '/hang', { timeoutMs: 150 }), bidder('fast', '/bid?amount=7')],
      deadlineMs: 5_000,
      allowPrivate: true,
    });
    expect(result.closedBy).toBe('all_settled');
    expect(result.durationMs).toBeLessThan(1_500);
    expect(result.pings[0].outcome).toMatchObject({ reason: 'timeout', message: /150 ms timeout/ });
    expect(result.pings[0].latencyMs).toBeGreaterThanOrEqual(140);
  });

  it('turns every kind of misbehaviour into a rejection without delaying the auction', async () => {
    const before = abandoned.length;
    const result = await runAuction({
      bidders: [
        bidder('reset', '/reset'),
        bidder('not-http', '/not-http'),
        bidder('error', '/error'),
        bidder('html', '/html'),
        bidder('garbage', '/garbage'),
        bidder('nonsense', '/nonsense'),
        bidder('array', '/array'),
        bidder('empty', '/empty'),
        bidder('redirect', '/redirect'),
        bidder('reject', '/reject'),
        bidder('huge', '/huge'),
        bidder('huge-declared', '/huge-declared'),
        bidder('good', '/bid?amount=3'),
      ],
      deadlineMs: 3_000,
      allowPrivate: true,
    });
    expect(result.closedBy).toBe('all_settled');
    expect(result.durationMs).toBeLessThan(2_000);
    expect(reasons(result)).toEqual({
      reset: 'connection_failed',
      'not-http': 'bad_response',
      error: 'http_error',
      html: 'bad_response',
      garbage: 'bad_response',
      nonsense: 'bad_response',
      array: 'bad_response',
      empty: 'no_bid',
      redirect: 'http_error',
      reject: 'rejected_by_bidder',
      huge: 'too_large',
      'huge-declared': 'too_large',
      good: 'valid',
    });
    const ping = (id: string) => result.pings.find((p) => p.bidderId === id)!;
    expect(ping('error')).toMatchObject({ httpStatus: 503, responseExcerpt: '{"error":"overloaded"}' });
    expect(ping('html').outcome).toMatchObject({ message: 'Answer is not JSON (text/html)' });
    expect(ping('reject').outcome).toMatchObject({ message: 'Bidder declined the call: No capacity' });
    expect(ping('huge').responseExcerpt).toHaveLength(1024);
    expect(ping('redirect').outcome).toMatchObject({ message: /redirects are not followed/ });
    await eventually(() => abandoned.slice(before).filter((path) => path.startsWith('/huge')).length === 2);
  });

  it('signs pings so the bidder can check them', async () => {
    const result = await runAuction({
      bidders: [
        bidder('signed', '/signed', {
          hmacSecret: SECRET,
          request: { url: `${base}/signed`, method: 'POST', body: '{"c":1}' },
        }),
        bidder('wrong-secret', '/signed', { hmacSecret: 'not-the-secret' }),
        bidder('unsigned', '/signed'),
      ],
      deadlineMs: 2_000,
      allowPrivate: true,
    });
    expect(reasons(result)).toEqual({
      signed: 'valid',
      'wrong-secret': 'http_error',
      unsigned: 'http_error',
    });
    expect(result.ranked[0].destination).toEqual({ kind: 'sip', uri: 'sip:agent@buyer.example.com' });
  });

  it('judges expiry by the clock it is given', async () => {
    const run = (now: number) =>
      runAuction({
        bidders: [bidder('epoch', '/epoch')],
        deadlineMs: 2_000,
        allowPrivate: true,
        now: () => now,
      });
    expect(reasons(await run(EXPIRY - 1))).toEqual({ epoch: 'valid' });
    expect(reasons(await run(EXPIRY))).toEqual({ epoch: 'expired' });
  });

  it('refuses loopback, private and link-local bidders unless private addresses are allowed', async () => {
    const port = new URL(base).port;
    const before = seen.length;
    const result = await runAuction({
      bidders: [
        bidder('loopback', '/bid?amount=5'),
        bidder('ten', '/bid', { request: { url: 'http://10.255.255.1/bid', method: 'GET' } }),
        bidder('metadata', '/bid', {
          request: { url: 'http://169.254.169.254/latest/meta-data', method: 'GET' },
        }),
        bidder('ipv6', '/bid', { request: { url: `http://[::1]:${port}/bid?amount=5`, method: 'GET' } }),
        bidder('by-name', '/bid', {
          request: { url: `http://localhost:${port}/bid?amount=5`, method: 'GET' },
        }),
        bidder('ftp', '/bid', { request: { url: 'ftp://127.0.0.1/bid', method: 'GET' } }),
      ],
      deadlineMs: 2_000,
      allowPrivate: false,
    });
    expect(reasons(result)).toEqual({
      loopback: 'blocked_address',
      ten: 'blocked_address',
      metadata: 'blocked_address',
      ipv6: 'blocked_address',
      'by-name': 'blocked_address',
      ftp: 'invalid_url',
    });
    expect(result.pings[0]).toMatchObject({ sent: false, latencyMs: null });
    expect(result.pings[4].outcome).toMatchObject({ message: /localhost resolves to .* \(loopback\)/ });
    expect(seen.length).toBe(before);
  });

  it('pings nobody when the caller id it requires is missing', async () => {
    const before = seen.length;
    const result = await runAuction({
      bidders: [bidder('a', '/bid?amount=5'), bidder('b', '/bid?amount=6')],
      deadlineMs: 2_000,
      allowPrivate: true,
      callerIdRequired: true,
      callerId: 'anonymous',
    });
    expect(reasons(result)).toEqual({ a: 'caller_id_required', b: 'caller_id_required' });
    expect(result.pings.every((p) => !p.sent)).toBe(true);
    expect(result.durationMs).toBeLessThan(100);
    expect(seen.length).toBe(before);
  });

  it('stops at once when cancelled', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const result = await runAuction({
      bidders: [bidder('hang', '/hang'), bidder('fast', '/bid?amount=5')],
      deadlineMs: 5_000,
      allowPrivate: true,
      signal: controller.signal,
    });
    expect(result.closedBy).toBe('cancelled');
    expect(result.durationMs).toBeLessThan(1_000);
    expect(reasons(result)).toEqual({ hang: 'cancelled', fast: 'valid' });
  });

  it('settles an empty auction at once', async () => {
    const result = await runAuction({ bidders: [], deadlineMs: 1_000, allowPrivate: true });
    expect(result).toMatchObject({ closedBy: 'all_settled', pings: [], ranked: [] });
  });
});
