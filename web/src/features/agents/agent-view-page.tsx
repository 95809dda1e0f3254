import { AgentPresence } from '@contracts/agents';
import { formatPhone } from '@contracts/phone';
import { PageHeader } from '@web/components/layout/page-header';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { Card } from '@web/components/ui/card';
import { Spinner } from '@web/components/ui/spinner';
import { Stat } from '@web/components/ui/stat';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { describeError } from '@web/lib/api-client';
import { formatDateTime } from '@web/lib/format';
import { AgentStatusBadge, statusLabels } from './agent-labels';
import { useAgentView, useSetOwnStatus } from './api';

/** All an agent user sees: their status toggle, the call they are on, and their recent calls. */
export function AgentViewPage() {
  const view = useAgentView();
  const setStatus = useSetOwnStatus();
  if (view.isPending) return <Spinner />;
  if (view.isError) return <Alert variant="error">{describeError(view.error)}</Alert>;
  const { agent, currentCall, recentCalls } = view.data;

  return (
    <>
      <PageHeader title={`Hello, ${agent.name}`} description="Set yourself available to take calls." />
      <div className="grid gap-4">
        <Card className="flex flex-wrap items-center gap-3 p-4">
          <span className="text-sm text-slate-600">Your status:</span>
          <AgentStatusBadge status={agent.status} />
          <fieldset className="ml-auto flex gap-2" aria-label="Set your status">
            {AgentPresence.options.map((status) => (
              <Button
                key={status}
                size="sm"
                variant={agent.presence === status ? 'default' : 'outline'}
                aria-pressed={agent.presence === status}
                disabled={setStatus.isPending}
                onClick={() => setStatus.mutate(status)}
              >
                {statusLabels[status]}
              </Button>
            ))}
          </fieldset>
          {setStatus.isError && <Alert variant="error">{describeError(setStatus.error)}</Alert>}
        </Card>
        <dl className="grid gap-3 sm:grid-cols-3">
          <Stat
            label="Current call"
            value={currentCall ? formatPhone(currentCall.from) || currentCall.from : 'None'}
            hint={currentCall && (currentCall.answeredAt ? 'Connected' : 'Ringing')}
          />
          <Stat label="Recent calls" value={recentCalls.length} />
          <Stat label="Missed in a row" value={agent.missedInARow} />
        </dl>
        <Card>
          <h2 className="px-4 pt-3 text-sm font-semibold text-slate-900">Your recent calls</h2>
          {recentCalls.length === 0 ? (
            <p className="p-4 text-sm text-slate-500">No calls yet.</p>
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>When</TableHead>
                  <TableHead>Caller</TableHead>
                  <TableHead>Result</TableHead>
                  <TableHead className="text-right">Talk time</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {recentCalls.map((call) => (
                  <TableRow key={`${call.callId}-${call.startedAt}`}>
                    <TableCell>{formatDateTime(call.startedAt)}</TableCell>
                    <TableCell>{formatPhone(call.from) || call.from}</TableCell>
                    <TableCell>{call.live ? 'In progress' : call.status}</TableCell>
                    <TableCell className="text-right tabular-nums">
                      {call.connectedSeconds == null ? '—' : `${call.connectedSeconds}s`}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Card>
      </div>
    </>
  );
}
