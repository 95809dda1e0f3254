import type { Campaign, CreateCampaignInput, UpdateCampaignInput } from '@contracts/campaigns';
import type { TrackingNumber } from '@contracts/numbers';
import type {
  SimulateCallInput,
  SimulatedCall,
  SimulatedEvent as SimulatedEventSchema,
  SimulateEventInput,
} from '@contracts/simulator';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callKeys } from '@web/features/calls/api';
import { numberKeys } from '@web/features/numbers/api';
import { api } from '@web/lib/api-client';
import { listQuery } from '@web/lib/query-client';
import { useCallback } from 'react';
import type { z } from 'zod';

export const campaignKeys = {
  all: ['campaigns'] as const,
  detail: (id: string) => ['campaigns', id] as const,
};

export function useCampaigns() {
  return useQuery(listQuery<Campaign>(campaignKeys.all, '/api/campaigns'));
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
        queryClient.invalidateQueries({ queryKey: numberKeys.all }),
      ]);
    },
  });
}

/** `campaignId: null` releases the number back to the unassigned pool. */
export function useAssignNumber() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ numberId, campaignId }: { numberId: string; campaignId: string | null }) =>
      api.patch<TrackingNumber>(`/api/numbers/${numberId}`, { campaignId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: numberKeys.all }),
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

/**
 * Ends an abandoned test call from the caller's side, so a target it was ringing does not keep a
 * concurrency slot. Fire and forget: `keepalive` lets the request outlive a page that is closing.
 */
export function useHangUpTestCall() {
  const queryClient = useQueryClient();
  return useCallback(
    (callId: string) => {
      const input: SimulateEventInput = { type: 'hangup' };
      fetch(`/api/simulator/calls/${encodeURIComponent(callId)}/events`, {
        method: 'POST',
        keepalive: true,
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(input),
      })
        .then(() => queryClient.invalidateQueries({ queryKey: callKeys.all }))
        .catch(() => {
          // The page may be gone, or the call ended meanwhile: there is no one to tell.
        });
    },
    [queryClient],
  );
}
