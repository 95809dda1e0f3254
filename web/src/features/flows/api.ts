import type {
  CreateFlowInput,
  Flow,
  FlowAnalytics,
  FlowSummary,
  FlowTestInput,
  FlowTestStep,
  FlowValidation,
  FlowVersion,
  StartFlowTestInput,
  UpdateFlowInput,
  ValidateFlowInput,
} from '@contracts/flows';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callKeys } from '@web/features/calls/api';
import { campaignKeys } from '@web/features/campaigns/api';
import { api } from '@web/lib/api-client';
import { listQuery } from '@web/lib/query-client';
import type { z } from 'zod';

export const flowKeys = {
  all: ['flows'] as const,
  detail: (id: string) => ['flows', id] as const,
  versions: (id: string) => ['flows', id, 'versions'] as const,
  analytics: (id: string) => ['flows', id, 'analytics'] as const,
};

const flowPath = (id: string) => `/api/flows/${encodeURIComponent(id)}`;

export function useFlows() {
  return useQuery(listQuery<FlowSummary>(flowKeys.all, '/api/flows'));
}

export function useFlow(id: string) {
  return useQuery({ queryKey: flowKeys.detail(id), queryFn: () => api.get<Flow>(flowPath(id)) });
}

/** A saved, duplicated or published flow replaces its cached copy and refreshes the list. */
function useStoreFlow() {
  const queryClient = useQueryClient();
  return (flow: Flow) => {
    queryClient.setQueryData(flowKeys.detail(flow.id), flow);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: flowKeys.all, exact: true }),
      // The campaign list names the flow a campaign runs.
      queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
    ]);
  };
}

export function useCreateFlow() {
  const storeFlow = useStoreFlow();
  return useMutation({
    mutationFn: (input: CreateFlowInput) => api.post<Flow>('/api/flows', input),
    onSuccess: storeFlow,
  });
}

export function useUpdateFlow(id: string) {
  const storeFlow = useStoreFlow();
  return useMutation({
    mutationFn: (input: UpdateFlowInput) => api.patch<Flow>(flowPath(id), input),
    onSuccess: storeFlow,
  });
}

export function useDuplicateFlow() {
  const storeFlow = useStoreFlow();
  return useMutation({
    mutationFn: (id: string) => api.post<Flow>(`${flowPath(id)}/duplicate`),
    onSuccess: storeFlow,
  });
}

export function useDeleteFlow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(flowPath(id)),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: flowKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: flowKeys.all, exact: true });
    },
  });
}

export function usePublishFlow(id: string) {
  const storeFlow = useStoreFlow();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<Flow>(`${flowPath(id)}/publish`),
    onSuccess: (flow) =>
      Promise.all([storeFlow(flow), queryClient.invalidateQueries({ queryKey: flowKeys.versions(id) })]),
  });
}

export function useFlowVersions(id: string) {
  return useQuery(listQuery<FlowVersion>(flowKeys.versions(id), `${flowPath(id)}/versions`));
}

/** The editor's check of an unsaved definition (against the campaign it will run on); nothing is stored. */
export function useValidateFlow() {
  return useMutation({
    mutationFn: (input: z.input<typeof ValidateFlowInput>) =>
      api.post<FlowValidation>('/api/flows/validate', input),
  });
}

export function useFlowAnalytics(id: string, enabled: boolean) {
  return useQuery({
    queryKey: flowKeys.analytics(id),
    queryFn: () => api.get<FlowAnalytics>(`${flowPath(id)}/analytics`),
    enabled,
    // Calls keep arriving: a few seconds old is fine.
    staleTime: 5_000,
  });
}

/** Test calls land in the call log, and their sessions in the flow's analytics. */
function useRefreshAfterTestCall(id: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: callKeys.all }),
      queryClient.invalidateQueries({ queryKey: flowKeys.analytics(id) }),
    ]);
}

/** A test call on the flow's published version, through its campaign's number. */
export function useStartFlowTest(id: string) {
  const refresh = useRefreshAfterTestCall(id);
  return useMutation({
    mutationFn: (input: StartFlowTestInput) =>
      api.post<FlowTestStep>(`/api/simulator/flows/${encodeURIComponent(id)}/calls`, input),
    onSettled: refresh,
  });
}

/** The caller's next move (keys, words) or the outcome of what the flow waits on (a dial, a message). */
export function useSendFlowTestInput(id: string) {
  const refresh = useRefreshAfterTestCall(id);
  return useMutation({
    mutationFn: ({ callId, input }: { callId: string; input: FlowTestInput }) =>
      api.post<FlowTestStep>(`/api/simulator/calls/${encodeURIComponent(callId)}/flow-input`, input),
    onSettled: refresh,
  });
}
