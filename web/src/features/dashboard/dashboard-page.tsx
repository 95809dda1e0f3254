import type { StatsFigures } from '@contracts/stats';
import { PageHeader } from '@web/components/layout/page-header';
import { Card, CardContent, CardHeader, CardTitle } from '@web/components/ui/card';
import { OptionSelect } from '@web/components/ui/option-select';
import { Stat } from '@web/components/ui/stat';
import { useHistoricalStats } from '@web/features/reports/api';
import {
  browserTimezone,
  changePercent,
  previousRange,
  RANGE_OPTIONS,
  type RangeName,
  resolveRange,
} from '@web/features/reports/report-range';
import { StatsChart } from '@web/features/reports/stats-chart';
import { formatCents } from '@web/lib/format';
import { useState } from 'react';
import { LiveCallsCard } from './live-calls-card';
import { TopListCard } from './top-list-card';

const DASHBOARD_RANGES = RANGE_OPTIONS.filter((o) => o.value !== 'custom' && o.value !== 'last90');

const KPIS: { key: keyof StatsFigures; label: string; money?: boolean }[] = [
  { key: 'calls', label: 'Calls' },
  { key: 'converted', label: 'Converted' },
  { key: 'revenueCents', label: 'Revenue', money: true },
  { key: 'payoutCents', label: 'Payout', money: true },
  { key: 'profitCents', label: 'Profit', money: true },
];

function ChangeHint({ now, before }: { now: number; before: number | undefined }) {
  if (before === undefined) return null;
  const change = changePercent(now, before);
  if (change === null) return <span>no calls in the previous period</span>;
  const tone = change > 0 ? 'text-emerald-700' : change < 0 ? 'text-red-700' : '';
  return (
    <span>
      <span className={tone}>
        {change > 0 ? '▲' : change < 0 ? '▼' : ''} {Math.abs(change)}%
      </span>{' '}
      vs previous period
    </span>
  );
}

/** The account at a glance: KPIs against the previous period, volume and revenue, leaders, live calls. */
export function DashboardPage() {
  const [rangeName, setRangeName] = useState<RangeName>('last7');
  const timezone = browserTimezone();
  const range = { ...resolveRange(rangeName, timezone), timezone };
  const single = range.from === range.to;
  const current = useHistoricalStats({ ...range, groupBy: single ? 'hour' : 'day' });
  const previous = useHistoricalStats({ ...previousRange(range), timezone, groupBy: 'day' });
  const totals = current.data?.totals;

  return (
    <>
      <PageHeader
        title="Dashboard"
        description={`Your calls and money at a glance, in ${timezone} time.`}
        actions={
          <OptionSelect
            aria-label="Date range"
            className="w-40"
            value={rangeName}
            onChange={setRangeName}
            options={DASHBOARD_RANGES}
          />
        }
      />
      <dl className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-5" aria-label="Key figures">
        {KPIS.map(({ key, label, money }) => {
          const value = Number(totals?.[key] ?? 0);
          const before = previous.data ? Number(previous.data.totals[key] ?? 0) : undefined;
          return (
            <Stat
              key={key}
              label={label}
              value={totals ? (money ? formatCents(value) : value.toLocaleString()) : '—'}
              tone={key === 'profitCents' && value < 0 ? 'negative' : 'default'}
              hint={totals && <ChangeHint now={value} before={before} />}
            />
          );
        })}
      </dl>
      <div className="mb-4 grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>Calls and revenue {single ? 'by hour' : 'by day'}</CardTitle>
          </CardHeader>
          <CardContent>
            <StatsChart rows={current.data?.rows ?? []} />
          </CardContent>
        </Card>
        <LiveCallsCard />
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <TopListCard title="Top campaigns" groupBy="campaign" range={range} />
        <TopListCard title="Top buyers" groupBy="buyer" range={range} />
        <TopListCard title="Top publishers" groupBy="publisher" range={range} />
      </div>
    </>
  );
}
