import { formatPhone } from '@contracts/phone';
import { PageHeader } from '@web/components/layout/page-header';
import { Card, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { usePortalCalls, usePortalSources, usePortalSummary } from './api';
import { PublisherCallsTable } from './publisher-calls-table';
import { PublisherTotals } from './publisher-totals';

/** All a publisher user sees: their totals, their numbers and their calls, read-only. */
export function PortalPage() {
  const summary = usePortalSummary();
  const calls = usePortalCalls();
  const sources = usePortalSources();
  return (
    <>
      <PageHeader
        title={summary.data?.publisher.name ?? 'Your calls'}
        description="Your calls and payouts. Callers are masked."
      />
      <div className="grid gap-4">
        {summary.data && <PublisherTotals summary={summary.data} />}
        <Card>
          <CardHeader>
            <div>
              <CardTitle>Your numbers</CardTitle>
              <CardDescription>Send calls to these to have them count as yours.</CardDescription>
            </div>
          </CardHeader>
          <ul className="flex flex-wrap gap-2 p-4 text-[13px]">
            {(sources.data ?? []).map((source) => (
              <li key={source.id} className="rounded bg-slate-100 px-2 py-1">
                {source.kind === 'numbers' ? formatPhone(source.label) : source.label}
              </li>
            ))}
            {sources.data?.length === 0 && <li className="text-slate-400">None yet.</li>}
          </ul>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Calls and payouts</CardTitle>
          </CardHeader>
          <PublisherCallsTable query={calls} />
        </Card>
      </div>
    </>
  );
}
