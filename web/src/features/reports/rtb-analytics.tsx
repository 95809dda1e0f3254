import { EmptyState } from '@web/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { formatCents } from '@web/lib/format';
import { Gavel } from 'lucide-react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useRtbBidderStats } from './api';
import { InboundPingAnalytics } from './inbound-ping-analytics';

/** RTB over the range: the outside bidders the platform pinged, and the pings publishers sent it. */
export function RtbAnalytics({ range }: { range: { from: string; to: string; timezone: string } }) {
  return (
    <div className="divide-y divide-slate-200">
      <BidderAnalytics range={range} />
      <InboundPingAnalytics range={range} />
    </div>
  );
}

/** Per bidder over the range: pings, bids, win rate, average and winning bid, latency, timeouts. */
function BidderAnalytics({ range }: { range: { from: string; to: string; timezone: string } }) {
  const stats = useRtbBidderStats(range);
  const items = stats.data?.items ?? [];
  if (!items.length)
    return (
      <EmptyState
        icon={Gavel}
        title={stats.isPending ? 'Loading…' : 'No bids in this range'}
        description="Bidders show here once calls are auctioned through an RTB router."
      />
    );
  return (
    <div className="space-y-4 p-4">
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={items} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="name" tick={{ fontSize: 11 }} />
          <YAxis tick={{ fontSize: 11 }} width={40} unit="%" />
          <Tooltip />
          <Bar
            dataKey="winRate"
            name="Win rate (%)"
            fill="#6366f1"
            radius={[3, 3, 0, 0]}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
      <Table aria-label="Bidders">
        <TableHeader>
          <TableRow>
            <TableHead>Bidder</TableHead>
            {[
              'Pings',
              'Bids',
              'Wins',
              'Win rate',
              'Avg bid',
              'Avg winning bid',
              'Avg latency',
              'Timeouts',
            ].map((h) => (
              <TableHead key={h} className="text-right whitespace-nowrap">
                {h}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((bidder) => (
            <TableRow key={bidder.rtbTargetId ?? bidder.name}>
              <TableCell>{bidder.name}</TableCell>
              <TableCell className="text-right tabular-nums">{bidder.pings.toLocaleString()}</TableCell>
              <TableCell className="text-right tabular-nums">{bidder.bids.toLocaleString()}</TableCell>
              <TableCell className="text-right tabular-nums">{bidder.wins.toLocaleString()}</TableCell>
              <TableCell className="text-right tabular-nums">{bidder.winRate}%</TableCell>
              <TableCell className="text-right tabular-nums">{formatCents(bidder.avgBidCents)}</TableCell>
              <TableCell className="text-right tabular-nums">
                {formatCents(bidder.avgWinningBidCents)}
              </TableCell>
              <TableCell className="text-right tabular-nums">{bidder.avgLatencyMs} ms</TableCell>
              <TableCell className="text-right tabular-nums">{bidder.timeouts.toLocaleString()}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
