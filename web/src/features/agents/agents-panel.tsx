import { type Agent, AgentPresence } from '@contracts/agents';
import { formatPhone } from '@contracts/phone';
import { ListPanel } from '@web/components/list-panel';
import { ConfirmDialog } from '@web/components/ui/confirm-dialog';
import { OptionSelect } from '@web/components/ui/option-select';
import { ActionsHead, RowActionsCell } from '@web/components/ui/row-actions';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { useConfirmDelete } from '@web/lib/use-confirm-delete';
import { Headset } from 'lucide-react';
import { useState } from 'react';
import { AgentFormSheet } from './agent-form-sheet';
import { AgentStatusBadge, skillsText, statusLabels } from './agent-labels';
import { useAgents, useDeleteAgent, useSetAgentStatus } from './api';

const presenceOptions = AgentPresence.options.map((value) => ({ value, label: statusLabels[value] }));
const destinationText = (destination: string) =>
  destination.startsWith('+') ? formatPhone(destination) : destination;

/** The agents table, live: status changes as calls ring, connect and end. */
export function AgentsPanel({ editable }: { editable: boolean }) {
  const agents = useAgents({ live: true });
  const setStatus = useSetAgentStatus();
  const [editing, setEditing] = useState<Agent | null>(null);
  const confirmDelete = useConfirmDelete<Agent>(useDeleteAgent());

  return (
    <>
      <ListPanel
        query={agents}
        empty={{
          icon: Headset,
          title: 'No agents yet',
          description: 'Agents are the people who take calls. Add them, then put them in a group.',
        }}
      >
        {(rows) => (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Destination</TableHead>
                <TableHead>Skills</TableHead>
                <TableHead>Status</TableHead>
                <TableHead className="text-right">Calls</TableHead>
                {editable && <TableHead className="w-40">Set status</TableHead>}
                {editable && <ActionsHead className="w-12" />}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((agent) => (
                <TableRow key={agent.id}>
                  <TableCell className="font-medium text-slate-900">{agent.name}</TableCell>
                  <TableCell>{destinationText(agent.destination)}</TableCell>
                  <TableCell className="max-w-56 truncate">{skillsText(agent.skills) || '—'}</TableCell>
                  <TableCell>
                    <AgentStatusBadge status={agent.status} />
                  </TableCell>
                  <TableCell className="text-right tabular-nums">
                    {agent.activeCalls}/{agent.maxConcurrent}
                  </TableCell>
                  {editable && (
                    <TableCell className="py-1">
                      <OptionSelect
                        aria-label={`Status of ${agent.name}`}
                        className="h-8"
                        value={agent.presence}
                        options={presenceOptions}
                        onChange={(status) => setStatus.mutate({ id: agent.id, status })}
                      />
                    </TableCell>
                  )}
                  {editable && (
                    <RowActionsCell
                      label={agent.name}
                      onEdit={() => setEditing(agent)}
                      onDelete={() => confirmDelete.ask(agent)}
                    />
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </ListPanel>
      {editing && <AgentFormSheet key={editing.id} agent={editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        {...confirmDelete.dialogProps}
        title="Delete agent?"
        description={`“${confirmDelete.item?.name ?? ''}” leaves every group; their past calls stay.`}
        confirmLabel="Delete"
      />
    </>
  );
}
