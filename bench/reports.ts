import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import { startProcess } from './child-process';

type ReportsServerInfo = {
  port: number;
  cookie: string;
  campaignId: string;
  driver: string;
  calls: number;
  seedSeconds: number;
  rollupSeconds: number;
  hours: number;
};

const RUNS = Number(process.env.REPORTS_BENCH_RUNS ?? 20);
const TZ = 'America%2FNew_York';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A local date `days` before today, for day ranges the way the Reports page asks for them. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** The main reports against a server holding a million calls over 90 days, one request at a time. */
export async function benchReports() {
  const server = await startProcess<ReportsServerInfo>('reports-server.ts');
  const { info } = server;
  const pool = new Pool(`http://127.0.0.1:${info.port}`, { connections: 1 });
  const last = (days: number) => `from=${daysAgo(days - 1)}&to=${daysAgo(0)}&timezone=${TZ}`;
  const reports: [string, string][] = [
    ['dashboard: 30 days by day', `/api/stats/historical?${last(30)}&groupBy=day`],
    ['90 days by day', `/api/stats/historical?${last(90)}&groupBy=day`],
    ['7 days by hour', `/api/stats/historical?${last(7)}&groupBy=hour`],
    ['30 days by campaign', `/api/stats/historical?${last(30)}&groupBy=campaign`],
    ['30 days by publisher', `/api/stats/historical?${last(30)}&groupBy=publisher`],
    ['30 days by state', `/api/stats/historical?${last(30)}&groupBy=state`],
    [
      '30 days by day, with unique callers',
      `/api/stats/historical?${last(30)}&groupBy=day&uniqueCallers=true`,
    ],
    [
      '30 days by day, one campaign',
      `/api/stats/historical?${last(30)}&groupBy=day&campaignId=${info.campaignId}`,
    ],
    [
      '30 days by state, one campaign (from calls)',
      `/api/stats/historical?${last(30)}&groupBy=state&campaignId=${info.campaignId}`,
    ],
    ['campaign stats, 30 days', `/api/stats/campaign/${info.campaignId}?${last(30)}`],
    ['RTB bidders, 30 days', `/api/stats/rtb?${last(30)}`],
    ['live calls', '/api/stats/live'],
  ];
  const lines: string[] = [];
  for (const [label, path] of reports) {
    const times: number[] = [];
    for (let run = 0; run < RUNS + 2; run++) {
      const started = performance.now();
      const response = await pool.request({ method: 'GET', path, headers: { cookie: info.cookie } });
      const body = await response.body.text();
      if (response.statusCode !== 200) throw new Error(`${path}: ${response.statusCode} ${body}`);
      if (run >= 2) times.push(performance.now() - started);
    }
    const sorted = times.sort((a, b) => a - b);
    const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;
    lines.push(`${label.padEnd(46)} p50 ${ms(percentile(sorted, 50))}   p95 ${ms(percentile(sorted, 95))}`);
  }
  await pool.close();
  // The server drops its PostgreSQL database on the way out: wait for it.
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.stop();
  await exited;
  console.log(
    `\nreports benchmark on ${info.driver}: ${info.calls.toLocaleString('en-US')} calls over 90 days, ` +
      `seeded in ${info.seedSeconds.toFixed(1)} s, rollup of ${info.hours} hours built in ${info.rollupSeconds.toFixed(1)} s, ` +
      `${RUNS} runs each (after 2 warm-up), timezone America/New_York\n`,
  );
  for (const line of lines) console.log(line);
}
