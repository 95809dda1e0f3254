import { PageHeader } from '@web/components/layout/page-header';
import { NotFoundCard } from '@web/components/not-found-card';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { Card, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { Spinner } from '@web/components/ui/spinner';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canEdit } from '@web/features/auth/permissions';
import { StatusBadge } from '@web/features/buyers/status';
import { describeError, isApiError } from '@web/lib/api-client';
import { ArrowLeft, Pencil } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { usePublisher, usePublisherCalls, usePublisherSummary } from './api';
import { PayoutRulesCard } from './payout-rules-card';
import { PublisherCallsTable } from './publisher-calls-table';
import { PublisherFormDialog } from './publisher-form-dialog';
import { PublisherTotals } from './publisher-totals';
import { SourcesCard } from './sources-card';

export function PublisherDetailPage({ id }: { id: string }) {
  const { user } = useCurrentSession();
  const editable = canEdit(user.role);
  const publisher = usePublisher(id);
  const summary = usePublisherSummary(id);
  const calls = usePublisherCalls(id);
  const [editing, setEditing] = useState(false);

  const back = (
    <Link
      href="/"
      className="mb-3 inline-flex items-center gap-1 text-[13px] text-slate-500 hover:text-slate-800"
    >
      <ArrowLeft className="size-3.5" aria-hidden="true" />
      Publishers
    </Link>
  );
  if (publisher.isPending) return <Spinner />;
  if (publisher.isError)
    return (
      <>
        {back}
        {isApiError(publisher.error, 'NOT_FOUND') ? (
          <NotFoundCard title="Publisher not found" description="It may have been deleted." />
        ) : (
          <Alert variant="error">{describeError(publisher.error)}</Alert>
        )}
      </>
    );

  return (
    <>
      {back}
      <PageHeader
        title={publisher.data.name}
        description={
          <span className="flex items-center gap-2">
            <StatusBadge status={publisher.data.status} />
            {publisher.data.company}
            <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs">
              publisherId={publisher.data.id}
            </code>
          </span>
        }
        actions={
          editable && (
            <Button variant="outline" size="sm" onClick={() => setEditing(true)}>
              <Pencil aria-hidden="true" />
              Edit publisher
            </Button>
          )
        }
      />
      <div className="grid gap-4">
        {summary.data && <PublisherTotals summary={summary.data} />}
        <PayoutRulesCard publisherId={id} editable={editable} />
        <SourcesCard publisherId={id} editable={editable} />
        <Card>
          <CardHeader>
            <div>
              <CardTitle>Calls and payouts</CardTitle>
              <CardDescription>The latest 200 calls this publisher brought.</CardDescription>
            </div>
          </CardHeader>
          <PublisherCallsTable query={calls} />
        </Card>
      </div>
      {editing && <PublisherFormDialog publisher={publisher.data} onClose={() => setEditing(false)} />}
    </>
  );
}
