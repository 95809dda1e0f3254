import type { RtbTarget } from '@contracts/rtb';
import { DetailHeader } from '@web/components/layout/detail-header';
import { NotFoundCard } from '@web/components/not-found-card';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { Spinner } from '@web/components/ui/spinner';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canEdit } from '@web/features/auth/permissions';
import { StatusBadge } from '@web/features/buyers/status';
import { describeError, isApiError } from '@web/lib/api-client';
import { useConfirmDelete } from '@web/lib/use-confirm-delete';
import { Trash2 } from 'lucide-react';
import { useLocation } from 'wouter';
import { useDeleteRtbTarget, useRtbTarget } from './api';
import { BidderEditor } from './bidder-editor';
import { BidderTryCard } from './bidder-try-card';
import { BidderUptimeCard } from './bidder-uptime-card';
import { endpointHost } from './rtb-labels';

const back = { href: '/', label: 'Bidders' };

export function NewBidderPage() {
  const [, navigate] = useLocation();
  return (
    <>
      <DetailHeader
        back={back}
        title="New bidder"
        description="A buyer’s endpoint that answers each ping with a bid. Save it to preview and test it."
      />
      <BidderEditor onSaved={(target) => navigate(`/bidders/${target.id}`, { replace: true })} />
    </>
  );
}

/** One bidder: its settings, a way to try it, and how it has answered lately. */
export function BidderPage({ id }: { id: string }) {
  const { user } = useCurrentSession();
  const [, navigate] = useLocation();
  const target = useRtbTarget(id);
  const confirmDelete = useConfirmDelete<RtbTarget>(useDeleteRtbTarget(), () =>
    navigate('/', { replace: true }),
  );

  if (target.isPending) return <Spinner />;
  if (isApiError(target.error, 'NOT_FOUND')) {
    return <NotFoundCard title="Bidder not found" description="It may have been deleted." back={back} />;
  }
  if (target.isError) return <Alert variant="error">{describeError(target.error)}</Alert>;

  const bidder = target.data;
  const editable = canEdit(user.role);
  return (
    <>
      <DetailHeader
        back={back}
        title={bidder.name}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <StatusBadge status={bidder.status} />
            <span>
              {bidder.method} {endpointHost(bidder.endpointUrl)}
            </span>
          </span>
        }
        actions={
          editable && (
            <Button size="sm" variant="outline" onClick={() => confirmDelete.ask(bidder)}>
              <Trash2 aria-hidden="true" />
              Delete
            </Button>
          )
        }
      />
      <fieldset disabled={!editable} className="min-w-0">
        <BidderEditor
          target={bidder}
          aside={({ dirty }) => (
            <>
              {editable && <BidderTryCard targetId={bidder.id} dirty={dirty} />}
              <BidderUptimeCard targetId={bidder.id} />
            </>
          )}
        />
      </fieldset>
      <ConfirmDialog
        {...confirmDelete.dialogProps}
        title="Delete bidder?"
        description={`“${bidder.name}” is no longer pinged and leaves every router it is in. Its past pings stay in the bid log.`}
        confirmLabel="Delete"
      />
    </>
  );
}
