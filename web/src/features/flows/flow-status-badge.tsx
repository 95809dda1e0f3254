import type { FlowSummary } from '@contracts/flows';
import { Badge } from '@web/components/ui/badge';

/** Draft, or the live version with a note when the draft has moved on since. */
export function FlowStatusBadge({
  flow,
}: {
  flow: Pick<FlowSummary, 'status' | 'publishedVersion' | 'hasUnpublishedChanges'>;
}) {
  if (flow.status === 'draft' || flow.publishedVersion === null) return <Badge>Draft</Badge>;
  return (
    <span className="inline-flex items-center gap-1">
      <Badge variant="success">Live v{flow.publishedVersion}</Badge>
      {flow.hasUnpublishedChanges && <Badge variant="warning">Unpublished changes</Badge>}
    </span>
  );
}
