import { EmptyState } from '@web/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { formatCents } from '@web/lib/format';
import { Inbox } from 'lucide-react';
import { useInboundPingStats } from './api';

/** Publishers' pings over the range: how many were accepted, and why the others were refused. */
export function InboundPingAnalytics({ range }: { range: { from: string; to: string; timezone: string } }) {
  const stats = useInboundPingStats(range);
  const items = stats.data?.items ?? [];
  const total = items.reduce((sum, item) => sum + item.pings, 0);
  if (!items.length)
    return (
      <EmptyState
        icon={Inbox}
        title={stats.isPending ? 'Loading…' : 'No inbound pings in this range'}
        description="Publishers' pings to a campaign's Inbound RTB URL show here, accepted or refused."
      />
    );
  return (
    <div className="p-4">
      <h3 className="mb-2 text-sm font-medium text-slate-700">Inbound pings by outcome</h3>
      <Table aria-label="Inbound pings">
        <TableHeader>
          <TableRow>
            <TableHead>Outcome</TableHead>
            <TableHead className="text-right">Code</TableHead>
            <TableHead className="text-right">Pings</TableHead>
            <TableHead className="text-right">Share</TableHead>
            <TableHead className="text-right">Avg bid</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={`${item.accepted}-${item.reason}-${item.errorCode}`}>
              <TableCell className={item.accepted ? 'font-medium text-emerald-700' : undefined}>
                {item.reason}
              </TableCell>
              <TableCell className="text-right tabular-nums">{item.errorCode ?? '—'}</TableCell>
              <TableCell className="text-right tabular-nums">{item.pings.toLocaleString()}</TableCell>
              <TableCell className="text-right tabular-nums">
                {Math.round((item.pings * 1000) / total) / 10}%
              </TableCell>
              <TableCell className="text-right tabular-nums">
                {item.accepted ? formatCents(item.avgBidCents) : '—'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
