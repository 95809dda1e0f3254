import { SectionPlaceholder } from '@web/features/placeholders/section-placeholder';
import { Handshake } from 'lucide-react';

export function BuyersPage() {
  return (
    <SectionPlaceholder title="Buyers & Targets" icon={Handshake}>
      Buyers are the companies that take your calls; their targets are the phone numbers calls are sent to.
      Each target carries a routing priority, concurrency and daily caps and an availability schedule, and
      calls skip any target that is full or closed.
    </SectionPlaceholder>
  );
}
