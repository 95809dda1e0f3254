import { formatPhone } from '@contracts/phone';
import type { TrackingTag } from '@contracts/tracking-tags';
import { DetailHeader, EditDeleteButtons } from '@web/components/layout/detail-header';
import { NotFoundCard } from '@web/components/not-found-card';
import { Alert } from '@web/components/ui/alert';
import { Card, CardContent } from '@web/components/ui/card';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { Spinner } from '@web/components/ui/spinner';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canEdit } from '@web/features/auth/permissions';
import { describeError, isApiError } from '@web/lib/api-client';
import { formatDate } from '@web/lib/format';
import { useConfirmDelete } from '@web/lib/use-confirm-delete';
import { type ReactNode, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { applyNumberFormat } from './number-formats';
import { usePools } from './pool-api';
import { useDeleteTrackingTag, useTrackingTag } from './tag-api';
import { TagFormDialog } from './tag-form-dialog';
import { TagSnippet } from './tag-snippet';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid min-w-0 gap-0.5">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="truncate text-[13px] text-slate-900">{children}</dd>
    </div>
  );
}

function TagDetails({ tag }: { tag: TrackingTag }) {
  const pools = usePools();
  const pool = pools.data?.find((candidate) => candidate.id === tag.poolId);
  return (
    <Card>
      <CardContent>
        <dl className="grid gap-4 sm:grid-cols-3 lg:grid-cols-6">
          <Detail label="Pool">
            {pool ? (
              <Link href={`/pools/${pool.id}`} className="text-indigo-600 hover:underline">
                {pool.name}
              </Link>
            ) : (
              '…'
            )}
          </Detail>
          <Detail label="Default number">{formatPhone(tag.defaultNumber)}</Detail>
          <Detail label="Number format">{applyNumberFormat(tag.numberFormat, tag.defaultNumber)}</Detail>
          <Detail label="CSS selector">
            {tag.selector ? <code className="font-mono text-xs">{tag.selector}</code> : 'Whole page'}
          </Detail>
          <Detail label="Extra click ids">
            {tag.clickIdParams.length > 0 ? (
              <span className="font-mono text-xs">{tag.clickIdParams.join(', ')}</span>
            ) : (
              'None'
            )}
          </Detail>
          <Detail label="Created">{formatDate(tag.createdAt)}</Detail>
        </dl>
      </CardContent>
    </Card>
  );
}

/** One tracking tag: what it swaps, and the line to paste into the website. */
export function TagPage({ id }: { id: string }) {
  const { user } = useCurrentSession();
  const editable = canEdit(user.role);
  const [, navigate] = useLocation();
  const tag = useTrackingTag(id);
  const [editing, setEditing] = useState(false);
  const confirmDelete = useConfirmDelete<TrackingTag>(useDeleteTrackingTag(), () =>
    navigate('/tracking-tags'),
  );

  if (tag.isPending) return <Spinner />;
  if (isApiError(tag.error, 'NOT_FOUND')) {
    return (
      <NotFoundCard
        title="Tracking tag not found"
        description="It may have been deleted, or its pool was."
        back={{ href: '/tracking-tags', label: 'Back to tracking tags' }}
      />
    );
  }
  if (tag.isError) return <Alert variant="error">{describeError(tag.error)}</Alert>;

  return (
    <>
      <DetailHeader
        back={{ href: '/tracking-tags', label: 'Tracking tags' }}
        title={tag.data.name}
        actions={
          editable && (
            <EditDeleteButtons onEdit={() => setEditing(true)} onDelete={() => confirmDelete.ask(tag.data)} />
          )
        }
      />
      <div className="grid gap-4">
        <TagDetails tag={tag.data} />
        <TagSnippet tag={tag.data} />
      </div>

      {editing && <TagFormDialog tag={tag.data} onClose={() => setEditing(false)} />}
      <ConfirmDialog
        {...confirmDelete.dialogProps}
        title="Delete tracking tag?"
        description={`${tag.data.name} stops working: pages carrying its snippet show their default number again.`}
        confirmLabel="Delete"
      />
    </>
  );
}
