import { PageHeader } from '@web/components/layout/page-header';
import { Button } from '@web/components/ui/button';
import { Card } from '@web/components/ui/card';
import { TabCount, Tabs, TabsContent, TabsList, TabsTrigger } from '@web/components/ui/tabs';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canEdit } from '@web/features/auth/permissions';
import { Headset, MonitorPlay, Plus, Users } from 'lucide-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { AgentFormSheet } from './agent-form-sheet';
import { AgentsPanel } from './agents-panel';
import { useAgentGroups, useAgents } from './api';
import { GroupFormSheet } from './group-form-sheet';
import { GroupsPanel } from './groups-panel';
import { WallboardPanel } from './wallboard-panel';

export type AgentsTab = 'agents' | 'groups' | 'wallboard';

const tabPaths: Record<AgentsTab, string> = { agents: '/', groups: '/groups', wallboard: '/wallboard' };

/** Agents, groups and the wallboard, each tab at its own address under /agents. */
export function AgentsOverviewPage({ tab }: { tab: AgentsTab }) {
  const { user } = useCurrentSession();
  const editable = canEdit(user.role);
  const [, navigate] = useLocation();
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
      <PageHeader
        title="Agents"
        description="Your own people take calls too: agents with skills and a status, groups that share calls by a strategy and hold callers in a queue when everyone is busy, and a live wallboard."
        actions={actions}
      />
      <Tabs value={tab} onValueChange={(next) => navigate(tabPaths[next as AgentsTab])}>
        <TabsList>
          <TabsTrigger value="agents">
            <Headset aria-hidden="true" />
            Agents
            <TabCount value={agents.data?.length} />
          </TabsTrigger>
          <TabsTrigger value="groups">
            <Users aria-hidden="true" />
            Groups
            <TabCount value={groups.data?.length} />
          </TabsTrigger>
          <TabsTrigger value="wallboard">
            <MonitorPlay aria-hidden="true" />
            Wallboard
          </TabsTrigger>
        </TabsList>
        <TabsContent value="agents">
          <Card>
            <AgentsPanel editable={editable} />
          </Card>
        </TabsContent>
        <TabsContent value="groups">
          <Card>
            <GroupsPanel editable={editable} />
          </Card>
        </TabsContent>
        <TabsContent value="wallboard">
          <Card>
            <WallboardPanel />
          </Card>
        </TabsContent>
      </Tabs>
      {creating === 'agent' && <AgentFormSheet onClose={close} />}
      {creating === 'group' && <GroupFormSheet onClose={close} />}
    </>
  );
}
