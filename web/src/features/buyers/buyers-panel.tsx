import type { Buyer } from '@contracts/buyers';
import { formatPhone } from '@contracts/phone';
import { ListPanel } from '@web/components/list-panel';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { ActionsHead, RowActionsCell } from '@web/components/ui/row-actions';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canEdit } from '@web/features/auth/permissions';
import { useConfirmDelete } from '@web/lib/use-confirm-delete';
import { Handshake } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { useBuyers, useDeleteBuyer, useTargets } from './api';
import { BuyerFormDialog } from './buyer-form-dialog';
import { StatusBadge } from './status';

const muted = <span className="text-slate-400">—</span>;

/** The buyers table with its edit dialog and delete confirmation. */
export function BuyersPanel() {
  const { user } = useCurrentSession();
  const editable = canEdit(user.role);
  const buyers = useBuyers();
  const targets = useTargets();
  const [editing, setEditing] = useState<Buyer | null>(null);
  const confirmDelete = useConfirmDelete<Buyer>(useDeleteBuyer());

  const targetCounts = new Map<string, number>();
  for (const target of targets.data ?? []) {
    targetCounts.set(target.buyerId, (targetCounts.get(target.buyerId) ?? 0) + 1);
  }

  return (
    <>
      <ListPanel
        query={buyers}
        empty={{
          icon: Handshake,
          title: 'No buyers yet',
          description:
            'Buyers are the companies that pay for your calls. Add one, then give it targets to send calls to.',
        }}
      >
        {(rows) => (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Company</TableHead>
                <TableHead>Contact</TableHead>
                <TableHead>Status</TableHead>
                <TableHead className="text-right">Targets</TableHead>
                {editable && <ActionsHead className="w-12" />}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((buyer) => (
                <TableRow key={buyer.id}>
                  <TableCell className="font-medium">
                    <Link
                      href={`/${buyer.id}`}
                      className="text-slate-900 hover:text-indigo-700 hover:underline"
                    >
                      {buyer.name}
                    </Link>
                  </TableCell>
                  <TableCell>{buyer.company ?? muted}</TableCell>
                  <TableCell className="text-[13px]">
                    {buyer.email || buyer.phone ? (
                      <span className="flex gap-2">
                        {buyer.email && <span>{buyer.email}</span>}
                        {buyer.phone && <span className="text-slate-500">{formatPhone(buyer.phone)}</span>}
                      </span>
                    ) : (
                      muted
                    )}
                  </TableCell>
                  <TableCell>
                    <StatusBadge status={buyer.status} />
                  </TableCell>
                  <TableCell className="text-right tabular-nums">
                    {targets.data ? (targetCounts.get(buyer.id) ?? 0) : muted}
                  </TableCell>
                  {editable && (
                    <RowActionsCell
                      label={buyer.name}
                      onEdit={() => setEditing(buyer)}
                      onDelete={() => confirmDelete.ask(buyer)}
                    />
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </ListPanel>

      {editing && <BuyerFormDialog key={editing.id} buyer={editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        {...confirmDelete.dialogProps}
        title="Delete buyer?"
        description={`“${confirmDelete.item?.name ?? ''}” is removed for good. A buyer that still has targets cannot be deleted.`}
        confirmLabel="Delete"
      />
    </>
  );
}
