import type {
  AvailableNumber,
  CreateNumberInput,
  ImportNumbersInput,
  ImportNumbersResult,
  NumberSearchQuery,
  NumberWebhooks,
  TrackingNumber,
  UpdateNumberInput,
} from '@contracts/numbers';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/lib/api-client';
import { listQuery } from '@web/lib/query-client';
import type { z } from 'zod';

export const numberKeys = {
  all: ['numbers'] as const,
  webhooks: ['number-webhooks'] as const,
  available: (search: NumberSearchQuery) => ['numbers', 'available', search] as const,
  pools: ['pools'] as const,
  pool: (id: string) => ['pools', id] as const,
  poolStats: (id: string) => ['pools', id, 'stats'] as const,
  tags: ['tracking-tags'] as const,
  tag: (id: string) => ['tracking-tags', id] as const,
};

export function useNumbers() {
  return useQuery(listQuery<TrackingNumber>(numberKeys.all, '/api/numbers'));
}

export function useCreateNumber() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateNumberInput) => api.post<TrackingNumber>('/api/numbers', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: numberKeys.all }),
  });
}

export function useUpdateNumber() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateNumberInput & { id: string }) =>
      api.patch<TrackingNumber>(`/api/numbers/${encodeURIComponent(id)}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: numberKeys.all }),
  });
}

/** Deleting a bought number releases it at the provider; its pool, if any, loses it too. */
export function useDeleteNumber() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/numbers/${encodeURIComponent(id)}`),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: numberKeys.all }),
        queryClient.invalidateQueries({ queryKey: numberKeys.pools }),
      ]),
  });
}

/** Numbers the provider offers; runs only once a search has been submitted. */
export function useAvailableNumbers(search: NumberSearchQuery | null) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search ?? {})) if (value) params.set(key, String(value));
  return useQuery({
    ...listQuery<AvailableNumber>(numberKeys.available(search ?? {}), `/api/numbers/available?${params}`),
    enabled: search !== null,
    // What is on offer changes as numbers are bought: never serve an old list from cache.
    staleTime: 0,
    gcTime: 0,
  });
}

export function useBuyNumber() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { phoneNumber: string; name?: string; campaignId?: string | null }) =>
      api.post<TrackingNumber>('/api/numbers/buy', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: numberKeys.all, exact: true }),
  });
}

export function useImportNumbers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof ImportNumbersInput>) =>
      api.post<z.infer<typeof ImportNumbersResult>>('/api/numbers/import', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: numberKeys.all, exact: true }),
  });
}

/** Where numbers bought elsewhere must send their calls for this platform to track and route them. */
export function useNumberWebhooks() {
  return useQuery({
    queryKey: numberKeys.webhooks,
    queryFn: () => api.get<z.infer<typeof NumberWebhooks>>('/api/numbers/webhooks'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
