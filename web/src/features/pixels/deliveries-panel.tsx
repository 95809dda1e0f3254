import type { DeliveryStatus } from '@contracts/pixels';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { EmptyState } from '@web/components/ui/empty-state';
import { Label } from '@web/components/ui/label';
import { OptionSelect } from '@web/components/ui/option-select';
import { Spinner } from '@web/components/ui/spinner';
import { describeError } from '@web/lib/api-client';
import { RefreshCw, ScrollText } from 'lucide-react';
import { useId, useState } from 'react';
import { type DeliveryFilters, usePixelDeliveries, usePixels } from './api';
import { DeliveriesTable } from './deliveries-table';

const ALL = 'all';

const statusOptions = [
  { value: ALL, label: 'All results' },
  { value: 'delivered', label: 'Delivered' },
  { value: 'pending', label: 'Queued or retrying' },
  { value: 'failed', label: 'Failed' },
  { value: 'skipped', label: 'Skipped' },
] as const;

/** The latest deliveries, newest first, narrowed by result or pixel. */
export function DeliveriesPanel() {
  const [status, setStatus] = useState<DeliveryStatus | typeof ALL>(ALL);
  const [pixelId, setPixelId] = useState<string>(ALL);
  const filters: DeliveryFilters = {
    status: status === ALL ? undefined : status,
    pixelId: pixelId === ALL ? undefined : pixelId,
  };
  const deliveries = usePixelDeliveries(filters);
  const pixels = usePixels();
  const statusId = useId();
  const pixelSelectId = useId();
  const filtered = filters.status !== undefined || filters.pixelId !== undefined;

  return (
    <>
      <div className="flex flex-wrap items-end gap-3 border-b border-slate-200 p-3">
        <div className="grid w-48 gap-1.5">
          <Label htmlFor={statusId}>Result</Label>
          <OptionSelect id={statusId} value={status} onChange={setStatus} options={statusOptions} />
        </div>
        <div className="grid w-56 gap-1.5">
          <Label htmlFor={pixelSelectId}>Pixel</Label>
          <OptionSelect
            id={pixelSelectId}
            value={pixelId}
            onChange={setPixelId}
            options={[
              { value: ALL, label: 'All pixels' },
              ...(pixels.data ?? []).map((pixel) => ({ value: pixel.id, label: pixel.name })),
            ]}
          />
        </div>
        <Button
          variant="outline"
          size="sm"
          className="ml-auto"
          loading={deliveries.isFetching}
          onClick={() => deliveries.refetch()}
        >
          <RefreshCw aria-hidden="true" />
          Refresh
        </Button>
      </div>
      {deliveries.isPending ? (
        <Spinner />
      ) : deliveries.isError ? (
        <div className="p-4">
          <Alert variant="error">{describeError(deliveries.error)}</Alert>
        </div>
      ) : deliveries.data.length === 0 ? (
        <EmptyState
          icon={ScrollText}
          title={filtered ? 'No deliveries match' : 'No deliveries yet'}
          description={
            filtered
              ? 'Try another result or pixel.'
              : 'Each time a call event fires a pixel, or you send a test, the request and its answer show up here.'
          }
        />
      ) : (
        <DeliveriesTable deliveries={deliveries.data} />
      )}
    </>
  );
}
