import { Role } from '@contracts/common';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@web/components/ui/select';
import { roleDescriptions, roleLabels } from '@web/features/auth/permissions';
import type { ComponentProps } from 'react';

type RoleSelectProps = Omit<ComponentProps<typeof SelectTrigger>, 'onChange' | 'value'> & {
  value: Role | undefined;
  onChange: (role: Role) => void;
};

/** A role picker; extra props (id, aria-*) go to the trigger so <FormField> can label it. */
export function RoleSelect({ value, onChange, disabled, ...triggerProps }: RoleSelectProps) {
  return (
    <Select value={value} onValueChange={(next) => onChange(Role.parse(next))} disabled={disabled}>
      <SelectTrigger {...triggerProps}>
        <SelectValue placeholder="Choose a role" />
      </SelectTrigger>
      <SelectContent>
        {Role.options.map((role) => (
          <SelectItem key={role} value={role} description={roleDescriptions[role]}>
            {roleLabels[role]}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
