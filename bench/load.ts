import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';

export type LoadRequest = {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
};

export type LoadResult = {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
};

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Drives a server over keep-alive connections. With `ratePerSecond` requests start on a fixed
 * schedule (open model: latency is measured from the scheduled start, so a stall cannot hide);
 * without it, `connections` workers send back to back for maximum throughput.
 */
export async function runLoad(options: {
  origin: string;
  durationSeconds: number;
  connections: number;
  ratePerSecond?: number;
  makeRequest: () => LoadRequest;
  isOk?: (status: number, body: string) => boolean;
}): Promise<LoadResult> {
  const pool = new Pool(options.origin, { connections: options.connections, pipelining: 1 });
  const latencies: number[] = [];
  let errors = 0;
  const isOk = options.isOk ?? ((status) => status < 400);
  const started = performance.now();
  const deadline = started + options.durationSeconds * 1000;

  const send = async (scheduledAt: number) => {
    const request = options.makeRequest();
    try {
      const response = await pool.request({ ...request, headers: request.headers });
      const body = await response.body.text();
      if (!isOk(response.statusCode, body)) errors++;
    } catch {
      errors++;
    }
    latencies.push(performance.now() - scheduledAt);
  };

  if (options.ratePerSecond) {
    const interval = 1000 / options.ratePerSecond;
    const inflight: Promise<void>[] = [];
    for (let next = started; next < deadline; next += interval) {
      const wait = next - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      inflight.push(send(next));
    }
    await Promise.all(inflight);
  } else {
    await Promise.all(
      Array.from({ length: options.connections }, async () => {
        while (performance.now() < deadline) await send(performance.now());
      }),
    );
  }
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

export function formatResult(label: string, result: LoadResult): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  return `${label.padEnd(44)} ${result.perSecond.toFixed(0).padStart(6)} req/s   p50 ${ms(result.p50)}   p95 ${ms(
    result.p95,
  )}   p99 ${ms(result.p99)}   errors ${result.errors}/${result.requests}`;
}
