import type { Pool, PoolStats } from '@contracts/pools';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { Card, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { EmptyState } from '@web/components/ui/empty-state';
import { Spinner } from '@web/components/ui/spinner';
import { Stat } from '@web/components/ui/stat';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canEdit } from '@web/features/auth/permissions';
import { describeError, isApiError } from '@web/lib/api-client';
import { ArrowLeft, Pencil, SearchX, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useCampaignOptions } from './api';
import { useDeletePool, usePool, usePoolStats } from './pool-api';
import { PoolFormSheet } from './pool-form-sheet';
import { formatTtl, onExhaustedLabels } from './pool-labels';
import { PoolNumbersTable, RecentSessionsTable } from './pool-stats-tables';

// From here on a burst of visitors can take every number, and then visits share numbers or go untracked.
const HIGH_UTILIZATION = 0.75;

function BackLink() {
  return (
    <Link
      href="/pools"
      className="mb-1 inline-flex items-center gap-1 text-xs text-slate-500 hover:text-slate-800"
    >
      <ArrowLeft className="size-3.5" aria-hidden="true" />
      Pools
    </Link>
  );
}

function PoolKpis({ pool, stats }: { pool: Pool; stats: PoolStats }) {
  const percent = Math.round(stats.utilization * 100);
  const high = stats.utilization >= HIGH_UTILIZATION;
  return (
    <>
      <dl className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat
          label="Numbers in use"
          value={`${stats.numbersInUse} / ${stats.numbersTotal}`}
          hint="Held by live visits"
        />
        <Stat
          label="Utilization"
          value={`${percent}%`}
          tone={high ? 'warning' : 'default'}
          hint={high ? 'High: add numbers' : undefined}
        />
        <Stat label="Assignments" value={stats.assignments} hint="Visits given a number" />
        <Stat
          label="Collisions"
          value={stats.collisions}
          tone={stats.collisions > 0 ? 'warning' : 'default'}
          hint="Visits that had to share one"
        />
      </dl>
      {high && (
        <Alert variant="warning" className="mb-4" data-testid="utilization-warning">
          {percent}% of this pool's numbers are held by live visits. When every number is taken,{' '}
          {pool.onExhausted === 'reuse_oldest'
            ? 'new visitors share the oldest one, so calls can be credited to the wrong visit'
            : "new visitors see the page's default number and their calls go unattributed"}
          . Add numbers to the pool, or shorten the session TTL.
        </Alert>
      )}
    </>
  );
}

function PoolHeader({
  pool,
  editable,
  onEdit,
  onDelete,
}: {
  pool: Pool;
  editable: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const campaigns = useCampaignOptions();
  const campaign = campaigns.data?.find((candidate) => candidate.id === pool.campaignId);
  return (
    <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
      <div className="min-w-0">
        <BackLink />
        <h1 className="truncate text-xl font-semibold tracking-tight text-slate-900">{pool.name}</h1>
        <p className="mt-1 text-[13px] text-slate-500">
          {campaign ? (
            <Link href={`~/campaigns/${campaign.id}`} className="text-indigo-600 hover:underline">
              {campaign.name}
            </Link>
          ) : (
            'No campaign'
          )}
          {` · ${pool.numbers.length} ${pool.numbers.length === 1 ? 'number' : 'numbers'}`}
          {` · sessions last ${formatTtl(pool.sessionTtlMinutes)}`}
          {` · ${onExhaustedLabels[pool.onExhausted].toLowerCase()} when all are taken`}
        </p>
      </div>
      {editable && (
        <div className="flex items-center gap-2">
          <Button size="sm" variant="outline" onClick={onEdit}>
            <Pencil aria-hidden="true" />
            Edit
          </Button>
          <Button size="sm" variant="outline" onClick={onDelete}>
            <Trash2 aria-hidden="true" />
            Delete
          </Button>
        </div>
      )}
    </div>
  );
}

/** One pool, live: how many numbers visitors hold now, and what each number has done. */
export function PoolPage({ id }: { id: string }) {
  const { user } = useCurrentSession();
  const editable = canEdit(user.role);
  const [, navigate] = useLocation();
  const pool = usePool(id);
  const stats = usePoolStats(id);
  const deletePool = useDeletePool();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  if (pool.isPending) return <Spinner />;
  if (isApiError(pool.error, 'NOT_FOUND')) {
    return (
      <Card>
        <EmptyState
          icon={SearchX}
          title="Pool not found"
          description="It may have been deleted."
          action={
            <Button asChild variant="outline">
              <Link href="/pools">Back to pools</Link>
            </Button>
          }
        />
      </Card>
    );
  }
  if (pool.isError) return <Alert variant="error">{describeError(pool.error)}</Alert>;

  return (
    <>
      <PoolHeader
        pool={pool.data}
        editable={editable}
        onEdit={() => setEditing(true)}
        onDelete={() => setDeleting(true)}
      />
      {stats.isPending && <Spinner />}
      {stats.isError && <Alert variant="error">{describeError(stats.error)}</Alert>}
      {stats.data && (
        <>
          <PoolKpis pool={pool.data} stats={stats.data} />
          <div className="grid gap-4">
            <Card>
              <CardHeader className="py-2.5">
                <CardTitle>Numbers</CardTitle>
              </CardHeader>
              <PoolNumbersTable numbers={stats.data.numbers} />
            </Card>
            <Card>
              <CardHeader className="py-2.5">
                <div>
                  <CardTitle>Recent visits</CardTitle>
                  <CardDescription>The latest website sessions lent a number by this pool.</CardDescription>
                </div>
              </CardHeader>
              <RecentSessionsTable sessions={stats.data.recentSessions} now={stats.dataUpdatedAt} />
            </Card>
          </div>
        </>
      )}

      {editing && <PoolFormSheet pool={pool.data} onClose={() => setEditing(false)} />}
      <ConfirmDialog
        open={deleting}
        onOpenChange={(open) => {
          setDeleting(open);
          if (!open) deletePool.reset();
        }}
        title="Delete pool?"
        description={`${pool.data.name} is removed, its numbers become free, and the tracking tags that use it are deleted too: pages carrying them show their default number again.`}
        confirmLabel="Delete"
        pending={deletePool.isPending}
        error={deletePool.isError ? describeError(deletePool.error) : undefined}
        onConfirm={() => deletePool.mutate(id, { onSuccess: () => navigate('/pools') })}
      />
    </>
  );
}
