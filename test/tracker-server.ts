import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type TrackedRequest = {
  method: string;
  path: string;
  url: URL;
  body: string;
  headers: Record<string, unknown>;
  at: number;
};

/**
 * An outside tracker on 127.0.0.1 that keeps every request and answers each path with the next
 * scripted status (the last one repeats), 200 when none is scripted.
 */
export async function startTracker() {
  const requests: TrackedRequest[] = [];
  const scripts = new Map<string, number[]>();
  const jsonAnswers = new Map<string, unknown>();
  const server = createServer(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    const url = new URL(request.url ?? '/', 'http://tracker');
    requests.push({
      method: request.method ?? '',
      path: url.pathname,
      url,
      body,
      headers: request.headers,
      at: Date.now(),
    });
    const script = scripts.get(url.pathname) ?? [];
    const status = (script.length > 1 ? script.shift() : script[0]) ?? 200;
    response.statusCode = status;
    if (jsonAnswers.has(url.pathname)) {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(jsonAnswers.get(url.pathname)));
      return;
    }
    response.setHeader('content-type', 'text/plain');
    response.end(status < 300 ? 'ok' : 'tracker is down');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    url: (path: string) => `${base}${path}`,
    requests,
    to: (path: string) => requests.filter((r) => r.path === path),
    /** Answers the next requests to `path` with these statuses in turn. */
    script: (path: string, statuses: number[]) => scripts.set(path, [...statuses]),
    /** Answers `path` with this JSON (e.g. a bid, when the tracker plays an RTB bidder). */
    answerJson: (path: string, body: unknown) => jsonAnswers.set(path, body),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type Tracker = Awaited<ReturnType<typeof startTracker>>;

/** Polls until `check` passes or the time runs out; the last failure is rethrown. */
export async function eventually(check: () => Promise<void> | void, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
