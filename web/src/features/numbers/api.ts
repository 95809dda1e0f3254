import type { Campaign } from '@contracts/campaigns';
import type { CreateNumberInput, TrackingNumber, UpdateNumberInput } from '@contracts/numbers';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/lib/api-client';

type List<T> = { items: T[] };

// Lists live under the bare section key holding the server's `{ items }` as is, the way the campaigns
// section reads them too, so a change made on any page refreshes every page that shows them.
export const numberKeys = {
  all: ['numbers'] as const,
  campaigns: ['campaigns'] as const,
};

export function useNumbers() {
  return useQuery({
    queryKey: numberKeys.all,
    queryFn: () => api.get<List<TrackingNumber>>('/api/numbers'),
    select: (list) => list.items,
  });
}

/** Campaigns to assign numbers to. */
export function useCampaignOptions() {
  return useQuery({
    queryKey: numberKeys.campaigns,
    queryFn: () => api.get<List<Campaign>>('/api/campaigns'),
    select: (list) => list.items,
  });
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

export function useDeleteNumber() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/numbers/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: numberKeys.all }),
  });
}
