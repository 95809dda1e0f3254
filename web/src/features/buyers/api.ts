import type { Buyer, CreateBuyerInput } from '@contracts/buyers';
import type { CreateTargetInput, Target, UpdateTargetInput } from '@contracts/targets';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/lib/api-client';
import { listQuery } from '@web/lib/query-client';

export const buyerKeys = {
  all: ['buyers'] as const,
  detail: (id: string) => ['buyers', id] as const,
};

export const targetKeys = {
  all: ['targets'] as const,
};

export function useBuyers() {
  return useQuery(listQuery<Buyer>(buyerKeys.all, '/api/buyers'));
}

export function useBuyer(id: string) {
  return useQuery({
    queryKey: buyerKeys.detail(id),
    queryFn: () => api.get<Buyer>(`/api/buyers/${encodeURIComponent(id)}`),
  });
}

export function useCreateBuyer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateBuyerInput) => api.post<Buyer>('/api/buyers', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: buyerKeys.all }),
  });
}

export function useUpdateBuyer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: CreateBuyerInput & { id: string }) =>
      api.patch<Buyer>(`/api/buyers/${encodeURIComponent(id)}`, input),
    onSuccess: (buyer) => {
      queryClient.setQueryData(buyerKeys.detail(buyer.id), buyer);
      return queryClient.invalidateQueries({ queryKey: buyerKeys.all, exact: true });
    },
  });
}

export function useDeleteBuyer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/buyers/${encodeURIComponent(id)}`),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: buyerKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: buyerKeys.all, exact: true });
    },
  });
}

/** Every target of the account; buyer pages filter it, so one request serves the whole section. */
export function useTargets() {
  return useQuery(listQuery<Target>(targetKeys.all, '/api/targets'));
}

export function useCreateTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTargetInput) => api.post<Target>('/api/targets', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: targetKeys.all }),
  });
}

export function useUpdateTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateTargetInput & { id: string }) =>
      api.patch<Target>(`/api/targets/${encodeURIComponent(id)}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: targetKeys.all }),
  });
}

export function useDeleteTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/targets/${encodeURIComponent(id)}`),
    // The database drops the target from every campaign's routing plan too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: targetKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['campaigns'] }),
      ]),
  });
}
