import type { PixelDelivery } from '@contracts/pixels';
import { Button } from '@web/components/ui/button';
import { CodeBlock } from '@web/components/ui/code-block';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '@web/components/ui/dialog';
import { latencyText } from '@web/features/rtb/rtb-labels';
import { DeliveryStatus } from './delivery-status';

/** What a "Send test" sent and what the tracker answered. */
export function TestResultDialog({ delivery, onClose }: { delivery: PixelDelivery; onClose: () => void }) {
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-w-2xl">
        <DialogHeader>
          <DialogTitle>Test sent: {delivery.pixelName}</DialogTitle>
          <DialogDescription>
            Sent once for a sample call (tokens filled with sample values); it is also in the delivery log.
          </DialogDescription>
        </DialogHeader>
        <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-2 text-[13px]">
          <dt className="text-slate-500">Result</dt>
          <dd>
            <DeliveryStatus delivery={delivery} />
          </dd>
          <dt className="text-slate-500">HTTP status</dt>
          <dd className="tabular-nums">{delivery.httpStatus ?? '—'}</dd>
          <dt className="text-slate-500">Latency</dt>
          <dd className="tabular-nums">{latencyText(delivery.latencyMs)}</dd>
        </dl>
        {delivery.request && (
          <CodeBlock className="max-h-40 overflow-auto text-xs">
            {`${delivery.request.method} ${delivery.request.url}${delivery.request.body ? `\n\n${delivery.request.body}` : ''}`}
          </CodeBlock>
        )}
        {delivery.responseExcerpt && (
          <CodeBlock className="max-h-40 overflow-auto text-xs">{delivery.responseExcerpt}</CodeBlock>
        )}
        <DialogFooter>
          <Button onClick={onClose}>Close</Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
