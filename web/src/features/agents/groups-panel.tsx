import type { AgentGroup } from '@contracts/agents';
import { ListPanel } from '@web/components/list-panel';
import { Badge } from '@web/components/ui/badge';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { ActionsHead, RowActionsCell } from '@web/components/ui/row-actions';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { useConfirmDelete } from '@web/lib/use-confirm-delete';
import { Users } from 'lucide-react';
import { useState } from 'react';
import { skillsText, strategyOptions, timeoutOptions } from './agent-labels';
import { useAgentGroups, useAgents, useDeleteAgentGroup } from './api';
import { GroupFormSheet } from './group-form-sheet';

const label = (options: { value: string; label: string }[], value: string) =>
  options.find((option) => option.value === value)?.label ?? value;

export function GroupsPanel({ editable }: { editable: boolean }) {
  const groups = useAgentGroups();
  const agents = useAgents();
  const names = new Map(agents.data?.map((agent) => [agent.id, agent.name]));
  const [editing, setEditing] = useState<AgentGroup | null>(null);
  const confirmDelete = useConfirmDelete<AgentGroup>(useDeleteAgentGroup());

  return (
    <>
      <ListPanel
        query={groups}
        empty={{
          icon: Users,
          title: 'No agent groups yet',
          description:
            'A group shares calls among its agents. Create one, then add it to a campaign’s routing plan.',
        }}
      >
        {(rows) => (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Agents</TableHead>
                <TableHead>Strategy</TableHead>
                <TableHead>Skills</TableHead>
                <TableHead>Queue</TableHead>
                {editable && <ActionsHead className="w-12" />}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((group) => {
                const members = group.agentIds.map((id) => names.get(id) ?? 'Deleted agent');
                return (
                  <TableRow key={group.id}>
                    <TableCell className="font-medium text-slate-900">{group.name}</TableCell>
                    <TableCell className="max-w-64 truncate" title={members.join(', ')}>
                      {members.length ? members.join(', ') : <Badge variant="warning">No agents</Badge>}
                    </TableCell>
                    <TableCell>{label(strategyOptions, group.strategy)}</TableCell>
                    <TableCell>{skillsText(group.requiredSkills) || '—'}</TableCell>
                    <TableCell>
                      up to {group.queue.maxWaitSeconds}s, then{' '}
                      {label(timeoutOptions, group.queue.timeoutAction).toLowerCase()}
                    </TableCell>
                    {editable && (
                      <RowActionsCell
                        label={group.name}
                        onEdit={() => setEditing(group)}
                        onDelete={() => confirmDelete.ask(group)}
                      />
                    )}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </ListPanel>
      {editing && <GroupFormSheet key={editing.id} group={editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        {...confirmDelete.dialogProps}
        title="Delete agent group?"
        description={`“${confirmDelete.item?.name ?? ''}” is removed, and with it from every campaign’s routing plan.`}
        confirmLabel="Delete"
      />
    </>
  );
}
