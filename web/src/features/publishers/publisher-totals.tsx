import type { PublisherSummary } from '@contracts/publishers';
import { Stat } from '@web/components/ui/stat';
import { formatCents } from '@web/lib/format';

export function PublisherTotals({ summary }: { summary: PublisherSummary }) {
  return (
    <dl className="grid grid-cols-3 gap-3" data-testid="publisher-totals">
      <Stat label="Calls" value={String(summary.calls)} />
      <Stat label="Paid calls" value={String(summary.paidCalls)} />
      <Stat label="Payouts" value={formatCents(summary.payoutCents)} />
    </dl>
  );
}
