import { SectionPlaceholder } from '@web/features/placeholders/section-placeholder';
import { Gavel } from 'lucide-react';

export function RtbPage() {
  return (
    <SectionPlaceholder title="RTB" icon={Gavel}>
      Real-time bidding sends each incoming call to external bidders in parallel and routes it to the highest
      valid bid received before the timeout. Here you will set up RTB targets (endpoint, request template,
      response parsing, caps), group them into routers, and review bid requests and auction results.
    </SectionPlaceholder>
  );
}
