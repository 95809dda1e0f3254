import { OptionSelect } from '@web/components/ui/option-select';
import type { ComponentProps } from 'react';
import { useAgents } from './api';

type AgentSelectProps = Omit<ComponentProps<typeof OptionSelect<string>>, 'options' | 'value'> & {
  value: string | null | undefined;
};

/** Picks one of the account's agents (the agent a user with the agent role is). */
export function AgentSelect({ value, ...props }: AgentSelectProps) {
  const agents = useAgents();
  const options = (agents.data ?? []).map((agent) => ({ value: agent.id, label: agent.name }));
  return (
    <OptionSelect
      {...props}
      value={value ?? undefined}
      options={options}
      placeholder={agents.data?.length === 0 ? 'Create an agent first' : 'Choose the agent'}
    />
  );
}
