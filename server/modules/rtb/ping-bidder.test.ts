import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_RESPONSE_BYTES, type PingAnswer, sendPing } from './ping-bidder';

const arrived: string[] = [];
const dropped: string[] = [];
let server: Server;
let base: string;
const agent = new Agent({ keepAliveTimeout: 10_000 });

beforeAll(async () => {
  server = createServer((req, res) => {
    arrived.push(req.url ?? '');
    res.on('close', () => {
      if (!res.writableEnded) dropped.push(req.url ?? '');
    });
    if (req.url === '/ok') res.writeHead(200, { 'content-type': 'application/json' }).end('{"bidAmount":1}');
    if (req.url === '/exact') res.writeHead(200).end(Buffer.alloc(MAX_RESPONSE_BYTES, 'a'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await agent.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function ping(path: string, onAnswer: (answer: PingAnswer) => void) {
  const request = {
    url: new URL(`${base}${path}`),
    method: 'GET' as const,
    headers: {},
    body: undefined,
    timeoutMs: 1_000,
  };
  return sendPing(agent, request, onAnswer);
}

const settleFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean) {
  const end = Date.now() + 2_000;
  while (!check()) {
    if (Date.now() > end) throw new Error('Timed out waiting for the bidder');
    await settleFor(5);
  }
}

describe('sendPing', () => {
  it('answers once with the status, content type and body', async () => {
    const answer = await new Promise<PingAnswer>((resolve) => ping('/ok', resolve));
    expect(answer).toMatchObject({ kind: 'response', status: 200, contentType: 'application/json' });
    expect(answer.kind === 'response' && answer.body.toString()).toBe('{"bidAmount":1}');
  });

  it('takes a body of exactly the cap', async () => {
    const answer = await new Promise<PingAnswer>((resolve) => ping('/exact', resolve));
    expect(answer.kind === 'response' && answer.body.length).toBe(MAX_RESPONSE_BYTES);
  });

  it('drops the connection of a cancelled ping and never answers', async () => {
    const answers: PingAnswer[] = [];
    const cancel = ping('/hang-1', (answer) => answers.push(answer));
    await until(() => arrived.includes('/hang-1'));
    cancel();
    await until(() => dropped.includes('/hang-1'));
    expect(answers).toEqual([]);
  });

  it('sends nothing when cancelled while still connecting', async () => {
    const cold = new Agent();
    const answers: PingAnswer[] = [];
    const request = {
      url: new URL(`${base}/never`),
      method: 'GET' as const,
      headers: {},
      body: undefined,
      timeoutMs: 1_000,
    };
    sendPing(cold, request, (answer) => answers.push(answer))();
    await settleFor(100);
    expect(arrived).not.toContain('/never');
    expect(answers).toEqual([]);
    await cold.close();
  });
});
