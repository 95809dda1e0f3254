import type { Campaign } from '@contracts/campaigns';
import type { Pool } from '@contracts/pools';
import { Alert } from '@web/components/ui/alert';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { EmptyState } from '@web/components/ui/empty-state';
import { RowActions } from '@web/components/ui/row-actions';
import { Spinner } from '@web/components/ui/spinner';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { describeError } from '@web/lib/api-client';
import { Layers } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { useCampaignOptions } from './api';
import { useDeletePool, usePools } from './pool-api';
import { PoolFormSheet } from './pool-form-sheet';
import { formatTtl, onExhaustedLabels } from './pool-labels';

function CampaignName({ campaignId, campaigns }: { campaignId: string | null; campaigns?: Campaign[] }) {
  if (!campaignId) return <span className="text-slate-400">No campaign</span>;
  const campaign = campaigns?.find((candidate) => candidate.id === campaignId);
  if (!campaign) return <span className="text-slate-400">…</span>;
  return (
    <Link href={`~/campaigns/${campaign.id}`} className="text-indigo-600 hover:underline">
      {campaign.name}
    </Link>
  );
}

export function PoolsPanel({ editable }: { editable: boolean }) {
  const pools = usePools();
  const campaigns = useCampaignOptions();
  const deletePool = useDeletePool();
  const [editing, setEditing] = useState<Pool | null>(null);
  const [deleting, setDeleting] = useState<Pool | null>(null);

  const closeDelete = () => {
    setDeleting(null);
    deletePool.reset();
  };

  if (pools.isPending) return <Spinner />;
  if (pools.isError) {
    return (
      <div className="p-4">
        <Alert variant="error">{describeError(pools.error)}</Alert>
      </div>
    );
  }
  if (pools.data.length === 0) {
    return (
      <EmptyState
        icon={Layers}
        title="No pools yet"
        description="A pool lends each website visitor a number of its own, so every call is tied to the visit, ad and keyword behind it."
      />
    );
  }

  return (
    <>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead>Campaign</TableHead>
            <TableHead className="text-right">Numbers</TableHead>
            <TableHead className="text-right">Session TTL</TableHead>
            <TableHead>When every number is taken</TableHead>
            {editable && (
              <TableHead className="w-12">
                <span className="sr-only">Actions</span>
              </TableHead>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {pools.data.map((pool) => (
            <TableRow key={pool.id}>
              <TableCell>
                <Link href={`/pools/${pool.id}`} className="font-medium text-indigo-600 hover:underline">
                  {pool.name}
                </Link>
              </TableCell>
              <TableCell>
                <CampaignName campaignId={pool.campaignId} campaigns={campaigns.data} />
              </TableCell>
              <TableCell className="text-right tabular-nums">{pool.numbers.length}</TableCell>
              <TableCell className="text-right tabular-nums">{formatTtl(pool.sessionTtlMinutes)}</TableCell>
              <TableCell>{onExhaustedLabels[pool.onExhausted]}</TableCell>
              {editable && (
                <TableCell className="text-right">
                  <RowActions
                    label={pool.name}
                    onEdit={() => setEditing(pool)}
                    onDelete={() => setDeleting(pool)}
                  />
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>

      {editing && <PoolFormSheet key={editing.id} pool={editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && closeDelete()}
        title="Delete pool?"
        description={`${deleting?.name ?? 'The pool'} is removed, its numbers become free, and the tracking tags that use it are deleted too: pages carrying them show their default number again.`}
        confirmLabel="Delete"
        pending={deletePool.isPending}
        error={deletePool.isError ? describeError(deletePool.error) : undefined}
        onConfirm={() => deleting && deletePool.mutate(deleting.id, { onSuccess: closeDelete })}
      />
    </>
  );
}
