import type { AgentStatus, AgentStrategy, QueueTimeoutAction, Skill } from '@contracts/agents';
import { Badge } from '@web/components/ui/badge';
import type { ComponentProps } from 'react';

export const statusLabels: Record<AgentStatus, string> = {
  available: 'Available',
  offline: 'Offline',
  break: 'On break',
  ringing: 'Ringing',
  on_call: 'On a call',
  wrap_up: 'Wrapping up',
};

const statusBadge: Record<AgentStatus, ComponentProps<typeof Badge>['variant']> = {
  available: 'success',
  offline: 'default',
  break: 'warning',
  ringing: 'primary',
  on_call: 'primary',
  wrap_up: 'warning',
};

export function AgentStatusBadge({ status }: { status: AgentStatus }) {
  return <Badge variant={statusBadge[status]}>{statusLabels[status]}</Badge>;
}

export const strategyOptions: { value: AgentStrategy; label: string; description: string }[] = [
  {
    value: 'longest_idle',
    label: 'Longest idle',
    description: 'The agent whose last call ended longest ago',
  },
  { value: 'round_robin', label: 'Round robin', description: 'Each agent in turn' },
  { value: 'most_skilled', label: 'Most skilled', description: 'The highest level in the required skills' },
  { value: 'priority', label: 'Priority', description: 'The first free agent in the group’s order' },
];

export const timeoutOptions: { value: QueueTimeoutAction; label: string }[] = [
  { value: 'hangup', label: 'Say a message and hang up' },
  { value: 'voicemail', label: 'Take a voicemail' },
  { value: 'fallback_number', label: 'Forward to a number' },
];

/** "spanish 7, billing 3": how skills are shown and typed. */
export const skillsText = (skills: Skill[]) => skills.map((s) => `${s.name} ${s.level}`).join(', ');

/** The text back into skills; undefined when a part is not "name level". */
export function parseSkills(text: string): Skill[] | undefined {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const skills = parts.map((part) => {
    const match = part.match(/^(.+?)\s+(\d{1,2})$/);
    return match ? { name: match[1].trim().toLowerCase(), level: Number(match[2]) } : undefined;
  });
  return skills.every((s) => s && s.level >= 1 && s.level <= 10) ? (skills as Skill[]) : undefined;
}
