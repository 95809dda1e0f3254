import type { Campaign } from '@contracts/campaigns';
import type { Pool } from '@contracts/pools';
import { ListPanel } from '@web/components/list-panel';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { ActionsHead, RowActionsCell } from '@web/components/ui/row-actions';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { useCampaigns } from '@web/features/campaigns/api';
import { useConfirmDelete } from '@web/lib/use-confirm-delete';
import { Layers } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'wouter';
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
  const campaigns = useCampaigns();
  const [editing, setEditing] = useState<Pool | null>(null);
  const confirmDelete = useConfirmDelete<Pool>(useDeletePool());

  return (
    <>
      <ListPanel
        query={pools}
        empty={{
          icon: Layers,
          title: 'No pools yet',
          description:
            'A pool lends each website visitor a number of its own, so every call is tied to the visit, ad and keyword behind it.',
        }}
      >
        {(rows) => (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Campaign</TableHead>
                <TableHead className="text-right">Numbers</TableHead>
                <TableHead className="text-right">Session TTL</TableHead>
                <TableHead>When every number is taken</TableHead>
                {editable && <ActionsHead className="w-12" />}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((pool) => (
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
                  <TableCell className="text-right tabular-nums">
                    {formatTtl(pool.sessionTtlMinutes)}
                  </TableCell>
                  <TableCell>{onExhaustedLabels[pool.onExhausted]}</TableCell>
                  {editable && (
                    <RowActionsCell
                      label={pool.name}
                      onEdit={() => setEditing(pool)}
                      onDelete={() => confirmDelete.ask(pool)}
                    />
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </ListPanel>

      {editing && <PoolFormSheet key={editing.id} pool={editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        {...confirmDelete.dialogProps}
        title="Delete pool?"
        description={`${confirmDelete.item?.name ?? 'The pool'} is removed, its numbers become free, and the tracking tags that use it are deleted too: pages carrying them show their default number again.`}
        confirmLabel="Delete"
      />
    </>
  );
}
