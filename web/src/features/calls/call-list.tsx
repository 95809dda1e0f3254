import { PageHeader } from '@web/components/layout/page-header';
import { Alert } from '@web/components/ui/alert';
import { Button } from '@web/components/ui/button';
import { Card } from '@web/components/ui/card';
import { EmptyState } from '@web/components/ui/empty-state';
import { Spinner } from '@web/components/ui/spinner';
import { queryString } from '@web/features/reports/api';
import { describeError } from '@web/lib/api-client';
import { Download, PhoneCall, RefreshCw } from 'lucide-react';
import { useCalls } from './api';
import { CallFiltersBar } from './call-filters';
import { CallsTable } from './calls-table';
import { useCallFilters } from './use-call-filters';

export function CallList() {
  const filters = useCallFilters();
  const calls = useCalls(filters.apiFilters);
  const rows = calls.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title="Calls"
        description="Every inbound call, newest first: who called, where it went, and what it earned."
        actions={
          <>
            <Button asChild size="sm" variant="outline">
              <a href={`/api/exports/calls.csv?${queryString(filters.apiFilters)}`} download>
                <Download aria-hidden="true" />
                Export CSV
              </a>
            </Button>
            <Button
              size="sm"
              variant="outline"
              onClick={() => calls.refetch()}
              loading={calls.isRefetching && !calls.isFetchingNextPage}
            >
              <RefreshCw aria-hidden="true" />
              Refresh
            </Button>
          </>
        }
      />
      <Card>
        <CallFiltersBar
          values={filters.values}
          onChange={filters.setFilter}
          onClear={filters.clear}
          active={filters.active}
        />
        <div className="border-t border-slate-200">
          {calls.isPending && <Spinner />}
          {calls.isError && (
            <div className="p-4">
              <Alert variant="error">{describeError(calls.error)}</Alert>
            </div>
          )}
          {calls.isSuccess && rows.length === 0 && (
            <EmptyState
              icon={PhoneCall}
              title={filters.active ? 'No calls match these filters' : 'No calls yet'}
              description={
                filters.active
                  ? 'Widen the date range or clear a filter.'
                  : 'Calls appear here as they arrive. Place a test call from a campaign to see one.'
              }
            />
          )}
          {rows.length > 0 && (
            <div className={calls.isPlaceholderData ? 'opacity-60 transition-opacity' : undefined}>
              <CallsTable calls={rows} />
            </div>
          )}
        </div>
        {rows.length > 0 && (
          <div className="flex items-center justify-between gap-2 border-t border-slate-200 px-4 py-2.5 text-[13px] text-slate-500">
            <span>
              {rows.length} {rows.length === 1 ? 'call' : 'calls'}
              {calls.hasNextPage ? ' shown' : ''}
            </span>
            {calls.hasNextPage && (
              <Button
                size="sm"
                variant="outline"
                onClick={() => calls.fetchNextPage()}
                loading={calls.isFetchingNextPage}
              >
                Load more
              </Button>
            )}
          </div>
        )}
      </Card>
    </>
  );
}
