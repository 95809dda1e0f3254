import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { EmptyState } from '@web/components/ui/empty-state';
import { Label } from '@web/components/ui/label';
import { OptionSelect } from '@web/components/ui/option-select';
import { Spinner } from '@web/components/ui/spinner';
import { describeError } from '@web/lib/api-client';
import { RefreshCw, ScrollText } from 'lucide-react';
import { useId, useState } from 'react';
import { type BidLogFilters, useBidRequests, useRtbTargets } from './api';
import { BidRequestsTable } from './bid-requests-table';

const ALL = 'all';

const outcomeOptions = [
  { value: ALL, label: 'All outcomes' },
  { value: 'valid', label: 'Valid bids' },
  { value: 'rejected', label: 'Rejected' },
  { value: 'dialed', label: 'Dialed' },
] as const;

type Outcome = (typeof outcomeOptions)[number]['value'];

/** The most recent pings, newest first, narrowed by outcome or bidder. */
export function BidLogPanel() {
  const [outcome, setOutcome] = useState<Outcome>(ALL);
  const [bidder, setBidder] = useState<string>(ALL);
  const filters: BidLogFilters = {
    outcome: outcome === ALL ? undefined : outcome,
    rtbTargetId: bidder === ALL ? undefined : bidder,
  };
  const requests = useBidRequests(filters);
  const targets = useRtbTargets();
  const outcomeId = useId();
  const bidderId = useId();
  const filtered = filters.outcome !== undefined || filters.rtbTargetId !== undefined;

  return (
    <>
      <div className="flex flex-wrap items-end gap-3 border-b border-slate-200 p-3">
        <div className="grid w-44 gap-1.5">
          <Label htmlFor={outcomeId}>Outcome</Label>
          <OptionSelect id={outcomeId} value={outcome} onChange={setOutcome} options={outcomeOptions} />
        </div>
        <div className="grid w-56 gap-1.5">
          <Label htmlFor={bidderId}>Bidder</Label>
          <OptionSelect
            id={bidderId}
            value={bidder}
            onChange={setBidder}
            options={[
              { value: ALL, label: 'All bidders' },
              ...(targets.data ?? []).map((target) => ({ value: target.id, label: target.name })),
            ]}
          />
        </div>
        <Button
          variant="outline"
          size="sm"
          className="ml-auto"
          loading={requests.isFetching}
          onClick={() => requests.refetch()}
        >
          <RefreshCw aria-hidden="true" />
          Refresh
        </Button>
      </div>
      {requests.isPending ? (
        <Spinner />
      ) : requests.isError ? (
        <div className="p-4">
          <Alert variant="error">{describeError(requests.error)}</Alert>
        </div>
      ) : requests.data.length === 0 ? (
        <EmptyState
          icon={ScrollText}
          title={filtered ? 'No pings match' : 'No pings yet'}
          description={
            filtered
              ? 'Try another outcome or bidder.'
              : 'Each call routed to an RTB router pings its bidders; every ping shows up here.'
          }
        />
      ) : (
        <BidRequestsTable requests={requests.data} showCall />
      )}
    </>
  );
}
