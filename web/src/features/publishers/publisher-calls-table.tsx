import { formatPhone } from '@contracts/phone';
import type { PublisherCall } from '@contracts/publishers';
import type { UseQueryResult } from '@tanstack/react-query';
import { ListPanel } from '@web/components/list-panel';
import { Badge } from '@web/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { formatCents, formatDateTime } from '@web/lib/format';
import { PhoneCall } from 'lucide-react';

const payoutBadges = { paid: 'success', capped: 'warning', unpaid: 'default' } as const;

/** A publisher's calls with what each paid; the caller is always masked. */
export function PublisherCallsTable({ query }: { query: UseQueryResult<PublisherCall[]> }) {
  return (
    <ListPanel
      query={query}
      empty={{
        icon: PhoneCall,
        title: 'No calls yet',
        description: 'Calls from this publisher’s sources show here.',
      }}
    >
      {(rows) => (
        <Table data-testid="publisher-calls">
          <TableHeader>
            <TableRow>
              <TableHead>Started</TableHead>
              <TableHead>Campaign</TableHead>
              <TableHead>Caller</TableHead>
              <TableHead>Dialed</TableHead>
              <TableHead>Status</TableHead>
              <TableHead className="text-right">Payout</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((call) => {
              const state = call.payoutState as keyof typeof payoutBadges | null;
              return (
                <TableRow key={call.id}>
                  <TableCell className="whitespace-nowrap">{formatDateTime(call.startedAt)}</TableCell>
                  <TableCell>{call.campaignName ?? '—'}</TableCell>
                  <TableCell className="font-mono text-xs">{call.caller || '—'}</TableCell>
                  <TableCell>{formatPhone(call.toNumber)}</TableCell>
                  <TableCell>{call.status}</TableCell>
                  <TableCell className="text-right tabular-nums" title={call.payoutNote ?? undefined}>
                    <span className="inline-flex items-center gap-2">
                      {state && <Badge variant={payoutBadges[state] ?? 'default'}>{state}</Badge>}
                      {formatCents(call.payoutCents)}
                    </span>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </ListPanel>
  );
}
