import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@web/components/ui/card';
import { useLiveStats } from '@web/features/reports/api';
import { Radio } from 'lucide-react';

/** Calls in progress now, kept current by the server's event stream. */
export function LiveCallsCard() {
  const live = useLiveStats();
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle className="flex items-center gap-1.5">
            <Radio className="size-4 text-emerald-600" aria-hidden="true" />
            Live calls
          </CardTitle>
          <CardDescription>Ringing or connected right now</CardDescription>
        </div>
        <span className="text-2xl font-semibold tabular-nums" data-testid="live-total">
          {live?.total ?? '—'}
        </span>
      </CardHeader>
      <CardContent className="space-y-3 text-sm">
        {!live?.total && <p className="text-slate-500">No calls in progress.</p>}
        {[
          { title: 'By campaign', entries: live?.campaigns ?? [] },
          { title: 'By target', entries: live?.targets ?? [] },
        ].map(
          ({ title, entries }) =>
            entries.length > 0 && (
              <div key={title}>
                <p className="mb-1 text-xs font-medium text-slate-500">{title}</p>
                <ul className="space-y-0.5">
                  {entries.map((entry) => (
                    <li key={entry.id ?? entry.name} className="flex justify-between">
                      <span className="truncate">{entry.name}</span>
                      <span className="tabular-nums">{entry.live}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ),
        )}
      </CardContent>
    </Card>
  );
}
