import type { PixelDelivery } from '@contracts/pixels';
import { Badge } from '@web/components/ui/badge';
import { formatCallTime } from '@web/features/calls/format';
import { EVENT_LABELS } from './pixel-form';

const variants = { delivered: 'success', pending: 'warning', failed: 'danger', skipped: 'default' } as const;
const labels = { delivered: 'Delivered', pending: 'Retrying', failed: 'Failed', skipped: 'Skipped' } as const;

/** Delivered, retrying (and when), failed or skipped, with the reason on hover. */
export function DeliveryStatus({ delivery }: { delivery: PixelDelivery }) {
  const retry =
    delivery.status === 'pending' && delivery.attempts > 0 && delivery.nextAttemptAt
      ? `Next try ${formatCallTime(delivery.nextAttemptAt)}`
      : undefined;
  const detail = [delivery.error, retry].filter(Boolean).join(' · ');
  return (
    <span className="inline-flex max-w-80 items-center gap-1.5" title={detail || undefined}>
      <Badge variant={variants[delivery.status]}>
        {delivery.status === 'pending' && delivery.attempts === 0 ? 'Queued' : labels[delivery.status]}
      </Badge>
      {detail && <span className="truncate text-xs text-slate-500">{detail}</span>}
    </span>
  );
}

export const eventLabel = (event: string) =>
  event === 'test' ? 'Test' : (EVENT_LABELS[event as keyof typeof EVENT_LABELS]?.label ?? event);
