import { Card, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { usePixelDeliveries } from './api';
import { DeliveriesTable } from './deliveries-table';

/** On a call's page: every pixel the call fired and how each delivery went; nothing when none fired. */
export function CallPixelsCard({ callId }: { callId: string }) {
  const deliveries = usePixelDeliveries({ callId });
  if (!deliveries.data?.length) return null;
  const delivered = deliveries.data.filter((delivery) => delivery.status === 'delivered').length;
  return (
    <Card>
      <CardHeader className="py-2.5">
        <div>
          <CardTitle>Pixels</CardTitle>
          <CardDescription>
            {deliveries.data.length} fired · {delivered} delivered
          </CardDescription>
        </div>
      </CardHeader>
      <DeliveriesTable deliveries={deliveries.data} showCall={false} />
    </Card>
  );
}
