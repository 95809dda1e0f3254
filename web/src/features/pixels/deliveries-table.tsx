import type { PixelDelivery } from '@contracts/pixels';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { formatCallTime } from '@web/features/calls/format';
import { latencyText } from '@web/features/rtb/rtb-labels';
import { Link } from 'wouter';
import { DeliveryStatus, eventLabel } from './delivery-status';

const muted = <span className="text-slate-400">—</span>;

/** Deliveries as the log keeps them: what was sent, what came back, how long it took. On a call's page, `showCall` is off. */
export function DeliveriesTable({
  deliveries,
  showCall = true,
}: {
  deliveries: PixelDelivery[];
  showCall?: boolean;
}) {
  return (
    <Table className="text-[13px]">
      <TableHeader>
        <TableRow>
          <TableHead>Time</TableHead>
          <TableHead>Pixel</TableHead>
          <TableHead>Event</TableHead>
          {showCall && <TableHead>Call</TableHead>}
          <TableHead>Result</TableHead>
          <TableHead className="text-right">Tries</TableHead>
          <TableHead className="text-right">HTTP</TableHead>
          <TableHead className="text-right">Latency</TableHead>
          <TableHead>Request</TableHead>
          <TableHead>Response</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {deliveries.map((delivery) => (
          <TableRow key={delivery.id} data-status={delivery.status}>
            <TableCell className="tabular-nums">{formatCallTime(delivery.createdAt)}</TableCell>
            <TableCell className="font-medium text-slate-900">
              {delivery.pixelName ?? 'Deleted pixel'}
            </TableCell>
            <TableCell>{eventLabel(delivery.event)}</TableCell>
            {showCall && (
              <TableCell>
                {delivery.callId ? (
                  <Link href={`~/calls/${delivery.callId}`} className="text-indigo-600 hover:underline">
                    View call
                  </Link>
                ) : (
                  muted
                )}
              </TableCell>
            )}
            <TableCell>
              <DeliveryStatus delivery={delivery} />
            </TableCell>
            <TableCell className="text-right tabular-nums">{delivery.attempts}</TableCell>
            <TableCell className="text-right tabular-nums">{delivery.httpStatus ?? muted}</TableCell>
            <TableCell className="text-right tabular-nums">{latencyText(delivery.latencyMs)}</TableCell>
            <TableCell className="max-w-64 truncate font-mono text-xs" title={delivery.request?.url}>
              {delivery.request ? `${delivery.request.method} ${delivery.request.url}` : muted}
            </TableCell>
            <TableCell
              className="max-w-56 truncate font-mono text-xs"
              title={delivery.responseExcerpt ?? undefined}
            >
              {delivery.responseExcerpt ?? muted}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
