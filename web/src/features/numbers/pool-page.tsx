import type { Pool, PoolStats } from '@contracts/pools';
import { DetailHeader, EditDeleteButtons } from '@web/components/layout/detail-header';
import { NotFoundCard } from '@web/components/not-found-card';
import { Alert } from '@web/components/ui/alert';
import { Card, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { Spinner } from '@web/components/ui/spinner';
import { Stat } from '@web/components/ui/stat';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canEdit } from '@web/features/auth/permissions';
import { useCampaigns } from '@web/features/campaigns/api';
import { describeError, isApiError } from '@web/lib/api-client';
import { useConfirmDelete } from '@web/lib/use-confirm-delete';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useDeletePool, usePool, usePoolStats } from './pool-api';
import { PoolFormSheet } from './pool-form-sheet';
import { formatTtl, onExhaustedLabels } from './pool-labels';
import { PoolNumbersTable, RecentSessionsTable } from './pool-stats-tables';

// From here on a burst of visitors can take every number, and then visits share numbers or go untracked.
const HIGH_UTILIZATION = 0.75;

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
  const campaigns = useCampaigns();
  const campaign = campaigns.data?.find((candidate) => candidate.id === pool.campaignId);
  return (
    <DetailHeader
      back={{ href: '/pools', label: 'Pools' }}
      title={pool.name}
      description={
        <>
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
        </>
      }
      actions={editable && <EditDeleteButtons onEdit={onEdit} onDelete={onDelete} />}
    />
  );
}

/** One pool, live: how many numbers visitors hold now, and what each number has done. */
export function PoolPage({ id }: { id: string }) {
  const { user } = useCurrentSession();
  const editable = canEdit(user.role);
  const [, navigate] = useLocation();
  const pool = usePool(id);
  const stats = usePoolStats(id);
  const [editing, setEditing] = useState(false);
  const confirmDelete = useConfirmDelete<Pool>(useDeletePool(), () => navigate('/pools'));

  if (pool.isPending) return <Spinner />;
  if (isApiError(pool.error, 'NOT_FOUND')) {
    return (
      <NotFoundCard
        title="Pool not found"
        description="It may have been deleted."
        back={{ href: '/pools', label: 'Back to pools' }}
      />
    );
  }
  if (pool.isError) return <Alert variant="error">{describeError(pool.error)}</Alert>;

  return (
    <>
      <PoolHeader
        pool={pool.data}
        editable={editable}
        onEdit={() => setEditing(true)}
        onDelete={() => confirmDelete.ask(pool.data)}
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
        {...confirmDelete.dialogProps}
        title="Delete pool?"
        description={`${pool.data.name} is removed, its numbers become free, and the tracking tags that use it are deleted too: pages carrying them show their default number again.`}
        confirmLabel="Delete"
      />
    </>
  );
}
