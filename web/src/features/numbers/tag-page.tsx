import { formatPhone } from '@contracts/phone';
import type { TrackingTag } from '@contracts/tracking-tags';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { Card, CardContent } from '@web/components/ui/card';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { EmptyState } from '@web/components/ui/empty-state';
import { Spinner } from '@web/components/ui/spinner';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canEdit } from '@web/features/auth/permissions';
import { describeError, isApiError } from '@web/lib/api-client';
import { formatDate } from '@web/lib/format';
import { ArrowLeft, Pencil, SearchX, Trash2 } from 'lucide-react';
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
  const deleteTag = useDeleteTrackingTag();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  if (tag.isPending) return <Spinner />;
  if (isApiError(tag.error, 'NOT_FOUND')) {
    return (
      <Card>
        <EmptyState
          icon={SearchX}
          title="Tracking tag not found"
          description="It may have been deleted, or its pool was."
          action={
            <Button asChild variant="outline">
              <Link href="/tracking-tags">Back to tracking tags</Link>
            </Button>
          }
        />
      </Card>
    );
  }
  if (tag.isError) return <Alert variant="error">{describeError(tag.error)}</Alert>;

  return (
    <>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <Link
            href="/tracking-tags"
            className="mb-1 inline-flex items-center gap-1 text-xs text-slate-500 hover:text-slate-800"
          >
            <ArrowLeft className="size-3.5" aria-hidden="true" />
            Tracking tags
          </Link>
          <h1 className="truncate text-xl font-semibold tracking-tight text-slate-900">{tag.data.name}</h1>
        </div>
        {editable && (
          <div className="flex items-center gap-2">
            <Button size="sm" variant="outline" onClick={() => setEditing(true)}>
              <Pencil aria-hidden="true" />
              Edit
            </Button>
            <Button size="sm" variant="outline" onClick={() => setDeleting(true)}>
              <Trash2 aria-hidden="true" />
              Delete
            </Button>
          </div>
        )}
      </div>
      <div className="grid gap-4">
        <TagDetails tag={tag.data} />
        <TagSnippet tag={tag.data} />
      </div>

      {editing && <TagFormDialog tag={tag.data} onClose={() => setEditing(false)} />}
      <ConfirmDialog
        open={deleting}
        onOpenChange={(open) => {
          setDeleting(open);
          if (!open) deleteTag.reset();
        }}
        title="Delete tracking tag?"
        description={`${tag.data.name} stops working: pages carrying its snippet show their default number again.`}
        confirmLabel="Delete"
        pending={deleteTag.isPending}
        error={deleteTag.isError ? describeError(deleteTag.error) : undefined}
        onConfirm={() => deleteTag.mutate(id, { onSuccess: () => navigate('/tracking-tags') })}
      />
    </>
  );
}
