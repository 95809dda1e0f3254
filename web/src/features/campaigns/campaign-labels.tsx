import type { CampaignStatus, DuplicateAction, RoutingStrategy } from '@contracts/campaigns';
import { Badge } from '@web/components/ui/badge';
import type { z } from 'zod';

export const statusLabels: Record<CampaignStatus, string> = {
  draft: 'Draft',
  active: 'Active',
  paused: 'Paused',
  completed: 'Completed',
};

const statusBadge = { draft: 'default', active: 'success', paused: 'warning', completed: 'primary' } as const;

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  return <Badge variant={statusBadge[status]}>{statusLabels[status]}</Badge>;
}

export const strategyLabels: Record<z.infer<typeof RoutingStrategy>, string> = {
  weighted: 'Weighted',
  round_robin: 'Round robin',
};

export const strategyDescriptions: Record<z.infer<typeof RoutingStrategy>, string> = {
  weighted: 'Among targets of equal priority, pick at random in proportion to weight',
  round_robin: 'Among targets of equal priority, take turns',
};

export const duplicateActionLabels: Record<z.infer<typeof DuplicateAction>, string> = {
  route_normally: 'Route normally',
  same_target: 'Send to the same target',
  reject: 'Reject the call',
};
