import type { Buyer } from '@contracts/buyers';
import { formatPhone } from '@contracts/phone';
import { Alert } from '@web/components/ui/alert';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { EmptyState } from '@web/components/ui/empty-state';
import { RowActions } from '@web/components/ui/row-actions';
import { Spinner } from '@web/components/ui/spinner';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canEdit } from '@web/features/auth/permissions';
import { describeError } from '@web/lib/api-client';
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
  const deleteBuyer = useDeleteBuyer();
  const [editing, setEditing] = useState<Buyer | null>(null);
  const [deleting, setDeleting] = useState<Buyer | null>(null);

  const targetCounts = new Map<string, number>();
  for (const target of targets.data ?? []) {
    targetCounts.set(target.buyerId, (targetCounts.get(target.buyerId) ?? 0) + 1);
  }

  const closeDelete = () => {
    setDeleting(null);
    deleteBuyer.reset();
  };

  if (buyers.isPending) return <Spinner />;
  if (buyers.isError) {
    return (
      <div className="p-4">
        <Alert variant="error">{describeError(buyers.error)}</Alert>
      </div>
    );
  }
  if (buyers.data.length === 0) {
    return (
      <EmptyState
        icon={Handshake}
        title="No buyers yet"
        description="Buyers are the companies that pay for your calls. Add one, then give it targets to send calls to."
      />
    );
  }

  return (
    <>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead>Company</TableHead>
            <TableHead>Contact</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="text-right">Targets</TableHead>
            {editable && (
              <TableHead className="w-12">
                <span className="sr-only">Actions</span>
              </TableHead>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {buyers.data.map((buyer) => (
            <TableRow key={buyer.id}>
              <TableCell className="font-medium">
                <Link href={`/${buyer.id}`} className="text-slate-900 hover:text-indigo-700 hover:underline">
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
                <TableCell className="text-right">
                  <RowActions
                    label={buyer.name}
                    onEdit={() => setEditing(buyer)}
                    onDelete={() => setDeleting(buyer)}
                  />
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>

      {editing && <BuyerFormDialog key={editing.id} buyer={editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && closeDelete()}
        title="Delete buyer?"
        description={`“${deleting?.name ?? ''}” is removed for good. A buyer that still has targets cannot be deleted.`}
        confirmLabel="Delete"
        pending={deleteBuyer.isPending}
        error={deleteBuyer.isError ? describeError(deleteBuyer.error) : undefined}
        onConfirm={() => deleting && deleteBuyer.mutate(deleting.id, { onSuccess: closeDelete })}
      />
    </>
  );
}
