import type { TrackingNumber } from '@contracts/numbers';
import { formatPhone } from '@contracts/phone';
import { PageHeader } from '@web/components/layout/page-header';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { Card } from '@web/components/ui/card';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { EmptyState } from '@web/components/ui/empty-state';
import { Spinner } from '@web/components/ui/spinner';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canEdit } from '@web/features/auth/permissions';
import { describeError } from '@web/lib/api-client';
import { Hash, Plus } from 'lucide-react';
import { useState } from 'react';
import { useCampaignOptions, useDeleteNumber, useNumbers } from './api';
import { NumberFormDialog } from './number-form-dialog';
import { NumbersTable } from './numbers-table';

/** Mounted with `nest` at /numbers; the section is one page today. */
export function NumbersPage() {
  const { user } = useCurrentSession();
  const editable = canEdit(user.role);
  const numbers = useNumbers();
  const campaigns = useCampaignOptions();
  const deleteNumber = useDeleteNumber();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<TrackingNumber | null>(null);
  const [deleting, setDeleting] = useState<TrackingNumber | null>(null);

  const closeDelete = () => {
    setDeleting(null);
    deleteNumber.reset();
  };

  const addButton = editable && (
    <Button size="sm" onClick={() => setAdding(true)}>
      <Plus aria-hidden="true" />
      Add number
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Numbers & Pools"
        description="The tracking numbers callers dial. Each number belongs to at most one campaign, whose routing decides where its calls go."
        actions={addButton}
      />
      <Card>
        {numbers.isPending && <Spinner />}
        {numbers.isError && (
          <div className="p-4">
            <Alert variant="error">{describeError(numbers.error)}</Alert>
          </div>
        )}
        {numbers.data?.length === 0 && (
          <EmptyState
            icon={Hash}
            title="No numbers yet"
            description="Add the numbers you bought from your carrier, then assign each to a campaign."
          />
        )}
        {numbers.data && numbers.data.length > 0 && (
          <NumbersTable
            numbers={numbers.data}
            campaigns={campaigns.data}
            editable={editable}
            onEdit={setEditing}
            onDelete={setDeleting}
          />
        )}
      </Card>

      {adding && <NumberFormDialog onClose={() => setAdding(false)} />}
      {editing && <NumberFormDialog key={editing.id} number={editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && closeDelete()}
        title="Delete number?"
        description={`${formatPhone(deleting?.phoneNumber)} is removed; calls to it are no longer tracked or routed.`}
        confirmLabel="Delete"
        pending={deleteNumber.isPending}
        error={deleteNumber.isError ? describeError(deleteNumber.error) : undefined}
        onConfirm={() => deleting && deleteNumber.mutate(deleting.id, { onSuccess: closeDelete })}
      />
    </>
  );
}
