import type { Call } from '@contracts/calls';
import { formatPhone } from '@contracts/phone';
import { Badge } from '@web/components/ui/badge';
import {
  openUnlessLink,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@web/components/ui/table';
import { formatCents } from '@web/lib/format';
import { cn } from '@web/lib/utils';
import { Link, useLocation } from 'wouter';
import { CallStatusBadge, ConvertedBadge } from './call-status-badge';
import { formatCallTime, formatDuration } from './format';

const money = (cents: number, className?: string) => (
  <TableCell className={cn('text-right tabular-nums', className)}>{formatCents(cents)}</TableCell>
);

function CallRow({ call }: { call: Call }) {
  const [, navigate] = useLocation();
  const place = [call.fromCity, call.fromState].filter(Boolean).join(', ');
  return (
    <TableRow
      className="cursor-pointer"
      onClick={(event) => openUnlessLink(event, () => navigate(`/${call.id}`))}
    >
      <TableCell className="tabular-nums">
        <Link href={`/${call.id}`} className="text-slate-900 hover:text-indigo-700 hover:underline">
          {formatCallTime(call.startedAt)}
        </Link>
      </TableCell>
      <TableCell>
        <div className="font-medium text-slate-900 tabular-nums">
          {formatPhone(call.fromNumber) || 'Unknown'}
        </div>
        {place && <div className="text-xs text-slate-500">{place}</div>}
      </TableCell>
      <TableCell className="max-w-48 truncate">
        {call.campaignName ?? <span className="text-slate-400">—</span>}
      </TableCell>
      <TableCell className="max-w-56">
        {call.targetName ? (
          <>
            <div className="truncate">{call.targetName}</div>
            <div className="truncate text-xs text-slate-500">{call.buyerName}</div>
          </>
        ) : (
          <span className="text-slate-400">{call.outcome === 'fallback' ? 'Fallback' : '—'}</span>
        )}
      </TableCell>
      <TableCell>
        <div className="flex items-center gap-1">
          <CallStatusBadge status={call.status} />
          {call.isDuplicate && <Badge title="Repeat caller">Dup</Badge>}
        </div>
      </TableCell>
      <TableCell className="text-right tabular-nums">{formatDuration(call.durationSeconds)}</TableCell>
      <TableCell>
        <ConvertedBadge converted={call.converted} />
      </TableCell>
      {money(call.revenueCents)}
      {money(call.payoutCents)}
      {money(call.profitCents, call.profitCents < 0 ? 'text-red-700' : undefined)}
    </TableRow>
  );
}

export function CallsTable({ calls }: { calls: Call[] }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Time</TableHead>
          <TableHead>Caller</TableHead>
          <TableHead>Campaign</TableHead>
          <TableHead>Target / buyer</TableHead>
          <TableHead>Status</TableHead>
          <TableHead className="text-right">Duration</TableHead>
          <TableHead>Converted</TableHead>
          <TableHead className="text-right">Revenue</TableHead>
          <TableHead className="text-right">Payout</TableHead>
          <TableHead className="text-right">Profit</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {calls.map((call) => (
          <CallRow key={call.id} call={call} />
        ))}
      </TableBody>
    </Table>
  );
}
