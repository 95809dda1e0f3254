import type { TrackingNumber } from '@contracts/numbers';
import { formatPhone } from '@contracts/phone';
import { ListPanel } from '@web/components/list-panel';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { useCampaigns } from '@web/features/campaigns/api';
import { useConfirmDelete } from '@web/lib/use-confirm-delete';
import { Hash } from 'lucide-react';
import { useState } from 'react';
import { useDeleteNumber, useNumbers } from './api';
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
  const campaigns = useCampaigns();
  const pools = usePools();
  const [editing, setEditing] = useState<TrackingNumber | null>(null);
  const confirmDelete = useConfirmDelete<TrackingNumber>(useDeleteNumber());

  return (
    <>
      <ListPanel
        query={numbers}
        empty={{
          icon: Hash,
          title: 'No numbers yet',
          description:
            'Buy numbers, import the ones you already own, or add one by hand; then assign each to a campaign or a pool.',
        }}
      >
        {(rows) => (
          <NumbersTable
            numbers={rows}
            campaigns={campaigns.data}
            pools={pools.data}
            editable={editable}
            onEdit={setEditing}
            onDelete={confirmDelete.ask}
          />
        )}
      </ListPanel>

      {editing && <NumberFormDialog key={editing.id} number={editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog {...confirmDelete.dialogProps} {...deleteWording(confirmDelete.item)} />
    </>
  );
}
