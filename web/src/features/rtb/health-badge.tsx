import type { RtbTargetHealth } from '@contracts/rtb';
import { Badge } from '@web/components/ui/badge';
import { latencyText } from './rtb-labels';

type HealthWindow = RtbTargetHealth['lastHour'];

// Below these shares of good answers a bidder is worth a look (amber) or costing calls (red).
const GOOD = 0.9;
const POOR = 0.5;

/** The window that says most: the last hour once it has pings, else the last day. */
export function recentWindow(health: RtbTargetHealth): { window: HealthWindow; label: string } {
  return health.lastHour.pings > 0
    ? { window: health.lastHour, label: 'last hour' }
    : { window: health.lastDay, label: 'last 24 hours' };
}

export const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

function describeWindow(window: HealthWindow, label: string): string {
  return `${window.pings} pings in the ${label}: ${percent(window.successRate)} answered well, ${percent(window.timeoutRate)} timed out, p95 ${latencyText(window.p95LatencyMs)}`;
}

/** Green, amber or red by the share of pings answered with a valid bid or a clean no-bid. */
export function HealthBadge({ health }: { health: RtbTargetHealth | undefined }) {
  if (!health) return <span className="text-slate-400">—</span>;
  const { window, label } = recentWindow(health);
  const rate = window.successRate;
  const variant = rate === null ? 'default' : rate >= GOOD ? 'success' : rate >= POOR ? 'warning' : 'danger';
  return (
    <span className="inline-flex items-center gap-1.5">
      <Badge
        variant={variant}
        title={window.pings > 0 ? describeWindow(window, label) : 'Not pinged in the last 24 hours'}
      >
        {window.pings > 0 ? `${percent(rate)} OK` : 'No pings'}
      </Badge>
      {health.flagged && (
        <Badge variant="danger" title="Most pings in the last hour failed">
          Flagged
        </Badge>
      )}
    </span>
  );
}
