import type { Call, CallDetail, CallsQuery } from '@contracts/calls';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '@web/lib/api-client';

type Page<T> = { items: T[]; nextCursor: string | null };

/** The filters the call log sends; everything else in CallsQuery (limit, cursor) is the pager's. */
export type CallFilters = Pick<
  CallsQuery,
  'from' | 'to' | 'campaignId' | 'status' | 'caller' | 'utmSource'
> & {
  converted?: 'true' | 'false';
};

export const callKeys = {
  all: ['calls'] as const,
  list: (filters: CallFilters) => ['calls', 'list', filters] as const,
  detail: (id: string) => ['calls', 'detail', id] as const,
};

const PAGE_SIZE = 50;

function callsPath(filters: CallFilters, cursor: string | undefined): string {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, String(value));
  if (cursor) params.set('cursor', cursor);
  return `/api/calls?${params}`;
}

export function useCalls(filters: CallFilters) {
  return useInfiniteQuery({
    queryKey: callKeys.list(filters),
    queryFn: ({ pageParam }) => api.get<Page<Call>>(callsPath(filters, pageParam)),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // Keep the old rows on screen while a changed filter loads, rather than flashing a spinner.
    placeholderData: keepPreviousData,
  });
}

export function useCall(id: string) {
  return useQuery({ queryKey: callKeys.detail(id), queryFn: () => api.get<CallDetail>(`/api/calls/${id}`) });
}
