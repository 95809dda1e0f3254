import type {
  Agent,
  AgentGroup,
  AgentPresence,
  AgentView,
  CreateAgentGroupInput,
  CreateAgentInput,
  Wallboard,
} from '@contracts/agents';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/lib/api-client';
import { listQuery } from '@web/lib/query-client';

/** Live screens poll: status changes and queued callers show within this long. */
const LIVE_REFRESH_MS = 2000;

export const agentKeys = {
  agents: ['agents'] as const,
  groups: ['agent-groups'] as const,
  wallboard: ['wallboard'] as const,
  view: ['agent-view'] as const,
};

const agentPath = (id: string) => `/api/agents/${encodeURIComponent(id)}`;
const groupPath = (id: string) => `/api/agent-groups/${encodeURIComponent(id)}`;

export function useAgents(options: { live?: boolean } = {}) {
  return useQuery({
    ...listQuery<Agent>(agentKeys.agents, '/api/agents'),
    refetchInterval: options.live ? LIVE_REFRESH_MS : false,
  });
}

export function useAgentGroups() {
  return useQuery(listQuery<AgentGroup>(agentKeys.groups, '/api/agent-groups'));
}

function useInvalidating<Input, Output>(fn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    // Agents and groups name each other; the wallboard counts both.
    onSuccess: () =>
      Promise.all(
        [agentKeys.agents, agentKeys.groups, agentKeys.wallboard].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}

export const useCreateAgent = () =>
  useInvalidating((input: CreateAgentInput) => api.post<Agent>('/api/agents', input));
export const useUpdateAgent = () =>
  useInvalidating(({ id, ...input }: Partial<CreateAgentInput> & { id: string }) =>
    api.patch<Agent>(agentPath(id), input),
  );
export const useSetAgentStatus = () =>
  useInvalidating(({ id, status }: { id: string; status: AgentPresence }) =>
    api.patch<Agent>(agentPath(id), { status }),
  );
export const useDeleteAgent = () => useInvalidating((id: string) => api.delete(agentPath(id)));

export const useCreateAgentGroup = () =>
  useInvalidating((input: CreateAgentGroupInput) => api.post<AgentGroup>('/api/agent-groups', input));
export const useUpdateAgentGroup = () =>
  useInvalidating(({ id, ...input }: Partial<CreateAgentGroupInput> & { id: string }) =>
    api.patch<AgentGroup>(groupPath(id), input),
  );
export const useDeleteAgentGroup = () => useInvalidating((id: string) => api.delete(groupPath(id)));

export function useWallboard(serviceLevelSeconds: number) {
  return useQuery({
    queryKey: [...agentKeys.wallboard, serviceLevelSeconds],
    queryFn: () => api.get<Wallboard>(`/api/wallboard?serviceLevelSeconds=${serviceLevelSeconds}`),
    refetchInterval: LIVE_REFRESH_MS,
  });
}

/** The signed-in agent's own view. */
export function useAgentView() {
  return useQuery({
    queryKey: agentKeys.view,
    queryFn: () => api.get<AgentView>('/api/agent-view'),
    refetchInterval: LIVE_REFRESH_MS,
  });
}

export function useSetOwnStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (status: AgentPresence) => api.patch<AgentView>('/api/agent-view', { status }),
    onSuccess: (view) => queryClient.setQueryData(agentKeys.view, view),
  });
}
