import type { UseQueryResult } from '@tanstack/react-query';
import { Alert } from '@web/components/ui/alert';
import { EmptyState } from '@web/components/ui/empty-state';
import { Spinner } from '@web/components/ui/spinner';
import { describeError } from '@web/lib/api-client';
import type { ComponentProps, ReactNode } from 'react';

type ListPanelProps<T> = {
  query: UseQueryResult<T[]>;
  /** Narrows what the query holds to the rows shown (one buyer's targets, say). */
  rows?: (items: T[]) => T[];
  empty: ComponentProps<typeof EmptyState>;
  /** The list itself, given at least one row. */
  children: (rows: T[]) => ReactNode;
};

/** A list query's spinner, its error, or what to say when there is nothing to list. */
export function ListPanel<T>({ query, rows, empty, children }: ListPanelProps<T>) {
  if (query.isPending) return <Spinner />;
  if (query.isError) {
    return (
      <div className="p-4">
        <Alert variant="error">{describeError(query.error)}</Alert>
      </div>
    );
  }
  const shown = rows ? rows(query.data) : query.data;
  if (shown.length === 0) return <EmptyState {...empty} />;
  return children(shown);
}
