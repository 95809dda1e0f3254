import type { Buyer } from '@contracts/buyers';
import type { Target } from '@contracts/targets';
import { ListPanel } from '@web/components/list-panel';
import { Alert } from '@web/components/ui/alert';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { ActionsHead, RowActionsCell } from '@web/components/ui/row-actions';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canEdit } from '@web/features/auth/permissions';
import { formatCents } from '@web/lib/format';
import { useConfirmDelete } from '@web/lib/use-confirm-delete';
import { Crosshair } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useBuyers, useDeleteTarget, useTargets } from './api';
import { StatusBadge } from './status';
import { TargetSheet } from './target-sheet';
import { formatDestination, summarizeCaps, summarizeSchedule, timezoneAbbreviation } from './target-summary';

type TargetsPanelProps = {
  /** Shows only this buyer's targets (and drops the buyer column). */
  buyerId?: string;
  /** The target whose edit sheet is open; the owner decides where that lives (the URL, or state). */
  editingId: string | null;
  onEditingChange: (id: string | null) => void;
};

function TargetRow({
  target,
  buyer,
  showBuyer,
  actions,
}: {
  target: Target;
  buyer: Buyer | undefined;
  showBuyer: boolean;
  /** The actions cell, where the row has one. */
  actions: ReactNode;
}) {
  const schedule = summarizeSchedule(target.schedule);
  const caps = summarizeCaps(target.caps);
  return (
    <TableRow>
      <TableCell className="font-medium text-slate-900">{target.name}</TableCell>
      {showBuyer && (
        <TableCell>
          {buyer ? (
            <Link href={`/${buyer.id}`} className="text-indigo-600 hover:underline">
              {buyer.name}
            </Link>
          ) : (
            <span className="text-slate-400">—</span>
          )}
        </TableCell>
      )}
      <TableCell className="font-mono text-[13px]">{formatDestination(target.destination)}</TableCell>
      <TableCell>
        <StatusBadge status={target.status} />
      </TableCell>
      <TableCell className="max-w-72 truncate" title={`${schedule} (${target.timezone})`}>
        {schedule}
        {target.schedule && (
          <span className="ml-1.5 text-xs text-slate-400">{timezoneAbbreviation(target.timezone)}</span>
        )}
      </TableCell>
      <TableCell className={caps.length === 0 ? 'text-slate-400' : undefined}>
        {caps.length === 0 ? 'No caps' : caps.join(' · ')}
      </TableCell>
      <TableCell className="text-right tabular-nums">{formatCents(target.revenueCents)}</TableCell>
      {actions}
    </TableRow>
  );
}

/** The targets table with its edit sheet and delete confirmation. */
export function TargetsPanel({ buyerId, editingId, onEditingChange }: TargetsPanelProps) {
  const { user } = useCurrentSession();
  const editable = canEdit(user.role);
  const targets = useTargets();
  const buyers = useBuyers();
  const confirmDelete = useConfirmDelete<Target>(useDeleteTarget());

  const buyersById = new Map(buyers.data?.map((buyer) => [buyer.id, buyer]));
  const editing = editingId ? targets.data?.find((target) => target.id === editingId) : undefined;
  const showBuyer = !buyerId;

  return (
    <>
      {targets.isSuccess && editingId && !editing && (
        <div className="p-4 pb-0">
          <Alert variant="warning">That target does not exist any more.</Alert>
        </div>
      )}
      <ListPanel
        query={targets}
        rows={(items) => (buyerId ? items.filter((target) => target.buyerId === buyerId) : items)}
        empty={{
          icon: Crosshair,
          title: 'No targets yet',
          description: 'A target is a phone number or SIP address of a buyer that calls are routed to.',
        }}
      >
        {(rows) => (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                {showBuyer && <TableHead>Buyer</TableHead>}
                <TableHead>Destination</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>Schedule</TableHead>
                <TableHead>Caps</TableHead>
                <TableHead className="text-right">Revenue</TableHead>
                {editable && <ActionsHead className="w-12" />}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((target) => (
                <TargetRow
                  key={target.id}
                  target={target}
                  buyer={buyersById.get(target.buyerId)}
                  showBuyer={showBuyer}
                  actions={
                    editable && (
                      <RowActionsCell
                        label={target.name}
                        onEdit={() => onEditingChange(target.id)}
                        onDelete={() => confirmDelete.ask(target)}
                      />
                    )
                  }
                />
              ))}
            </TableBody>
          </Table>
        )}
      </ListPanel>

      {editable && editing && (
        <TargetSheet key={editing.id} target={editing} onClose={() => onEditingChange(null)} />
      )}
      <ConfirmDialog
        {...confirmDelete.dialogProps}
        title="Delete target?"
        description={`“${confirmDelete.item?.name ?? ''}” stops receiving calls and is removed from every campaign’s routing.`}
        confirmLabel="Delete"
      />
    </>
  );
}
