import type { CreatePoolInput, Pool, PoolStats, UpdatePoolInput } from '@contracts/pools';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/lib/api-client';
import { listQuery } from '@web/lib/query-client';
import { numberKeys } from './api';

const poolPath = (id: string) => `/api/pools/${encodeURIComponent(id)}`;

export function usePools() {
  return useQuery(listQuery<Pool>(numberKeys.pools, '/api/pools'));
}

export function usePool(id: string) {
  return useQuery({ queryKey: numberKeys.pool(id), queryFn: () => api.get<Pool>(poolPath(id)) });
}

/** Live figures: numbers are taken and freed as visitors come and go, so the page polls. */
export function usePoolStats(id: string) {
  return useQuery({
    queryKey: numberKeys.poolStats(id),
    queryFn: () => api.get<PoolStats>(`${poolPath(id)}/stats`),
    refetchInterval: 15_000,
  });
}

// A pool's membership is also each number's `poolId`, and a campaign's pools count towards activation.
function useRefreshAfterPoolChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: numberKeys.pools }),
      queryClient.invalidateQueries({ queryKey: numberKeys.all }),
    ]);
}

export function useCreatePool() {
  const refresh = useRefreshAfterPoolChange();
  return useMutation({
    mutationFn: (input: CreatePoolInput) => api.post<Pool>('/api/pools', input),
    onSuccess: refresh,
  });
}

export function useUpdatePool() {
  const refresh = useRefreshAfterPoolChange();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdatePoolInput & { id: string }) => api.patch<Pool>(poolPath(id), input),
    onSuccess: refresh,
  });
}

/**
 * Deleting a pool frees its numbers and deletes its tracking tags. Only lists are refreshed: the
 * pool's own page is still open until the caller leaves it.
 */
export function useDeletePool() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(poolPath(id)),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: numberKeys.pools, exact: true }),
        queryClient.invalidateQueries({ queryKey: numberKeys.all, exact: true }),
        queryClient.invalidateQueries({ queryKey: numberKeys.tags }),
      ]),
  });
}
