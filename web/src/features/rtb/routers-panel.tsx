import type { RtbRouter } from '@contracts/rtb';
import { ListPanel } from '@web/components/list-panel';
import { Badge } from '@web/components/ui/badge';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { ActionsHead, RowActionsCell } from '@web/components/ui/row-actions';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { formatCents } from '@web/lib/format';
import { useConfirmDelete } from '@web/lib/use-confirm-delete';
import { Network } from 'lucide-react';
import { useState } from 'react';
import { useDeleteRtbRouter, useRtbRouters, useRtbTargets } from './api';
import { RouterFormSheet } from './router-form-sheet';

/** The routers table with its edit sheet and delete confirmation. */
export function RoutersPanel({ editable }: { editable: boolean }) {
  const routers = useRtbRouters();
  const targets = useRtbTargets();
  const [editing, setEditing] = useState<RtbRouter | null>(null);
  const confirmDelete = useConfirmDelete<RtbRouter>(useDeleteRtbRouter());
  const names = new Map(targets.data?.map((target) => [target.id, target.name]));

  return (
    <>
      <ListPanel
        query={routers}
        empty={{
          icon: Network,
          title: 'No routers yet',
          description:
            'A router auctions a call among its bidders. Create one, then add it to a campaign’s routing plan.',
        }}
      >
        {(rows) => (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Bidders</TableHead>
                <TableHead className="text-right">Reserve</TableHead>
                <TableHead className="text-right">Auction timeout</TableHead>
                <TableHead>Caller ID</TableHead>
                {editable && <ActionsHead className="w-12" />}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((router) => {
                const bidderNames = router.targets.map(
                  (entry) => names.get(entry.rtbTargetId) ?? 'Deleted bidder',
                );
                return (
                  <TableRow key={router.id}>
                    <TableCell className="font-medium text-slate-900">{router.name}</TableCell>
                    <TableCell className="max-w-72 truncate" title={bidderNames.join(', ')}>
                      {bidderNames.length === 0 ? (
                        <Badge variant="warning">No bidders</Badge>
                      ) : (
                        bidderNames.join(', ')
                      )}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">
                      {formatCents(router.reserveCents)}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{router.auctionTimeoutMs} ms</TableCell>
                    <TableCell>{router.requireCallerId ? 'Required' : 'Optional'}</TableCell>
                    {editable && (
                      <RowActionsCell
                        label={router.name}
                        onEdit={() => setEditing(router)}
                        onDelete={() => confirmDelete.ask(router)}
                      />
                    )}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </ListPanel>

      {editing && <RouterFormSheet key={editing.id} router={editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        {...confirmDelete.dialogProps}
        title="Delete router?"
        description={`“${confirmDelete.item?.name ?? ''}” is removed, and with it from every campaign’s routing plan.`}
        confirmLabel="Delete"
      />
    </>
  );
}
