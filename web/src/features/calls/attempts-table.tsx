import type { CallAttempt } from '@contracts/calls';
import { formatPhone } from '@contracts/phone';
import { Badge } from '@web/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { formatCents } from '@web/lib/format';
import { Link } from 'wouter';
import { formatClock, formatDuration } from './format';

export function AttemptsTable({ attempts }: { attempts: CallAttempt[] }) {
  if (attempts.length === 0) {
    return <p className="px-4 py-3 text-[13px] text-slate-500">No target was dialed.</p>;
  }
  return (
    <Table className="text-[13px]">
      <TableHeader>
        <TableRow>
          <TableHead className="w-10">#</TableHead>
          <TableHead>Target</TableHead>
          <TableHead>Destination</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Started</TableHead>
          <TableHead>Answered</TableHead>
          <TableHead>Ended</TableHead>
          <TableHead className="text-right">Connected</TableHead>
          <TableHead className="text-right" title="What the attempt earns if it converts">
            Revenue
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {attempts.map((attempt) => (
          <TableRow key={attempt.id}>
            <TableCell className="text-slate-400 tabular-nums">{attempt.attempt}</TableCell>
            <TableCell className="font-medium text-slate-900">
              {attempt.rtbTargetId ? (
                <span className="inline-flex items-center gap-1.5">
                  <Link
                    href={`~/rtb/bidders/${attempt.rtbTargetId}`}
                    className="hover:text-indigo-700 hover:underline"
                  >
                    {attempt.targetName ?? 'Deleted bidder'}
                  </Link>
                  <Badge variant="primary">RTB</Badge>
                </span>
              ) : attempt.agentId ? (
                <span className="inline-flex items-center gap-1.5">
                  {attempt.targetName ?? 'Deleted agent'}
                  <Badge variant="primary">Agent</Badge>
                </span>
              ) : (
                (attempt.targetName ?? '—')
              )}
            </TableCell>
            <TableCell className="tabular-nums">
              {attempt.destination.startsWith('+') ? formatPhone(attempt.destination) : attempt.destination}
            </TableCell>
            <TableCell>{attempt.status}</TableCell>
            <TableCell className="tabular-nums">{formatClock(attempt.startedAt)}</TableCell>
            <TableCell className="tabular-nums">{formatClock(attempt.answeredAt)}</TableCell>
            <TableCell className="tabular-nums">{formatClock(attempt.endedAt)}</TableCell>
            <TableCell className="text-right tabular-nums">
              {formatDuration(attempt.connectedSeconds)}
            </TableCell>
            <TableCell className="text-right tabular-nums">{formatCents(attempt.revenueCents)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
