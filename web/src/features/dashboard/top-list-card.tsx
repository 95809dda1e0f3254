import type { StatsGroupBy } from '@contracts/stats';
import { Card, CardContent, CardHeader, CardTitle } from '@web/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { type ReportParams, useHistoricalStats } from '@web/features/reports/api';
import { formatCents } from '@web/lib/format';

const TOP = 5;

/** The best few of one dimension by revenue over the dashboard's range. */
export function TopListCard({
  title,
  groupBy,
  range,
}: {
  title: string;
  groupBy: StatsGroupBy;
  range: Omit<ReportParams, 'groupBy'>;
}) {
  const report = useHistoricalStats({ ...range, groupBy });
  const rows = [...(report.data?.rows ?? [])].sort((a, b) => b.revenueCents - a.revenueCents).slice(0, TOP);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      <CardContent className="p-0">
        <Table aria-label={title}>
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead className="text-right">Calls</TableHead>
              <TableHead className="text-right">Revenue</TableHead>
              <TableHead className="text-right">Profit</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key ?? 'none'}>
                <TableCell className="max-w-40 truncate">{row.label}</TableCell>
                <TableCell className="text-right tabular-nums">{row.calls.toLocaleString()}</TableCell>
                <TableCell className="text-right tabular-nums">{formatCents(row.revenueCents)}</TableCell>
                <TableCell className="text-right tabular-nums">{formatCents(row.profitCents)}</TableCell>
              </TableRow>
            ))}
            {!rows.length && (
              <TableRow>
                <TableCell colSpan={4} className="text-center text-slate-500">
                  {report.isPending ? 'Loading…' : 'No calls yet'}
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
