import type { TrackingNumber } from '@contracts/numbers';
import { formatPhone } from '@contracts/phone';
import { Alert } from '@web/components/ui/alert';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { EmptyState } from '@web/components/ui/empty-state';
import { Spinner } from '@web/components/ui/spinner';
import { describeError } from '@web/lib/api-client';
import { Hash } from 'lucide-react';
import { useState } from 'react';
import { useCampaignOptions, useDeleteNumber, useNumbers } from './api';
import { NumberFormDialog } from './number-form-dialog';
import { NumbersTable } from './numbers-table';
import { usePools } from './pool-api';
import { providerLabel } from './source';

function deleteWording(number: TrackingNumber | null) {
  const formatted = formatPhone(number?.phoneNumber);
  if (number?.provider) {
    return {
      title: 'Release number?',
      description: `${formatted} is released at ${providerLabel(number.provider)} and removed here; calls to it are no longer tracked or routed, and you may not get it back.`,
      confirmLabel: 'Release',
    };
  }
  return {
    title: 'Delete number?',
    description: `${formatted} is removed; calls to it are no longer tracked or routed.`,
    confirmLabel: 'Delete',
  };
}

export function NumbersPanel({ editable }: { editable: boolean }) {
  const numbers = useNumbers();
  const campaigns = useCampaignOptions();
  const pools = usePools();
  const deleteNumber = useDeleteNumber();
  const [editing, setEditing] = useState<TrackingNumber | null>(null);
  const [deleting, setDeleting] = useState<TrackingNumber | null>(null);

  const closeDelete = () => {
    setDeleting(null);
    deleteNumber.reset();
  };

  if (numbers.isPending) return <Spinner />;
  if (numbers.isError) {
    return (
      <div className="p-4">
        <Alert variant="error">{describeError(numbers.error)}</Alert>
      </div>
    );
  }

  return (
    <>
      {numbers.data.length === 0 ? (
        <EmptyState
          icon={Hash}
          title="No numbers yet"
          description="Buy numbers, import the ones you already own, or add one by hand; then assign each to a campaign or a pool."
        />
      ) : (
        <NumbersTable
          numbers={numbers.data}
          campaigns={campaigns.data}
          pools={pools.data}
          editable={editable}
          onEdit={setEditing}
          onDelete={setDeleting}
        />
      )}

      {editing && <NumberFormDialog key={editing.id} number={editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && closeDelete()}
        {...deleteWording(deleting)}
        pending={deleteNumber.isPending}
        error={deleteNumber.isError ? describeError(deleteNumber.error) : undefined}
        onConfirm={() => deleting && deleteNumber.mutate(deleting.id, { onSuccess: closeDelete })}
      />
    </>
  );
}
