import { ListPanel } from '@web/components/list-panel';
import { Badge } from '@web/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { formatCents, formatDateTime } from '@web/lib/format';
import { Radio } from 'lucide-react';
import { Link } from 'wouter';
import { useInboundPings } from './api';

export function InboundPingsTable({ campaignId }: { campaignId: string }) {
  const pings = useInboundPings(campaignId);
  return (
    <ListPanel
      query={pings}
      empty={{
        icon: Radio,
        title: 'No pings yet',
        description: 'Pings from publishers show here as they arrive.',
      }}
    >
      {(rows) => (
        <Table data-testid="inbound-pings">
          <TableHeader>
            <TableRow>
              <TableHead>When</TableHead>
              <TableHead>Caller</TableHead>
              <TableHead>Tags</TableHead>
              <TableHead>Answer</TableHead>
              <TableHead>Call</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((ping) => (
              <TableRow key={ping.id}>
                <TableCell className="whitespace-nowrap">{formatDateTime(ping.createdAt)}</TableCell>
                <TableCell className="font-mono text-xs">{ping.caller ?? '—'}</TableCell>
                <TableCell className="max-w-64 truncate font-mono text-xs">
                  {Object.entries(ping.tags)
                    .map(([name, value]) => `${name}=${value}`)
                    .join(' ') || '—'}
                </TableCell>
                <TableCell>
                  {ping.accepted ? (
                    <span className="flex items-center gap-2">
                      <Badge variant="success">Bid {formatCents(ping.bidAmountCents)}</Badge>
                      {ping.repeat && <Badge>Repeat (230)</Badge>}
                    </span>
                  ) : (
                    <span className="flex items-center gap-2">
                      <Badge variant="danger">{ping.errorCode}</Badge>
                      <span className="text-[13px] text-slate-600">{ping.rejectReason}</span>
                    </span>
                  )}
                </TableCell>
                <TableCell>
                  {ping.callId ? (
                    <Link href={`~/calls/${ping.callId}`} className="text-indigo-600 hover:underline">
                      View call
                    </Link>
                  ) : (
                    '—'
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </ListPanel>
  );
}
