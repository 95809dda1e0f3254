import { TabbedSection } from '@web/components/layout/tabbed-section';
import { Button } from '@web/components/ui/button';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canEdit } from '@web/features/auth/permissions';
import { Headset, MonitorPlay, Plus, Users } from 'lucide-react';
import { useState } from 'react';
import { AgentFormSheet } from './agent-form-sheet';
import { AgentsPanel } from './agents-panel';
import { useAgentGroups, useAgents } from './api';
import { GroupFormSheet } from './group-form-sheet';
import { GroupsPanel } from './groups-panel';
import { WallboardPanel } from './wallboard-panel';

export type AgentsTab = 'agents' | 'groups' | 'wallboard';

/** Agents, groups and the wallboard, each tab at its own address under /agents. */
export function AgentsOverviewPage({ tab }: { tab: AgentsTab }) {
  const { user } = useCurrentSession();
  const editable = canEdit(user.role);
  const agents = useAgents();
  const groups = useAgentGroups();
  const [creating, setCreating] = useState<'agent' | 'group' | null>(null);
  const close = () => setCreating(null);

  const actions = editable && tab !== 'wallboard' && (
    <Button size="sm" onClick={() => setCreating(tab === 'agents' ? 'agent' : 'group')}>
      <Plus aria-hidden="true" />
      {tab === 'agents' ? 'New agent' : 'New group'}
    </Button>
  );

  return (
    <>
      <TabbedSection
        title="Agents"
        description="Your own people take calls too: agents with skills and a status, groups that share calls by a strategy and hold callers in a queue when everyone is busy, and a live wallboard."
        actions={actions}
        tab={tab}
        tabs={[
          {
            value: 'agents',
            path: '/',
            label: 'Agents',
            icon: Headset,
            count: agents.data?.length,
            panel: <AgentsPanel editable={editable} />,
          },
          {
            value: 'groups',
            path: '/groups',
            label: 'Groups',
            icon: Users,
            count: groups.data?.length,
            panel: <GroupsPanel editable={editable} />,
          },
          {
            value: 'wallboard',
            path: '/wallboard',
            label: 'Wallboard',
            icon: MonitorPlay,
            panel: <WallboardPanel />,
          },
        ]}
      />
      {creating === 'agent' && <AgentFormSheet onClose={close} />}
      {creating === 'group' && <GroupFormSheet onClose={close} />}
    </>
  );
}
