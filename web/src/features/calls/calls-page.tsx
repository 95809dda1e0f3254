import { SectionPlaceholder } from '@web/features/placeholders/section-placeholder';
import { PhoneCall } from 'lucide-react';

export function CallsPage() {
  return (
    <SectionPlaceholder title="Calls" icon={PhoneCall}>
      The call log: every inbound call with its caller, campaign, tracking number, the target it reached,
      duration, status and recording, along with the routing decisions made on the way.
    </SectionPlaceholder>
  );
}
