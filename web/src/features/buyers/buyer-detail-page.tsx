import type { Buyer } from '@contracts/buyers';
import { formatPhone } from '@contracts/phone';
import { PageHeader } from '@web/components/layout/page-header';
import { NotFoundCard } from '@web/components/not-found-card';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { Spinner } from '@web/components/ui/spinner';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canEdit } from '@web/features/auth/permissions';
import { describeError, isApiError } from '@web/lib/api-client';
import { formatDate } from '@web/lib/format';
import { useConfirmDelete } from '@web/lib/use-confirm-delete';
import { ArrowLeft, Pencil, Plus, Trash2 } from 'lucide-react';
import { type ReactNode, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useBuyer, useDeleteBuyer, useTargets } from './api';
import { BuyerFormDialog } from './buyer-form-dialog';
import { StatusBadge } from './status';
import { TargetSheet } from './target-sheet';
import { TargetsPanel } from './targets-panel';

function BackLink() {
  return (
    <Link
      href="/"
      className="mb-3 inline-flex items-center gap-1 text-[13px] text-slate-500 hover:text-slate-800"
    >
      <ArrowLeft className="size-3.5" aria-hidden="true" />
      Buyers & Targets
    </Link>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid min-w-0 gap-0.5">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="truncate text-[13px] text-slate-900">
        {children || <span className="text-slate-400">—</span>}
      </dd>
    </div>
  );
}

function BuyerDetails({ buyer }: { buyer: Buyer }) {
  return (
    <Card className="mb-4">
      <CardContent>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          <Detail label="Status">
            <StatusBadge status={buyer.status} />
          </Detail>
          <Detail label="Company">{buyer.company}</Detail>
          <Detail label="Email">{buyer.email}</Detail>
          <Detail label="Phone">{formatPhone(buyer.phone)}</Detail>
          <Detail label="Added">{formatDate(buyer.createdAt)}</Detail>
        </dl>
        {buyer.notes && (
          <p className="mt-4 border-t border-slate-100 pt-3 text-[13px] whitespace-pre-line text-slate-600">
            {buyer.notes}
          </p>
        )}
      </CardContent>
    </Card>
  );
}

export function BuyerDetailPage({ id }: { id: string }) {
  const { user } = useCurrentSession();
  const editable = canEdit(user.role);
  const [, navigate] = useLocation();
  const buyer = useBuyer(id);
  const targets = useTargets();
  const [editingBuyer, setEditingBuyer] = useState(false);
  const confirmDelete = useConfirmDelete<Buyer>(useDeleteBuyer(), () => navigate('/', { replace: true }));
  const [creatingTarget, setCreatingTarget] = useState(false);
  const [editingTargetId, setEditingTargetId] = useState<string | null>(null);

  if (buyer.isPending) return <Spinner />;
  if (buyer.isError) {
    return (
      <>
        <BackLink />
        {isApiError(buyer.error, 'NOT_FOUND') ? (
          <NotFoundCard title="Buyer not found" description="It may have been deleted." />
        ) : (
          <Alert variant="error">{describeError(buyer.error)}</Alert>
        )}
      </>
    );
  }

  const targetCount = targets.data?.filter((target) => target.buyerId === id).length;
  return (
    <>
      <BackLink />
      <PageHeader
        title={buyer.data.name}
        description={buyer.data.company ?? undefined}
        actions={
          editable && (
            <>
              <Button variant="outline" size="sm" onClick={() => setEditingBuyer(true)}>
                <Pencil aria-hidden="true" />
                Edit buyer
              </Button>
              <Button
                variant="outline"
                size="sm"
                className="text-red-600 hover:bg-red-50 hover:text-red-700"
                onClick={() => confirmDelete.ask(buyer.data)}
              >
                <Trash2 aria-hidden="true" />
                Delete
              </Button>
            </>
          )
        }
      />
      <BuyerDetails buyer={buyer.data} />
      <Card>
        <CardHeader>
          <div>
            <CardTitle>Targets{targetCount !== undefined && ` (${targetCount})`}</CardTitle>
            <CardDescription>Where this buyer’s calls are sent.</CardDescription>
          </div>
          {editable && (
            <Button size="sm" onClick={() => setCreatingTarget(true)}>
              <Plus aria-hidden="true" />
              New target
            </Button>
          )}
        </CardHeader>
        <TargetsPanel buyerId={id} editingId={editingTargetId} onEditingChange={setEditingTargetId} />
      </Card>

      {editingBuyer && <BuyerFormDialog buyer={buyer.data} onClose={() => setEditingBuyer(false)} />}
      {creatingTarget && <TargetSheet buyerId={id} onClose={() => setCreatingTarget(false)} />}
      <ConfirmDialog
        {...confirmDelete.dialogProps}
        title="Delete buyer?"
        description={`“${buyer.data.name}” is removed for good. A buyer that still has targets cannot be deleted.`}
        confirmLabel="Delete"
      />
    </>
  );
}
