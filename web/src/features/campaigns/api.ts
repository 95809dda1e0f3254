import type { Buyer } from '@contracts/buyers';
import type { Campaign, CreateCampaignInput, UpdateCampaignInput } from '@contracts/campaigns';
import type { TrackingNumber } from '@contracts/numbers';
import type {
  SimulateCallInput,
  SimulatedCall,
  SimulatedEvent as SimulatedEventSchema,
  SimulateEventInput,
} from '@contracts/simulator';
import type { Target } from '@contracts/targets';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callKeys } from '@web/features/calls/api';
import { api } from '@web/lib/api-client';
import type { z } from 'zod';

type List<T> = { items: T[] };

// Targets, buyers and numbers are cached under their own section's keys, holding the server's list
// as is, so a change made on any page refreshes every page that shows them.
export const campaignKeys = {
  all: ['campaigns'] as const,
  detail: (id: string) => ['campaigns', id] as const,
  targets: ['targets'] as const,
  buyers: ['buyers'] as const,
  numbers: ['numbers'] as const,
};

export function useCampaigns() {
  return useQuery({
    queryKey: campaignKeys.all,
    queryFn: () => api.get<List<Campaign>>('/api/campaigns'),
    select: (list) => list.items,
  });
}

export function useCampaign(id: string) {
  return useQuery({
    queryKey: campaignKeys.detail(id),
    queryFn: () => api.get<Campaign>(`/api/campaigns/${id}`),
  });
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateCampaignInput) => api.post<Campaign>('/api/campaigns', input),
    onSuccess: (campaign) => {
      queryClient.setQueryData(campaignKeys.detail(campaign.id), campaign);
      return queryClient.invalidateQueries({ queryKey: campaignKeys.all, exact: true });
    },
  });
}

/** Settings, status and the routing plan all go through PATCH, which answers with the whole campaign. */
export function useUpdateCampaign(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateCampaignInput) => api.patch<Campaign>(`/api/campaigns/${id}`, input),
    onSuccess: (campaign) => {
      queryClient.setQueryData(campaignKeys.detail(id), campaign);
      return queryClient.invalidateQueries({ queryKey: campaignKeys.all, exact: true });
    },
  });
}

export function useDeleteCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/campaigns/${id}`),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: campaignKeys.detail(id) });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: campaignKeys.all, exact: true }),
        queryClient.invalidateQueries({ queryKey: campaignKeys.numbers }),
      ]);
    },
  });
}

export function useTargets() {
  return useQuery({
    queryKey: campaignKeys.targets,
    queryFn: () => api.get<List<Target>>('/api/targets'),
    select: (list) => list.items,
  });
}

export function useBuyers() {
  return useQuery({
    queryKey: campaignKeys.buyers,
    queryFn: () => api.get<List<Buyer>>('/api/buyers'),
    select: (list) => list.items,
  });
}

export function useNumbers() {
  return useQuery({
    queryKey: campaignKeys.numbers,
    queryFn: () => api.get<List<TrackingNumber>>('/api/numbers'),
    select: (list) => list.items,
  });
}

/** `campaignId: null` releases the number back to the unassigned pool. */
export function useAssignNumber() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ numberId, campaignId }: { numberId: string; campaignId: string | null }) =>
      api.patch<TrackingNumber>(`/api/numbers/${numberId}`, { campaignId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.numbers }),
  });
}

export type SimulatedEvent = z.infer<typeof SimulatedEventSchema>;

export function useSimulateCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SimulateCallInput) => api.post<SimulatedCall>('/api/simulator/calls', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: callKeys.all }),
  });
}

export function useSimulateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ callId, ...input }: SimulateEventInput & { callId: string }) =>
      api.post<SimulatedEvent>(`/api/simulator/calls/${callId}/events`, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: callKeys.all }),
  });
}
