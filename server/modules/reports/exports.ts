import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { Call, CallsQuery } from '../../../contracts/calls';
import type { HistoricalStatsQuery, StatsRow } from '../../../contracts/stats';
import type { Database } from '../../db/client';
import { listCalls } from '../calls/service';
import { formatCents as centsAsDollars } from '../rtb/money';
import { type CsvValue, csvStream } from './csv';
import { historicalStats } from './service';

/** Calls per database round trip: each batch is a keyset page of the call log. */
const CALL_BATCH = 1000;

const CALL_COLUMNS: { header: string; value: (call: Call) => CsvValue }[] = [
  { header: 'Started', value: (c) => c.startedAt },
  { header: 'Call ID', value: (c) => c.id },
  { header: 'Campaign', value: (c) => c.campaignName },
  { header: 'Buyer', value: (c) => c.buyerName },
  { header: 'Target', value: (c) => c.targetName },
  { header: 'Caller', value: (c) => c.fromNumber },
  { header: 'Dialed', value: (c) => c.toNumber },
  { header: 'City', value: (c) => c.fromCity },
  { header: 'State', value: (c) => c.fromState },
  { header: 'Status', value: (c) => c.status },
  { header: 'Outcome', value: (c) => c.outcome },
  { header: 'Duplicate', value: (c) => c.isDuplicate },
  { header: 'Duration (s)', value: (c) => c.durationSeconds },
  { header: 'Connected (s)', value: (c) => c.connectedSeconds },
  { header: 'Converted', value: (c) => c.converted },
  { header: 'Revenue', value: (c) => centsAsDollars(c.revenueCents) },
  { header: 'Payout', value: (c) => centsAsDollars(c.payoutCents) },
  { header: 'Profit', value: (c) => centsAsDollars(c.profitCents) },
  { header: 'UTM source', value: (c) => c.attribution?.utmSource },
];

const REPORT_COLUMNS: { header: string; value: (row: StatsRow) => CsvValue }[] = [
  { header: 'Group', value: (r) => r.label },
  { header: 'Key', value: (r) => r.key },
  { header: 'Calls', value: (r) => r.calls },
  { header: 'Unique callers', value: (r) => r.uniqueCallers },
  { header: 'Answered', value: (r) => r.answered },
  { header: 'Converted', value: (r) => r.converted },
  { header: 'Conversion rate (%)', value: (r) => r.conversionRate },
  { header: 'Revenue', value: (r) => centsAsDollars(r.revenueCents) },
  { header: 'Payout', value: (r) => centsAsDollars(r.payoutCents) },
  { header: 'Profit', value: (r) => centsAsDollars(r.profitCents) },
  { header: 'Avg duration (s)', value: (r) => r.avgDurationSeconds },
  { header: 'Auctions', value: (r) => r.auctions },
  { header: 'Bids', value: (r) => r.bids },
  { header: 'Wins', value: (r) => r.wins },
  { header: 'Avg bid', value: (r) => centsAsDollars(r.avgBidCents) },
];

function sendCsv(reply: FastifyReply, filename: string, chunks: AsyncGenerator<string>) {
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(Readable.from(chunks));
}

const today = () => new Date().toISOString().slice(0, 10);

/** The call log as CSV, newest first, with the call log's filters; read one keyset batch at a time. */
export function exportCalls(
  db: Database,
  reply: FastifyReply,
  accountId: string,
  query: Omit<z.output<typeof CallsQuery>, 'limit' | 'cursor'>,
) {
  let cursor: string | undefined;
  let done = false;
  const nextBatch = async () => {
    if (done) return [];
    const page = await listCalls(db, accountId, { ...query, limit: CALL_BATCH, cursor });
    cursor = page.nextCursor ?? undefined;
    done = !cursor;
    return page.items;
  };
  return sendCsv(reply, `calls-${today()}.csv`, csvStream(CALL_COLUMNS, nextBatch));
}

/** A report's rows (one per group, so never more than a few thousand) as CSV, then its totals. */
export async function exportReport(
  db: Database,
  reply: FastifyReply,
  accountId: string,
  query: z.output<typeof HistoricalStatsQuery>,
) {
  const report = await historicalStats(db, accountId, query);
  const batches = [report.rows, [{ ...report.totals, key: null, label: 'Total' }]];
  return sendCsv(
    reply,
    `report-${query.groupBy}-${today()}.csv`,
    csvStream(REPORT_COLUMNS, async () => batches.shift() ?? []),
  );
}
