import type { InboundPing, InboundRtbConfig, InboundRtbSettings } from '@contracts/inbound-rtb';
import type {
  AssignmentKind,
  CreatePublisherInput,
  PayoutRule,
  PayoutRuleInput,
  Publisher,
  PublisherCall,
  PublisherSource,
  PublisherSummary,
} from '@contracts/publishers';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/lib/api-client';
import { listQuery } from '@web/lib/query-client';

const path = (id: string) => `/api/publishers/${encodeURIComponent(id)}`;

export const publisherKeys = {
  all: ['publishers'] as const,
  detail: (id: string) => ['publishers', id] as const,
  part: (id: string, part: string) => ['publishers', id, part] as const,
  portal: (part: string) => ['portal', part] as const,
  inbound: (campaignId: string) => ['campaigns', campaignId, 'inbound-rtb'] as const,
  pings: (campaignId: string) => ['campaigns', campaignId, 'inbound-pings'] as const,
};

export function usePublishers() {
  return useQuery(listQuery<Publisher>(publisherKeys.all, '/api/publishers'));
}

export function usePublisher(id: string) {
  return useQuery({ queryKey: publisherKeys.detail(id), queryFn: () => api.get<Publisher>(path(id)) });
}

export function useSavePublisher() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: CreatePublisherInput & { id?: string }) =>
      id ? api.patch<Publisher>(path(id), input) : api.post<Publisher>('/api/publishers', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: publisherKeys.all }),
  });
}

export function useDeletePublisher() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(path(id)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: publisherKeys.all }),
  });
}

export function usePayoutRules(id: string) {
  return useQuery(listQuery<PayoutRule>(publisherKeys.part(id, 'rules'), `${path(id)}/payout-rules`));
}

export function useSavePayoutRule(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PayoutRuleInput) => api.put<PayoutRule>(`${path(id)}/payout-rules`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: publisherKeys.part(id, 'rules') }),
  });
}

export function useDeletePayoutRule(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ruleId: string) => api.delete(`${path(id)}/payout-rules/${encodeURIComponent(ruleId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: publisherKeys.part(id, 'rules') }),
  });
}

export function usePublisherSources(id: string) {
  return useQuery(listQuery<PublisherSource>(publisherKeys.part(id, 'sources'), `${path(id)}/sources`));
}

export function useAssignSources(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { kind: AssignmentKind; ids: string[] }) =>
      api.put<{ items: PublisherSource[] }>(`${path(id)}/sources`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: publisherKeys.part(id, 'sources') }),
  });
}

export function usePublisherCalls(id: string) {
  return useQuery(listQuery<PublisherCall>(publisherKeys.part(id, 'calls'), `${path(id)}/calls`));
}

export function usePublisherSummary(id: string) {
  return useQuery({
    queryKey: publisherKeys.part(id, 'summary'),
    queryFn: () => api.get<PublisherSummary>(`${path(id)}/summary`),
  });
}

/** The signed-in publisher user's own view. */
export function usePortalSummary() {
  return useQuery({
    queryKey: publisherKeys.portal('summary'),
    queryFn: () => api.get<PublisherSummary>('/api/portal/summary'),
  });
}

export function usePortalCalls() {
  return useQuery(listQuery<PublisherCall>(publisherKeys.portal('calls'), '/api/portal/calls'));
}

export function usePortalSources() {
  return useQuery(listQuery<PublisherSource>(publisherKeys.portal('sources'), '/api/portal/sources'));
}

const campaignPath = (campaignId: string) => `/api/campaigns/${encodeURIComponent(campaignId)}`;

export function useInboundRtb(campaignId: string) {
  return useQuery({
    queryKey: publisherKeys.inbound(campaignId),
    queryFn: () => api.get<InboundRtbConfig>(`${campaignPath(campaignId)}/inbound-rtb`),
  });
}

export function useSaveInboundRtb(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InboundRtbSettings) =>
      api.put<InboundRtbConfig>(`${campaignPath(campaignId)}/inbound-rtb`, input),
    onSuccess: (saved) => queryClient.setQueryData(publisherKeys.inbound(campaignId), saved),
  });
}

export function useInboundPings(campaignId: string) {
  return useQuery(
    listQuery<InboundPing>(publisherKeys.pings(campaignId), `${campaignPath(campaignId)}/inbound-pings`),
  );
}
