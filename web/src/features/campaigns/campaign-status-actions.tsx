import type { Campaign, CampaignStatus } from '@contracts/campaigns';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from '@web/components/ui/dropdown-menu';
import { describeError, isApiError } from '@web/lib/api-client';
import { CircleCheck, Ellipsis, FilePen, Pause, Play, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { useDeleteCampaign, useUpdateCampaign } from './api';
import type { CampaignTab } from './campaign-tabs';

// The activation check names what is missing by field; each points at the tab that fixes it.
const fixes: Record<string, { tab: CampaignTab; label: string }> = {
  routing: { tab: 'routing', label: 'Open routing plan' },
  numbers: { tab: 'numbers', label: 'Open numbers' },
};

function StatusError({ error, onFix }: { error: unknown; onFix: (tab: CampaignTab) => void }) {
  const fields = isApiError(error, 'VALIDATION_ERROR') ? error.fieldErrors : [];
  if (fields.length === 0) return <Alert variant="error">{describeError(error)}</Alert>;
  return (
    <Alert variant="error" data-testid="activation-errors">
      <p className="font-medium">This campaign cannot go live yet:</p>
      <ul className="mt-1 grid gap-1">
        {fields.map(({ field, message }) => {
          const fix = fixes[field];
          return (
            <li key={field} className="flex flex-wrap items-center gap-x-2">
              <span>{message}.</span>
              {fix && (
                <Button variant="link" size="xs" className="text-red-800" onClick={() => onFix(fix.tab)}>
                  {fix.label}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}

/** Activate / Pause, the rarer status changes and delete, with the reasons a change was refused. */
export function CampaignStatusActions({
  campaign,
  onOpenTab,
}: {
  campaign: Campaign;
  onOpenTab: (tab: CampaignTab) => void;
}) {
  const update = useUpdateCampaign(campaign.id);
  const remove = useDeleteCampaign();
  const [, navigate] = useLocation();
  const [deleting, setDeleting] = useState(false);
  const [pending, setPending] = useState<CampaignStatus | null>(null);

  const setStatus = (status: CampaignStatus) => {
    setPending(status);
    update.mutate({ status }, { onSettled: () => setPending(null) });
  };

  return (
    <div className="grid justify-items-end gap-2">
      <div className="flex items-center gap-2">
        {campaign.status === 'active' ? (
          <Button
            size="sm"
            variant="outline"
            onClick={() => setStatus('paused')}
            loading={pending === 'paused'}
          >
            <Pause aria-hidden="true" />
            Pause
          </Button>
        ) : (
          <Button size="sm" onClick={() => setStatus('active')} loading={pending === 'active'}>
            <Play aria-hidden="true" />
            Activate
          </Button>
        )}
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button variant="outline" size="icon" aria-label="More campaign actions">
              <Ellipsis aria-hidden="true" />
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent>
            {campaign.status !== 'draft' && (
              <DropdownMenuItem onSelect={() => setStatus('draft')}>
                <FilePen aria-hidden="true" />
                Move back to draft
              </DropdownMenuItem>
            )}
            {campaign.status !== 'completed' && (
              <DropdownMenuItem onSelect={() => setStatus('completed')}>
                <CircleCheck aria-hidden="true" />
                Mark as completed
              </DropdownMenuItem>
            )}
            <DropdownMenuItem variant="destructive" onSelect={() => setDeleting(true)}>
              <Trash2 aria-hidden="true" />
              Delete campaign
            </DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>
      </div>
      {update.isError && (
        <StatusError
          error={update.error}
          onFix={(tab) => {
            update.reset();
            onOpenTab(tab);
          }}
        />
      )}
      <ConfirmDialog
        open={deleting}
        onOpenChange={(open) => {
          setDeleting(open);
          if (!open) remove.reset();
        }}
        title="Delete campaign?"
        description={`“${campaign.name}” and its routing plan are deleted. Its numbers become unassigned; past calls stay in the call log.`}
        confirmLabel="Delete"
        pending={remove.isPending}
        error={remove.isError ? describeError(remove.error) : undefined}
        onConfirm={() => remove.mutate(campaign.id, { onSuccess: () => navigate('/') })}
      />
    </div>
  );
}
