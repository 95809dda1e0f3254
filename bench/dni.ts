import type { BenchServerInfo } from './bench-server-info';
import { startProcess } from './child-process';
import { formatResult, runLoad } from './load';

/** Visitors hitting /api/dni/track: one in five a new visit, the rest returning sessions and heartbeats. */
export async function benchDni() {
  const duration = Number(process.env.BENCH_SECONDS ?? 10);
  const rate = Number(process.env.BENCH_RATE ?? 2000);
  const server = await startProcess<BenchServerInfo>('bench-server.ts');
  const origin = `http://127.0.0.1:${server.info.port}`;
  const sessions: string[] = [];
  for (let i = 0; i < 300; i++) {
    const response = await fetch(`${origin}/api/dni/track`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ tagCode: server.info.tagCode, url: 'https://shop.example/?utm_source=bench' }),
    });
    sessions.push(((await response.json()) as { sessionId: string }).sessionId);
  }
  const visit = () => ({
    method: 'POST' as const,
    path: '/api/dni/track',
    headers: { 'content-type': 'text/plain' },
    body: JSON.stringify({
      tagCode: server.info.tagCode,
      sessionId: Math.random() < 0.2 ? null : sessions[Math.floor(Math.random() * sessions.length)],
      url: 'https://shop.example/pricing?utm_source=bench',
      utmSource: 'bench',
    }),
  });
  const tracked = (status: number, body: string) => status === 200 && body.includes('phoneNumber');
  await runLoad({ origin, durationSeconds: 2, connections: 20, makeRequest: visit });
  const atRate = await runLoad({
    origin,
    durationSeconds: duration,
    connections: 64,
    ratePerSecond: rate,
    makeRequest: visit,
    isOk: tracked,
  });
  const max = await runLoad({
    origin,
    durationSeconds: duration,
    connections: 50,
    makeRequest: visit,
    isOk: tracked,
  });
  server.stop();
  console.log(`\ndni benchmark on ${server.info.driver}, ${duration}s per phase, pool of 200 numbers\n`);
  console.log(formatResult(`DNI track at a fixed ${rate} req/s`, atRate));
  console.log(formatResult('DNI track, max throughput (50 conns)', max));
}
