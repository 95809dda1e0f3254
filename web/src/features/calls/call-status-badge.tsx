import type { CallStatus } from '@contracts/calls';
import { Badge } from '@web/components/ui/badge';

export const callStatusLabels: Record<CallStatus, string> = {
  ringing: 'Ringing',
  'in-progress': 'In progress',
  completed: 'Completed',
  busy: 'Busy',
  'no-answer': 'No answer',
  failed: 'Failed',
  canceled: 'Canceled',
};

const variants = {
  ringing: 'primary',
  'in-progress': 'primary',
  completed: 'success',
  busy: 'warning',
  'no-answer': 'warning',
  failed: 'danger',
  canceled: 'default',
} as const;

export function CallStatusBadge({ status }: { status: CallStatus }) {
  return <Badge variant={variants[status]}>{callStatusLabels[status]}</Badge>;
}

export function ConvertedBadge({ converted }: { converted: boolean }) {
  return converted ? <Badge variant="success">Converted</Badge> : <span className="text-slate-400">—</span>;
}
