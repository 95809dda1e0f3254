import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuyer, signUp } from '../../../test/factories';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { computeSignature } from './hmac';

let t: TestApp;
let owner: Awaited<ReturnType<typeof signUp>>;
let bidder: { url: string; seen: { headers: IncomingMessage['headers']; body: string }[]; close(): void };

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app);
  const seen: { headers: IncomingMessage['headers']; body: string }[] = [];
  const server = createServer(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    seen.push({ headers: request.headers, body });
    const signature = request.headers['x-signature'];
    const expected = computeSignature('a-very-secret-hmac-key', String(request.headers['x-timestamp']), body);
    response.setHeader('content-type', 'application/json');
    response.end(
      JSON.stringify(
        signature && signature !== expected
          ? { bidAmount: 0, rejectReason: 'bad signature' }
          : { bid: { amount: '17.25' }, phoneNumber: '(720) 555-0123', expireInSeconds: 30 },
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  bidder = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/bid`,
    seen,
    close: () => server.close(),
  };
});
afterAll(async () => {
  bidder.close();
  await t.close();
});

const send = (method: 'POST' | 'PATCH' | 'GET' | 'DELETE', url: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: owner.headers, payload: payload as Record<string, unknown> });
const fieldsOf = (response: { json(): { error: { details?: { fields: { field: string }[] } } } }) =>
  response.json().error.details?.fields.map((f) => f.field) ?? [];

const bidderTarget = (overrides: Record<string, unknown> = {}) => ({
  name: 'Acme bidder',
  endpointUrl: bidder.url,
  requestTemplate: '{"caller":"[Call:CallerId]","state":"{callerState}","min":{minBid}}',
  responseMapping: { bidAmountPath: '$.bid.amount' },
  minBidCents: 500,
  maxBidCents: 5000,
  ...overrides,
});

describe('RTB targets and routers', () => {
  it('creates a target, never returns its secret, previews and tests its request with HMAC', async () => {
    const buyer = await createBuyer(t.app, owner);
    const created = await send('POST', '/api/rtb/targets', {
      ...bidderTarget({ buyerId: buyer.id }),
      auth: { type: 'hmac', secret: 'a-very-secret-hmac-key' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const target = created.json();
    expect(target).toMatchObject({
      method: 'POST',
      timeoutMs: 1500,
      auth: { type: 'hmac', hasSecret: true },
    });
    expect(created.body).not.toContain('a-very-secret-hmac-key');

    const preview = await send('POST', `/api/rtb/targets/${target.id}/preview`, {
      callerId: '(303) 555-0188',
      callerState: 'CO',
    });
    expect(preview.statusCode).toBe(200);
    expect(JSON.parse(preview.json().body)).toEqual({ caller: '+13035550188', state: 'CO', min: 5 });
    expect(preview.json().headers['X-Signature']).toBe('(computed when sent)');

    const tested = await send('POST', `/api/rtb/targets/${target.id}/test`, {});
    expect(tested.statusCode).toBe(200);
    expect(tested.json()).toMatchObject({
      valid: true,
      httpStatus: 200,
      bid: { amountCents: 1725, destination: '(720) 555-0123' },
    });
    const ping = bidder.seen.at(-1)!;
    expect(ping.headers['x-signature']).toBe(
      computeSignature('a-very-secret-hmac-key', String(ping.headers['x-timestamp']), ping.body),
    );
  });

  it('refuses unknown tokens, bad response paths and an inverted bid range, naming each field', async () => {
    const bad = await send(
      'POST',
      '/api/rtb/targets',
      bidderTarget({
        requestTemplate: '{"x":"[Call:Nope]"}',
        responseMapping: { bidAmountPath: '$..[?(@.x)]' },
        minBidCents: 900,
        maxBidCents: 100,
      }),
    );
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(
      expect.arrayContaining(['requestTemplate', 'responseMapping.bidAmountPath', 'maxBidCents']),
    );
    const missingSecret = await send(
      'POST',
      '/api/rtb/targets',
      bidderTarget({ auth: { type: 'header', headerName: 'X-Key' } }),
    );
    expect(fieldsOf(missingSecret)).toEqual(['auth.headerValue']);
    const scheme = await send(
      'POST',
      '/api/rtb/targets',
      bidderTarget({ endpointUrl: 'ftp://bids.example.com' }),
    );
    expect(fieldsOf(scheme)).toEqual(['endpointUrl']);
  });

  it('groups targets into routers with priority and weight', async () => {
    const a = (await send('POST', '/api/rtb/targets', bidderTarget())).json();
    const b = (await send('POST', '/api/rtb/targets', bidderTarget({ name: 'Beta bidder' }))).json();
    const router = await send('POST', '/api/rtb/routers', {
      name: 'Auto insurance ring tree',
      reserveCents: 800,
      targets: [
        { rtbTargetId: a.id, priority: 1, weight: 60 },
        { rtbTargetId: b.id, priority: 2, weight: 40 },
      ],
    });
    expect(router.statusCode).toBe(201);
    expect(router.json()).toMatchObject({
      reserveCents: 800,
      auctionTimeoutMs: 1500,
      requireCallerId: false,
    });
    expect(router.json().targets).toHaveLength(2);
    const unknown = await send('PATCH', `/api/rtb/routers/${router.json().id}`, {
      targets: [{ rtbTargetId: 'rtbt_nope', priority: 1, weight: 1 }],
    });
    expect(fieldsOf(unknown)).toEqual(['targets.0.rtbTargetId']);
  });

  it('gives every campaign an unguessable rtbId', async () => {
    const campaign = (await send('POST', '/api/campaigns', { name: 'RTB campaign' })).json();
    expect(campaign.rtbId).toMatch(/^[0-9A-Za-z]{24}$/);
  });
});

describe('the SSRF guard and the built-in demo bidder', () => {
  let strict: TestApp;
  beforeAll(async () => {
    strict = await createTestApp({ ALLOW_PRIVATE_OUTBOUND: 'false', PUBLIC_URL: 'http://127.0.0.1:5000' });
  });
  afterAll(() => strict.close());

  it('refuses private and loopback bidders unless allowed, but lets users try the demo bidder', async () => {
    const user = await signUp(strict.app);
    const create = (endpointUrl: string) =>
      strict.app.inject({
        method: 'POST',
        url: '/api/rtb/targets',
        headers: user.headers,
        payload: { name: 'x', endpointUrl },
      });
    for (const url of [
      'http://127.0.0.1:9/bid',
      'http://10.0.0.8/bid',
      'http://169.254.169.254/latest',
      'http://[::1]/',
    ]) {
      const response = await create(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.details.fields[0].field).toBe('endpointUrl');
    }
    const demo = await create('http://127.0.0.1:5000/_sim/rtb?scenario=accept&bid=9.5');
    expect(demo.statusCode).toBe(201);
    const sim = await strict.app.inject({ method: 'GET', url: '/_sim/rtb?scenario=accept_sip&bid=9.5' });
    expect(sim.json()).toMatchObject({ bidAmount: 9.5, sipAddress: 'sip:demo-buyer@sip.example.com' });
  });
});
