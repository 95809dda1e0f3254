import type { RtbTargetHealth } from '@contracts/rtb';
import { Alert } from '@web/components/ui/alert';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { Spinner } from '@web/components/ui/spinner';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@web/components/ui/table';
import { describeError } from '@web/lib/api-client';
import { useRtbUptime } from './api';
import { HealthBadge, percent } from './health-badge';
import { latencyText } from './rtb-labels';

const windows = [
  { key: 'lastHour', label: 'Last hour' },
  { key: 'lastDay', label: 'Last 24 hours' },
] as const satisfies readonly { key: keyof RtbTargetHealth; label: string }[];

/** How the bidder has answered real pings lately: success and timeout rates, latency. */
export function BidderUptimeCard({ targetId }: { targetId: string }) {
  const uptime = useRtbUptime(targetId);

  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>Uptime</CardTitle>
          <CardDescription>Answers to auction pings; tests are not counted.</CardDescription>
        </div>
        {uptime.data && <HealthBadge health={uptime.data} />}
      </CardHeader>
      {uptime.isPending && <Spinner />}
      {uptime.isError && (
        <CardContent>
          <Alert variant="error">{describeError(uptime.error)}</Alert>
        </CardContent>
      )}
      {uptime.data && (
        <>
          {uptime.data.flagged && (
            <CardContent className="pb-0">
              <Alert variant="warning">
                Most pings in the last hour failed: check the endpoint and its answers.
              </Alert>
            </CardContent>
          )}
          <Table className="text-xs [&_td]:px-2 [&_th]:px-2">
            <TableHeader>
              <TableRow>
                <TableHead>
                  <span className="sr-only">Period</span>
                </TableHead>
                <TableHead className="text-right">Pings</TableHead>
                <TableHead className="text-right">Success</TableHead>
                <TableHead className="text-right">Timeouts</TableHead>
                <TableHead className="text-right">p50</TableHead>
                <TableHead className="text-right">p95</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {windows.map(({ key, label }) => {
                const window = uptime.data[key];
                return (
                  <TableRow key={key}>
                    <TableCell className="font-medium text-slate-900">{label}</TableCell>
                    <TableCell className="text-right tabular-nums">{window.pings}</TableCell>
                    <TableCell className="text-right tabular-nums">{percent(window.successRate)}</TableCell>
                    <TableCell className="text-right tabular-nums">{percent(window.timeoutRate)}</TableCell>
                    <TableCell className="text-right tabular-nums">
                      {latencyText(window.p50LatencyMs)}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">
                      {latencyText(window.p95LatencyMs)}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </>
      )}
    </Card>
  );
}
