import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import {
  type AuctionBidder,
  type AuctionResult,
  closeRtbDispatchers,
  runAuction,
} from '../server/modules/rtb/run-auction';
import { startProcess } from './child-process';

const BIDDERS = 50;
const HANGING = 5;
const MIN_DELAY_MS = 1;
const MAX_DELAY_MS = 40;
const HANG_DEADLINE_MS = 100;
const CONCURRENT_AUCTIONS = Number(process.env.RTB_BENCH_CONCURRENCY ?? 16);

/**
 * The bidders run in a child process (this file, started with RTB_BENCH_ROLE=bidders), so their
 * timers and HTTP parsing do not share an event loop with the auction being measured. Each one
 * answers after the delay the ping asks for in `x-delay-ms`, or never when it carries `x-hang`.
 */
async function serveBidders() {
  const ports: number[] = [];
  for (let i = 0; i < BIDDERS; i++) {
    const answer = JSON.stringify({
      bidId: `bench-${i}`,
      bidAmount: (5 + i * 0.37).toFixed(2),
      phoneNumber: `+1720555${String(1000 + i)}`,
      expireInSeconds: 30,
    });
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        if (req.headers['x-hang']) return;
        setTimeout(
          () => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(answer);
          },
          Number(req.headers['x-delay-ms'] ?? 0),
        );
      });
    });
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    ports.push(typeof address === 'object' && address ? address.port : 0);
  }
  console.log(`READY ${JSON.stringify({ ports })}`);
}

type Series = { values: number[]; errors: number; auctions: number; seconds: number };

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The layout of load.ts `formatResult`, counting auctions rather than requests. */
function formatSeries(label: string, series: Series): string {
  const sorted = [...series.values].sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const perSecond = series.auctions / series.seconds;
  return `${label.padEnd(44)} ${perSecond.toFixed(0).padStart(6)} auctions/s   p50 ${ms(percentile(sorted, 50))}   p95 ${ms(
    percentile(sorted, 95),
  )}   p99 ${ms(percentile(sorted, 99))}   errors ${series.errors}/${series.auctions}`;
}

type Plan = { bidders: AuctionBidder[]; slowestDelay: number; hanging: Set<string> };

function planAuction(ports: number[], hangCount: number, deadlineMs: number): Plan {
  const hanging = new Set<string>();
  while (hanging.size < hangCount) hanging.add(`b${Math.floor(Math.random() * ports.length)}`);
  let slowestDelay = 0;
  const bidders = ports.map((port, i): AuctionBidder => {
    const id = `b${i}`;
    const delay = MIN_DELAY_MS + Math.floor(Math.random() * (MAX_DELAY_MS - MIN_DELAY_MS + 1));
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-delay-ms': String(delay),
    };
    if (hanging.has(id)) headers['x-hang'] = '1';
    else slowestDelay = Math.max(slowestDelay, delay);
    return {
      id,
      priority: i % 3,
      timeoutMs: deadlineMs,
      request: {
        url: `http://127.0.0.1:${port}/ping`,
        method: 'POST',
        headers,
        body: `{"callerId":"+12125550100","zip":"80202","requestId":"bench-${i}"}`,
      },
    };
  });
  return { bidders, slowestDelay, hanging };
}

/** Every bidder that was not told to hang gave a valid bid, and the hanging ones timed out. */
function asPlanned(result: AuctionResult, plan: Plan): boolean {
  return result.pings.every((ping) =>
    plan.hanging.has(ping.bidderId)
      ? !ping.outcome.valid && ping.outcome.reason === 'timeout'
      : ping.outcome.valid,
  );
}

async function timedAuction(plan: Plan, deadlineMs: number) {
  const started = performance.now();
  const result = await runAuction({ bidders: plan.bidders, deadlineMs, allowPrivate: true });
  return { result, wall: performance.now() - started };
}

export async function benchRtb() {
  const duration = Number(process.env.BENCH_SECONDS ?? 10);
  const child = await startProcess<{ ports: number[] }>('rtb.ts', { RTB_BENCH_ROLE: 'bidders' });
  const { ports } = child.info;

  /** Auctions one after another; `bidders` of the 50 take part, `hang` of them never answer. */
  const sequential = async (
    seconds: number,
    options: { bidders: number; hang: number; deadlineMs: number },
  ) => {
    const pastSlowest: Series = { values: [], errors: 0, auctions: 0, seconds: 0 };
    const pastLastAnswer: Series = { ...pastSlowest, values: [] };
    const started = performance.now();
    while (performance.now() - started < seconds * 1000) {
      const plan = planAuction(ports.slice(0, options.bidders), options.hang, options.deadlineMs);
      const { result, wall } = await timedAuction(plan, options.deadlineMs);
      const lastAnswer = Math.max(
        ...result.pings.filter((p) => !plan.hanging.has(p.bidderId)).map((p) => p.latencyMs ?? 0),
      );
      pastSlowest.values.push(options.hang ? wall - options.deadlineMs : wall - plan.slowestDelay);
      pastLastAnswer.values.push(wall - lastAnswer);
      const closedBy = options.hang ? 'deadline' : 'all_settled';
      const ok = asPlanned(result, plan) && result.closedBy === closedBy;
      for (const series of [pastSlowest, pastLastAnswer]) {
        series.auctions++;
        if (!ok) series.errors++;
      }
    }
    pastSlowest.seconds = pastLastAnswer.seconds = (performance.now() - started) / 1000;
    return { pastSlowest, pastLastAnswer };
  };

  // Warm-up: JIT, and a keep-alive connection to every bidder, as a running server has them.
  await sequential(1, { bidders: BIDDERS, hang: 0, deadlineMs: 1_000 });
  const single = await sequential(duration, { bidders: 1, hang: 0, deadlineMs: 1_000 });
  const allAnswer = await sequential(duration, { bidders: BIDDERS, hang: 0, deadlineMs: 1_000 });
  const withHangs = await sequential(duration, {
    bidders: BIDDERS,
    hang: HANGING,
    deadlineMs: HANG_DEADLINE_MS,
  });

  const underLoad: Series = { values: [], errors: 0, auctions: 0, seconds: 0 };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENT_AUCTIONS }, async () => {
      while (performance.now() - started < duration * 1000) {
        const plan = planAuction(ports, 0, 1_000);
        const { result, wall } = await timedAuction(plan, 1_000);
        underLoad.values.push(wall - plan.slowestDelay);
        underLoad.auctions++;
        if (!asPlanned(result, plan)) underLoad.errors++;
      }
    }),
  );
  underLoad.seconds = (performance.now() - started) / 1000;

  await closeRtbDispatchers();
  child.stop();
  console.log(
    `\nrtb benchmark: ${BIDDERS} bidders on 127.0.0.1 in a child process, each answering in ` +
      `${MIN_DELAY_MS}–${MAX_DELAY_MS} ms (random per ping), ${duration}s per phase\n` +
      'figures are milliseconds the auction adds: aim (a) median ≤ 3 ms, (b) ≤ 5 ms\n',
  );
  console.log(formatSeries('reference: 1 bidder, wall − its delay', single.pastSlowest));
  console.log(formatSeries("(a) wall − slowest bidder's delay", allAnswer.pastSlowest));
  console.log(formatSeries('    wall − slowest answer as measured', allAnswer.pastLastAnswer));
  console.log(
    formatSeries(`(b) overshoot, ${HANGING} hang, ${HANG_DEADLINE_MS} ms deadline`, withHangs.pastSlowest),
  );
  console.log(formatSeries(`(c) ${CONCURRENT_AUCTIONS} auctions at once, wall − slowest`, underLoad));
  console.log(
    `\n(c) throughput: ${(underLoad.auctions / underLoad.seconds).toFixed(0)} auctions/s, ` +
      `${((underLoad.auctions * BIDDERS) / underLoad.seconds).toFixed(0)} pings/s`,
  );
}

if (process.env.RTB_BENCH_ROLE === 'bidders') await serveBidders();
