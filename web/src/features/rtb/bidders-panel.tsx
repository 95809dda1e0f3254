import type { RtbTarget } from '@contracts/rtb';
import { ListPanel } from '@web/components/list-panel';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { ActionsHead, RowActionsCell } from '@web/components/ui/row-actions';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { StatusBadge } from '@web/features/buyers/status';
import { formatCents } from '@web/lib/format';
import { useConfirmDelete } from '@web/lib/use-confirm-delete';
import { Gavel } from 'lucide-react';
import { Link, useLocation } from 'wouter';
import { useDeleteRtbTarget, useRtbHealth, useRtbTargets } from './api';
import { HealthBadge } from './health-badge';
import { endpointHost } from './rtb-labels';

function bidRange(target: RtbTarget): string {
  if (target.maxBidCents === null) return `${formatCents(target.minBidCents)} and up`;
  return `${formatCents(target.minBidCents)} – ${formatCents(target.maxBidCents)}`;
}

/** The bidders table with its health (from the last hour's pings) and delete confirmation. */
export function BiddersPanel({ editable }: { editable: boolean }) {
  const [, navigate] = useLocation();
  const targets = useRtbTargets();
  const health = useRtbHealth();
  const confirmDelete = useConfirmDelete<RtbTarget>(useDeleteRtbTarget());
  const healthById = new Map(health.data?.map((entry) => [entry.rtbTargetId, entry]));

  return (
    <>
      <ListPanel
        query={targets}
        empty={{
          icon: Gavel,
          title: 'No bidders yet',
          description:
            'A bidder is a buyer’s endpoint that answers each call’s ping with a bid. Add one, or create a demo bidder to try an auction.',
        }}
      >
        {(rows) => (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Endpoint</TableHead>
                <TableHead>Method</TableHead>
                <TableHead>Bid range</TableHead>
                <TableHead className="text-right">Timeout</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>Health</TableHead>
                {editable && <ActionsHead className="w-12" />}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((target) => (
                <TableRow key={target.id}>
                  <TableCell className="font-medium">
                    <Link
                      href={`/bidders/${target.id}`}
                      className="text-slate-900 hover:text-indigo-700 hover:underline"
                    >
                      {target.name}
                    </Link>
                  </TableCell>
                  <TableCell className="max-w-56 truncate font-mono text-xs" title={target.endpointUrl}>
                    {endpointHost(target.endpointUrl)}
                  </TableCell>
                  <TableCell className="text-xs">{target.method}</TableCell>
                  <TableCell className="tabular-nums">{bidRange(target)}</TableCell>
                  <TableCell className="text-right tabular-nums">{target.timeoutMs} ms</TableCell>
                  <TableCell>
                    <StatusBadge status={target.status} />
                  </TableCell>
                  <TableCell>
                    <HealthBadge health={healthById.get(target.id)} />
                  </TableCell>
                  {editable && (
                    <RowActionsCell
                      label={target.name}
                      onEdit={() => navigate(`/bidders/${target.id}`)}
                      onDelete={() => confirmDelete.ask(target)}
                    />
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </ListPanel>

      <ConfirmDialog
        {...confirmDelete.dialogProps}
        title="Delete bidder?"
        description={`“${confirmDelete.item?.name ?? ''}” is no longer pinged and leaves every router it is in.`}
        confirmLabel="Delete"
      />
    </>
  );
}
