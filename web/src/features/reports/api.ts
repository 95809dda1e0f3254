import type {
  CreateSavedViewInput,
  HistoricalStats,
  InboundPingOutcome,
  LiveStats,
  RtbBidderStats,
  SavedView,
  StatsGroupBy,
} from '@contracts/stats';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/lib/api-client';
import { listQuery } from '@web/lib/query-client';
import { useEffect, useState } from 'react';

/** What a report asks for, as the query string names it (empty filters are left out). */
export type ReportParams = {
  from: string;
  to: string;
  timezone: string;
  groupBy: StatsGroupBy;
  uniqueCallers?: boolean;
  campaignId?: string;
  buyerId?: string;
  targetId?: string;
  publisherId?: string;
  numberId?: string;
  state?: string;
  utmSource?: string;
};

export function queryString(params: Record<string, string | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, String(value));
  return search.toString();
}

export const reportKeys = {
  historical: (params: ReportParams) => ['stats', 'historical', params] as const,
  rtb: (range: { from: string; to: string; timezone: string }) => ['stats', 'rtb', range] as const,
  inboundPings: (range: { from: string; to: string; timezone: string }) =>
    ['stats', 'inbound-pings', range] as const,
  views: ['report-views'] as const,
};

export function useHistoricalStats(params: ReportParams) {
  return useQuery({
    queryKey: reportKeys.historical(params),
    queryFn: () => api.get<HistoricalStats>(`/api/stats/historical?${queryString(params)}`),
    placeholderData: keepPreviousData,
    // Figures move with every call: never serve them from a cache, and keep an open page current.
    staleTime: 0,
    refetchInterval: 60_000,
  });
}

export function useRtbBidderStats(range: { from: string; to: string; timezone: string }) {
  return useQuery({
    queryKey: reportKeys.rtb(range),
    queryFn: () => api.get<{ items: RtbBidderStats[] }>(`/api/stats/rtb?${queryString(range)}`),
    placeholderData: keepPreviousData,
  });
}

export function useInboundPingStats(range: { from: string; to: string; timezone: string }) {
  return useQuery({
    queryKey: reportKeys.inboundPings(range),
    queryFn: () => api.get<{ items: InboundPingOutcome[] }>(`/api/stats/inbound-pings?${queryString(range)}`),
    placeholderData: keepPreviousData,
  });
}

/**
 * Live calls: the first snapshot by GET, then every change the server pushes over SSE. A change
 * means calls started or ended, so the reports on screen are refetched too.
 */
export function useLiveStats() {
  const queryClient = useQueryClient();
  const [pushed, setPushed] = useState<LiveStats | null>(null);
  const initial = useQuery({
    queryKey: ['stats', 'live'],
    queryFn: () => api.get<LiveStats>('/api/stats/live'),
  });
  useEffect(() => {
    const source = new EventSource('/api/stats/live/stream');
    source.addEventListener('live', (event) => {
      setPushed(JSON.parse((event as MessageEvent<string>).data));
      void queryClient.invalidateQueries({ queryKey: ['stats', 'historical'] });
    });
    return () => source.close();
  }, [queryClient]);
  return pushed ?? initial.data ?? null;
}

export function useSavedViews() {
  return useQuery(listQuery<SavedView>(reportKeys.views, '/api/report-views'));
}

export function useCreateSavedView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSavedViewInput) => api.post<SavedView>('/api/report-views', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.views }),
  });
}

export function useDeleteSavedView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/report-views/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.views }),
  });
}
