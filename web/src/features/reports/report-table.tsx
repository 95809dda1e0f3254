import type { HistoricalStats, StatsFigures } from '@contracts/stats';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { formatCents } from '@web/lib/format';

const count = (n: number | null) => (n === null ? '—' : n.toLocaleString());

const COLUMNS: { label: string; value: (f: StatsFigures) => string }[] = [
  { label: 'Calls', value: (f) => count(f.calls) },
  { label: 'Unique callers', value: (f) => count(f.uniqueCallers) },
  { label: 'Answered', value: (f) => count(f.answered) },
  { label: 'Converted', value: (f) => count(f.converted) },
  { label: 'Conv. rate', value: (f) => `${f.conversionRate}%` },
  { label: 'Revenue', value: (f) => formatCents(f.revenueCents) },
  { label: 'Payout', value: (f) => formatCents(f.payoutCents) },
  { label: 'Profit', value: (f) => formatCents(f.profitCents) },
  { label: 'Avg duration', value: (f) => `${f.avgDurationSeconds}s` },
  { label: 'Auctions', value: (f) => count(f.auctions) },
  { label: 'Bids', value: (f) => count(f.bids) },
  { label: 'Wins', value: (f) => count(f.wins) },
  { label: 'Avg bid', value: (f) => formatCents(f.avgBidCents) },
];

/** Every figure per row, then the totals (unique callers of the whole range, not a sum). */
export function ReportTable({ report, groupLabel }: { report: HistoricalStats; groupLabel: string }) {
  return (
    <div className="overflow-x-auto">
      <Table aria-label="Report">
        <TableHeader>
          <TableRow>
            <TableHead>{groupLabel}</TableHead>
            {COLUMNS.map((c) => (
              <TableHead key={c.label} className="text-right whitespace-nowrap">
                {c.label}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {report.rows.map((row) => (
            <TableRow key={row.key ?? 'none'}>
              <TableCell className="max-w-56 truncate whitespace-nowrap">{row.label}</TableCell>
              {COLUMNS.map((c) => (
                <TableCell key={c.label} className="text-right tabular-nums">
                  {c.value(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
          <TableRow className="bg-slate-50 font-semibold">
            <TableCell>Total</TableCell>
            {COLUMNS.map((c) => (
              <TableCell key={c.label} className="text-right tabular-nums">
                {c.value(report.totals)}
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}
