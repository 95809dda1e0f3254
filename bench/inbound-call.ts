import { randomBytes } from 'node:crypto';
import { signTwilioRequest } from '../server/modules/telephony/signature';
import type { BenchServerInfo } from './bench-server-info';
import { startProcess } from './child-process';
import { formatResult, runLoad } from './load';

/** Concurrent signed voice webhooks against a real server process, beside a bare Fastify reference. */
export async function benchInboundCall() {
  const duration = Number(process.env.BENCH_SECONDS ?? 10);
  const hello = await startProcess<{ port: number }>('hello-world-server.ts');
  const reference = await runLoad({
    origin: `http://127.0.0.1:${hello.info.port}`,
    durationSeconds: duration,
    connections: 50,
    makeRequest: () => ({ method: 'GET', path: '/' }),
  });
  hello.stop();

  const server = await startProcess<BenchServerInfo>('bench-server.ts');
  const { info } = server;
  const signedCall = () => {
    const params = {
      CallSid: `CA${randomBytes(16).toString('hex')}`,
      AccountSid: 'ACbench',
      From: `+1212${String(2000000 + Math.floor(Math.random() * 7999999))}`,
      To: info.to,
      CallStatus: 'ringing',
      Direction: 'inbound',
      FromState: 'NY',
    };
    return {
      method: 'POST' as const,
      path: '/api/webhooks/voice',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': signTwilioRequest(
          info.authToken,
          `${info.publicUrl}/api/webhooks/voice`,
          params,
        ),
      },
      body: new URLSearchParams(params).toString(),
    };
  };
  const routed = (status: number, body: string) => status === 200 && body.includes('<Dial');
  const origin = `http://127.0.0.1:${info.port}`;
  // Warm-up: caches, JIT and connection pools, as a running server has them.
  await runLoad({ origin, durationSeconds: 2, connections: 10, makeRequest: signedCall });
  const atRate = await runLoad({
    origin,
    durationSeconds: duration,
    connections: 50,
    ratePerSecond: 200,
    makeRequest: signedCall,
    isOk: routed,
  });
  const max = await runLoad({
    origin,
    durationSeconds: duration,
    connections: 50,
    makeRequest: signedCall,
    isOk: routed,
  });
  server.stop();

  console.log(
    `\ninbound-call benchmark on ${info.driver}, ${duration}s per phase, 20 targets with caps and schedules\n`,
  );
  console.log(formatResult('bare Fastify hello world (reference)', reference));
  console.log(formatResult('inbound call at a fixed 200 calls/s', atRate));
  console.log(formatResult('inbound call, max throughput (50 conns)', max));
  console.log(`\nratio to bare Fastify: ${((max.perSecond / reference.perSecond) * 100).toFixed(1)}%`);
}
