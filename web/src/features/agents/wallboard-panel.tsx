import { AgentStatus } from '@contracts/agents';
import { Stat } from '@web/components/ui/stat';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { describeError } from '@web/lib/api-client';
import { AgentStatusBadge, statusLabels } from './agent-labels';
import { useWallboard } from './api';

const SERVICE_LEVEL_SECONDS = 20;

const duration = (seconds: number) =>
  seconds >= 60 ? `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s` : `${seconds}s`;

/** Live figures for the floor, refreshed every two seconds. */
export function WallboardPanel() {
  const board = useWallboard(SERVICE_LEVEL_SECONDS);
  const data = board.data;
  if (board.isError) return <p className="p-4 text-sm text-red-700">{describeError(board.error)}</p>;
  return (
    <div className="grid gap-4 p-4" aria-live="polite">
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6">
        <Stat
          label="Callers waiting"
          value={data?.waiting ?? '—'}
          tone={data?.waiting ? 'warning' : 'default'}
          hint={data?.waiting ? `longest ${duration(data.longestWaitSeconds)}` : undefined}
        />
        <Stat label="Calls handled (24 h)" value={data?.handled ?? '—'} />
        <Stat label="Average talk" value={data ? duration(data.averageTalkSeconds) : '—'} />
        <Stat label="Average wait" value={data ? duration(data.averageWaitSeconds) : '—'} />
        <Stat
          label={`Service level (${SERVICE_LEVEL_SECONDS}s)`}
          value={data?.serviceLevelPercent == null ? '—' : `${data.serviceLevelPercent}%`}
        />
        <Stat label="On a call" value={data?.byStatus.on_call ?? '—'} />
      </dl>
      <dl className="grid grid-cols-3 gap-3 md:grid-cols-6">
        {AgentStatus.options.map((status) => (
          <Stat key={status} label={statusLabels[status]} value={data?.byStatus[status] ?? '—'} />
        ))}
      </dl>
      {data && data.agents.length > 0 && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Agent</TableHead>
              <TableHead>Status</TableHead>
              <TableHead className="text-right">Calls now</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.agents.map((agent) => (
              <TableRow key={agent.id}>
                <TableCell className="font-medium text-slate-900">{agent.name}</TableCell>
                <TableCell>
                  <AgentStatusBadge status={agent.status} />
                </TableCell>
                <TableCell className="text-right tabular-nums">{agent.activeCalls}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
