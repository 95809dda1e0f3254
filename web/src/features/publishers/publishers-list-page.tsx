import type { Publisher } from '@contracts/publishers';
import { PageHeader } from '@web/components/layout/page-header';
import { ListPanel } from '@web/components/list-panel';
import { Button } from '@web/components/ui/button';
import { Card } from '@web/components/ui/card';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { ActionsHead, RowActionsCell } from '@web/components/ui/row-actions';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canEdit } from '@web/features/auth/permissions';
import { StatusBadge } from '@web/features/buyers/status';
import { formatCents } from '@web/lib/format';
import { useConfirmDelete } from '@web/lib/use-confirm-delete';
import { Plus, Users } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { useDeletePublisher, usePublishers } from './api';
import { PublisherFormDialog } from './publisher-form-dialog';

export function PublishersListPage() {
  const { user } = useCurrentSession();
  const editable = canEdit(user.role);
  const publishers = usePublishers();
  const [editing, setEditing] = useState<Publisher | 'new' | null>(null);
  const confirmDelete = useConfirmDelete<Publisher>(useDeletePublisher());

  return (
    <>
      <PageHeader
        title="Publishers"
        description="The partners who bring your calls, what you pay them, and where their calls come in."
        actions={
          editable && (
            <Button size="sm" onClick={() => setEditing('new')}>
              <Plus aria-hidden="true" />
              New publisher
            </Button>
          )
        }
      />
      <Card>
        <ListPanel
          query={publishers}
          empty={{
            icon: Users,
            title: 'No publishers yet',
            description:
              'Add a publisher, give them numbers, and every call they bring carries their payout.',
          }}
        >
          {(rows) => (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Name</TableHead>
                  <TableHead>Company</TableHead>
                  <TableHead>Email</TableHead>
                  <TableHead>Status</TableHead>
                  <TableHead className="text-right">Default payout</TableHead>
                  {editable && <ActionsHead className="w-12" />}
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((publisher) => (
                  <TableRow key={publisher.id}>
                    <TableCell className="font-medium">
                      <Link
                        href={`/${publisher.id}`}
                        className="text-slate-900 hover:text-indigo-700 hover:underline"
                      >
                        {publisher.name}
                      </Link>
                    </TableCell>
                    <TableCell>{publisher.company ?? '—'}</TableCell>
                    <TableCell>{publisher.email ?? '—'}</TableCell>
                    <TableCell>
                      <StatusBadge status={publisher.status} />
                    </TableCell>
                    <TableCell className="text-right tabular-nums">
                      {formatCents(publisher.defaultPayoutCents)}
                    </TableCell>
                    {editable && (
                      <RowActionsCell
                        label={publisher.name}
                        onEdit={() => setEditing(publisher)}
                        onDelete={() => confirmDelete.ask(publisher)}
                      />
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </ListPanel>
      </Card>
      {editing && (
        <PublisherFormDialog
          key={editing === 'new' ? 'new' : editing.id}
          publisher={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        {...confirmDelete.dialogProps}
        title="Delete publisher?"
        description={`“${confirmDelete.item?.name ?? ''}” and their payout rules and users are removed. Their calls stay.`}
        confirmLabel="Delete"
      />
    </>
  );
}
