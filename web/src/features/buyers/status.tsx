import { ActiveStatus } from '@contracts/buyers';
import { Badge } from '@web/components/ui/badge';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@web/components/ui/select';
import type { ComponentProps } from 'react';

const statusLabels: Record<ActiveStatus, string> = { active: 'Active', paused: 'Paused' };
const statusDescriptions: Record<ActiveStatus, string> = {
  active: 'Receives calls',
  paused: 'Skipped by routing until resumed',
};

export function StatusBadge({ status }: { status: ActiveStatus }) {
  return <Badge variant={status === 'active' ? 'success' : 'warning'}>{statusLabels[status]}</Badge>;
}

type StatusSelectProps = Omit<ComponentProps<typeof SelectTrigger>, 'onChange' | 'value'> & {
  value: ActiveStatus;
  onChange: (status: ActiveStatus) => void;
};

/** Extra props (id, aria-*) go to the trigger so <FormField> can label it. */
export function StatusSelect({ value, onChange, disabled, ...triggerProps }: StatusSelectProps) {
  return (
    <Select value={value} onValueChange={(next) => onChange(ActiveStatus.parse(next))} disabled={disabled}>
      <SelectTrigger {...triggerProps}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {ActiveStatus.options.map((status) => (
          <SelectItem key={status} value={status} description={statusDescriptions[status]}>
            {statusLabels[status]}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
