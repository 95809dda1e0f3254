import type { TraceEntry } from '@contracts/calls';
import { Badge } from '@web/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { describeRejection } from '@web/features/rtb/rtb-labels';
import { cn } from '@web/lib/utils';
import { formatClock } from './format';

const reasonLabels: Record<string, string> = {
  selected: 'Selected',
  target_paused: 'Target paused',
  buyer_paused: 'Buyer paused',
  outside_hours: 'Outside hours',
  cap_concurrency: 'Concurrency cap',
  cap_hourly: 'Hourly cap',
  cap_daily: 'Daily cap',
  cap_monthly: 'Monthly cap',
  cap_total: 'Total cap',
  criteria_state: 'State not accepted',
  criteria_area_code: 'Area code not accepted',
  criteria_zip: 'ZIP not accepted',
  already_tried: 'Already tried',
  duplicate_same_target: 'Repeat caller, same target',
  bid_reserved_target: 'Reserved by the won bid',
  inbound_bid: 'Won inbound bid',
  inbound_bid_stale: 'Inbound bid expired',
  lost_race: 'Cap reached meanwhile',
  fallback: 'Sent to fallback',
  campaign_inactive: 'Campaign not active',
  rtb_auction: 'RTB auction',
  rtb_bid: 'RTB bid',
  rtb_winner: 'Won the auction',
  rtb_no_bid: 'No usable bid',
  rtb_not_pinged: 'Bidder not pinged',
};

/** Known reasons read as words; any other code the router adds later reads as "Dial no answer". */
export function describeReason(reason: string): string {
  const known = reasonLabels[reason];
  if (known) return known;
  // A bidder's ping that gave no usable bid: "rtb_" and the bid log's reason.
  if (reason.startsWith('rtb_')) return `Bid: ${describeRejection(reason.slice(4)).toLowerCase()}`;
  const words = reason.replaceAll('_', ' ').replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const outcomeBadge = { chosen: 'success', skipped: 'warning', info: 'default' } as const;
const outcomeLabels = { chosen: 'Chosen', skipped: 'Skipped', info: 'Info' } as const;

/** The router's decisions, in order: which target it chose, which it passed over and why. */
export function TraceTable({ entries }: { entries: TraceEntry[] }) {
  // Later entries about a target (a dial result) may carry only its id; name it from earlier ones.
  const names = new Map(
    entries.flatMap((e) => (e.targetId && e.targetName ? [[e.targetId, e.targetName]] : [])),
  );

  if (entries.length === 0)
    return <p className="px-3 py-2 text-[13px] text-slate-500">No routing decisions.</p>;
  return (
    <Table className="text-[13px]">
      <TableHeader>
        <TableRow>
          <TableHead className="w-10">Step</TableHead>
          <TableHead>Time</TableHead>
          <TableHead>Outcome</TableHead>
          <TableHead>Target</TableHead>
          <TableHead className="text-right">Priority</TableHead>
          <TableHead className="text-right">Weight</TableHead>
          <TableHead>Reason</TableHead>
          <TableHead>Detail</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((entry) => (
          <TableRow
            key={`${entry.step}-${entry.targetId ?? ''}-${entry.reason}`}
            data-outcome={entry.outcome}
            className={cn(
              'h-9',
              entry.outcome === 'chosen' && 'bg-emerald-50/70 hover:bg-emerald-50',
              entry.outcome === 'skipped' && 'text-slate-500',
            )}
          >
            <TableCell className="h-9 text-slate-400 tabular-nums">{entry.step}</TableCell>
            <TableCell className="h-9 tabular-nums">{formatClock(entry.at)}</TableCell>
            <TableCell className="h-9">
              <Badge variant={outcomeBadge[entry.outcome]}>{outcomeLabels[entry.outcome]}</Badge>
            </TableCell>
            <TableCell
              className={cn(
                'h-9 font-medium',
                entry.outcome === 'chosen' ? 'text-emerald-800' : 'text-slate-800',
              )}
            >
              {entry.targetName ?? (entry.targetId && names.get(entry.targetId)) ?? '—'}
            </TableCell>
            <TableCell className="h-9 text-right tabular-nums">{entry.priority ?? '—'}</TableCell>
            <TableCell className="h-9 text-right tabular-nums">{entry.weight ?? '—'}</TableCell>
            <TableCell className={cn('h-9', entry.outcome === 'skipped' && 'text-amber-800')}>
              {describeReason(entry.reason)}
            </TableCell>
            <TableCell className="h-9 min-w-56 py-1.5 whitespace-normal text-slate-600">
              {entry.detail}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
