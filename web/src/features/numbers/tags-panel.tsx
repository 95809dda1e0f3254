import { formatPhone } from '@contracts/phone';
import type { TrackingTag } from '@contracts/tracking-tags';
import { ListPanel } from '@web/components/list-panel';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { ActionsHead, RowActionsCell } from '@web/components/ui/row-actions';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { formatDate } from '@web/lib/format';
import { useConfirmDelete } from '@web/lib/use-confirm-delete';
import { Code } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { applyNumberFormat } from './number-formats';
import { usePools } from './pool-api';
import { useDeleteTrackingTag, useTrackingTags } from './tag-api';
import { TagFormDialog } from './tag-form-dialog';

export function TagsPanel({ editable }: { editable: boolean }) {
  const tags = useTrackingTags();
  const pools = usePools();
  const [editing, setEditing] = useState<TrackingTag | null>(null);
  const confirmDelete = useConfirmDelete<TrackingTag>(useDeleteTrackingTag());

  return (
    <>
      <ListPanel
        query={tags}
        empty={{
          icon: Code,
          title: 'No tracking tags yet',
          description:
            'A tracking tag is the script you paste into your website so that each visitor sees a number from a pool.',
        }}
      >
        {(rows) => (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Pool</TableHead>
                <TableHead>Default number</TableHead>
                <TableHead>Format</TableHead>
                <TableHead>Added</TableHead>
                {editable && <ActionsHead className="w-12" />}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((tag) => {
                const pool = pools.data?.find((candidate) => candidate.id === tag.poolId);
                return (
                  <TableRow key={tag.id}>
                    <TableCell>
                      <Link
                        href={`/tracking-tags/${tag.id}`}
                        className="font-medium text-indigo-600 hover:underline"
                      >
                        {tag.name}
                      </Link>
                    </TableCell>
                    <TableCell>
                      {pool ? (
                        <Link href={`/pools/${pool.id}`} className="text-slate-700 hover:underline">
                          {pool.name}
                        </Link>
                      ) : (
                        <span className="text-slate-400">…</span>
                      )}
                    </TableCell>
                    <TableCell className="tabular-nums">{formatPhone(tag.defaultNumber)}</TableCell>
                    <TableCell className="tabular-nums">
                      {applyNumberFormat(tag.numberFormat, tag.defaultNumber)}
                    </TableCell>
                    <TableCell>{formatDate(tag.createdAt)}</TableCell>
                    {editable && (
                      <RowActionsCell
                        label={tag.name}
                        onEdit={() => setEditing(tag)}
                        onDelete={() => confirmDelete.ask(tag)}
                      />
                    )}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </ListPanel>

      {editing && <TagFormDialog key={editing.id} tag={editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        {...confirmDelete.dialogProps}
        title="Delete tracking tag?"
        description={`${confirmDelete.item?.name ?? 'The tag'} stops working: pages carrying its snippet show their default number again.`}
        confirmLabel="Delete"
      />
    </>
  );
}
