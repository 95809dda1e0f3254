import { PageHeader } from '@web/components/layout/page-header';
import { Button } from '@web/components/ui/button';
import { Card, CardContent, CardHeader } from '@web/components/ui/card';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@web/components/ui/tabs';
import { ChartColumn, Download, Gavel } from 'lucide-react';
import { useState } from 'react';
import { queryString, type ReportParams, useHistoricalStats } from './api';
import { GROUP_BY_OPTIONS, ReportControls, type ReportSettings } from './report-controls';
import { browserTimezone, resolveRange } from './report-range';
import { ReportTable } from './report-table';
import { RtbAnalytics } from './rtb-analytics';
import { SavedViews } from './saved-views';
import { StatsChart } from './stats-chart';

/** Figures grouped and filtered any way, as a chart, a table and a CSV; RTB bidders on their own tab. */
export function ReportsPage() {
  const [settings, setSettings] = useState<ReportSettings>({
    groupBy: 'day',
    range: 'last7',
    timezone: browserTimezone(),
  });
  const { range: _range, from: customFrom, to: customTo, ...query } = settings;
  const days = resolveRange(settings.range, settings.timezone, { from: customFrom, to: customTo });
  const params: ReportParams = { ...query, ...days, uniqueCallers: true };
  const report = useHistoricalStats(params);
  const groupLabel = GROUP_BY_OPTIONS.find((o) => o.value === settings.groupBy)?.label ?? 'Group';

  return (
    <>
      <PageHeader
        title="Reports"
        description="Calls, conversions and money by period, campaign, buyer, target, publisher, number, state or traffic source."
        actions={<SavedViews settings={settings} onApply={setSettings} />}
      />
      <Card className="mb-4">
        <CardContent>
          <ReportControls settings={settings} onChange={setSettings} />
        </CardContent>
      </Card>
      <Tabs defaultValue="performance">
        <TabsList>
          <TabsTrigger value="performance">
            <ChartColumn aria-hidden="true" />
            Performance
          </TabsTrigger>
          <TabsTrigger value="rtb">
            <Gavel aria-hidden="true" />
            RTB analytics
          </TabsTrigger>
        </TabsList>
        <TabsContent value="performance">
          <Card>
            <CardHeader>
              <p className="text-sm text-slate-600">
                {report.error
                  ? 'This report could not be loaded.'
                  : `${report.data?.rows.length ?? 0} ${report.data?.rows.length === 1 ? 'row' : 'rows'}`}
              </p>
              <Button asChild size="sm" variant="outline">
                <a href={`/api/exports/report.csv?${queryString(params)}`} download>
                  <Download aria-hidden="true" />
                  Export CSV
                </a>
              </Button>
            </CardHeader>
            {report.data && (
              <>
                <CardContent>
                  <StatsChart rows={report.data.rows} />
                </CardContent>
                <ReportTable report={report.data} groupLabel={groupLabel} />
              </>
            )}
          </Card>
        </TabsContent>
        <TabsContent value="rtb">
          <Card>
            <RtbAnalytics range={{ ...days, timezone: settings.timezone }} />
          </Card>
        </TabsContent>
      </Tabs>
    </>
  );
}
