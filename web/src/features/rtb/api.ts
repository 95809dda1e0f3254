import type {
  BidRequest,
  BidRequestPreview as BidRequestPreviewSchema,
  BidTestResult as BidTestResultSchema,
  CreateRtbRouterInput,
  CreateRtbTargetInput,
  RtbRouter,
  RtbTarget,
  RtbTargetHealth,
  SampleCallInput,
  UpdateRtbTargetInput,
} from '@contracts/rtb';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/lib/api-client';
import { listQuery } from '@web/lib/query-client';
import type { z } from 'zod';

export type BidRequestPreview = z.infer<typeof BidRequestPreviewSchema>;
export type BidTestResult = z.infer<typeof BidTestResultSchema>;
export type SampleCall = z.input<typeof SampleCallInput>;

/** The bid log's filters, as the query string names them. */
export type BidLogFilters = { outcome?: 'valid' | 'rejected' | 'dialed'; rtbTargetId?: string };

export const rtbKeys = {
  targets: ['rtb-targets'] as const,
  target: (id: string) => ['rtb-targets', id] as const,
  uptime: (id: string) => ['rtb-targets', id, 'uptime'] as const,
  routers: ['rtb-routers'] as const,
  health: ['rtb-health'] as const,
  bidRequests: (filters: BidLogFilters) => ['rtb-bid-requests', filters] as const,
};

const targetPath = (id: string) => `/api/rtb/targets/${encodeURIComponent(id)}`;

/** RTB targets are called bidders on screen: they answer each ping with a bid. */
export function useRtbTargets() {
  return useQuery(listQuery<RtbTarget>(rtbKeys.targets, '/api/rtb/targets'));
}

export function useRtbTarget(id: string) {
  return useQuery({ queryKey: rtbKeys.target(id), queryFn: () => api.get<RtbTarget>(targetPath(id)) });
}

export function useCreateRtbTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateRtbTargetInput) => api.post<RtbTarget>('/api/rtb/targets', input),
    onSuccess: (target) => {
      queryClient.setQueryData(rtbKeys.target(target.id), target);
      return queryClient.invalidateQueries({ queryKey: rtbKeys.targets, exact: true });
    },
  });
}

export function useUpdateRtbTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateRtbTargetInput & { id: string }) =>
      api.patch<RtbTarget>(targetPath(id), input),
    onSuccess: (target) => {
      queryClient.setQueryData(rtbKeys.target(target.id), target);
      return queryClient.invalidateQueries({ queryKey: rtbKeys.targets, exact: true });
    },
  });
}

export function useDeleteRtbTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(targetPath(id)),
    // The bidder also leaves every router it was in.
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: rtbKeys.target(id) });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: rtbKeys.targets, exact: true }),
        queryClient.invalidateQueries({ queryKey: rtbKeys.routers }),
        queryClient.invalidateQueries({ queryKey: rtbKeys.health }),
      ]);
    },
  });
}

/** The exact request the saved bidder would get for a sample call; nothing is sent. */
export function usePreviewRtbTarget(id: string) {
  return useMutation({
    mutationFn: (sample: SampleCall) => api.post<BidRequestPreview>(`${targetPath(id)}/preview`, sample),
  });
}

/** Sends the sample ping for real and reads the answer as an auction would. */
export function useTestRtbTarget(id: string) {
  return useMutation({
    mutationFn: (sample: SampleCall) => api.post<BidTestResult>(`${targetPath(id)}/test`, sample),
  });
}

export function useRtbHealth() {
  return useQuery(listQuery<RtbTargetHealth>(rtbKeys.health, '/api/rtb/health-checks'));
}

export function useRtbUptime(id: string) {
  return useQuery({
    queryKey: rtbKeys.uptime(id),
    queryFn: () => api.get<RtbTargetHealth>(`${targetPath(id)}/uptime`),
  });
}

export function useRtbRouters() {
  return useQuery(listQuery<RtbRouter>(rtbKeys.routers, '/api/rtb/routers'));
}

export function useCreateRtbRouter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateRtbRouterInput) => api.post<RtbRouter>('/api/rtb/routers', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rtbKeys.routers }),
  });
}

export function useUpdateRtbRouter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: CreateRtbRouterInput & { id: string }) =>
      api.patch<RtbRouter>(`/api/rtb/routers/${encodeURIComponent(id)}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rtbKeys.routers }),
  });
}

export function useDeleteRtbRouter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/rtb/routers/${encodeURIComponent(id)}`),
    // Campaigns lose the router from their routing plans.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: rtbKeys.routers }),
        queryClient.invalidateQueries({ queryKey: ['campaigns'] }),
      ]),
  });
}

export function useBidRequests(filters: BidLogFilters) {
  const params = new URLSearchParams({ limit: '100' });
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return useQuery({
    ...listQuery<BidRequest>(rtbKeys.bidRequests(filters), `/api/rtb/bid-requests?${params}`),
    placeholderData: keepPreviousData,
    // Pings arrive with every call: a log that is a few seconds old is fine, one from the last visit is not.
    staleTime: 5_000,
  });
}
