import { SectionPlaceholder } from '@web/features/placeholders/section-placeholder';
import { Megaphone } from 'lucide-react';

export function CampaignsPage() {
  return (
    <SectionPlaceholder title="Campaigns" icon={Megaphone}>
      Campaigns tie tracking numbers to a routing plan of buyer targets. Each campaign has a status (draft,
      active, paused or completed) and routes its calls by priority, by round-robin or through a real-time
      bidding auction, with optional call recording, tracking pixels and webhooks.
    </SectionPlaceholder>
  );
}
