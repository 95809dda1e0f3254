import { formatPhone } from '@contracts/phone';
import type { TrackingTag } from '@contracts/tracking-tags';
import { Alert } from '@web/components/ui/alert';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { EmptyState } from '@web/components/ui/empty-state';
import { RowActions } from '@web/components/ui/row-actions';
import { Spinner } from '@web/components/ui/spinner';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { describeError } from '@web/lib/api-client';
import { formatDate } from '@web/lib/format';
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
  const deleteTag = useDeleteTrackingTag();
  const [editing, setEditing] = useState<TrackingTag | null>(null);
  const [deleting, setDeleting] = useState<TrackingTag | null>(null);

  const closeDelete = () => {
    setDeleting(null);
    deleteTag.reset();
  };

  if (tags.isPending) return <Spinner />;
  if (tags.isError) {
    return (
      <div className="p-4">
        <Alert variant="error">{describeError(tags.error)}</Alert>
      </div>
    );
  }
  if (tags.data.length === 0) {
    return (
      <EmptyState
        icon={Code}
        title="No tracking tags yet"
        description="A tracking tag is the script you paste into your website so that each visitor sees a number from a pool."
      />
    );
  }

  return (
    <>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead>Pool</TableHead>
            <TableHead>Default number</TableHead>
            <TableHead>Format</TableHead>
            <TableHead>Added</TableHead>
            {editable && (
              <TableHead className="w-12">
                <span className="sr-only">Actions</span>
              </TableHead>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {tags.data.map((tag) => {
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
                  <TableCell className="text-right">
                    <RowActions
                      label={tag.name}
                      onEdit={() => setEditing(tag)}
                      onDelete={() => setDeleting(tag)}
                    />
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>

      {editing && <TagFormDialog key={editing.id} tag={editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && closeDelete()}
        title="Delete tracking tag?"
        description={`${deleting?.name ?? 'The tag'} stops working: pages carrying its snippet show their default number again.`}
        confirmLabel="Delete"
        pending={deleteTag.isPending}
        error={deleteTag.isError ? describeError(deleteTag.error) : undefined}
        onConfirm={() => deleting && deleteTag.mutate(deleting.id, { onSuccess: closeDelete })}
      />
    </>
  );
}
