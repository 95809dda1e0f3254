import type { ApiKey, CreateApiKeyInput, CreatedApiKey } from '@contracts/api-keys';
import type { Account, SessionInfo, UpdateAccountInput, User } from '@contracts/auth';
import type { CreateUserInput, UpdateUserInput } from '@contracts/users';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { authKeys } from '@web/features/auth/api';
import { api } from '@web/lib/api-client';

type List<T> = { items: T[] };

export const settingsKeys = {
  account: ['account'] as const,
  users: ['users'] as const,
  apiKeys: ['api-keys'] as const,
};

export function useAccount() {
  return useQuery({ queryKey: settingsKeys.account, queryFn: () => api.get<Account>('/api/account') });
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateAccountInput) => api.patch<Account>('/api/account', input),
    onSuccess: (account) => {
      queryClient.setQueryData(settingsKeys.account, account);
      // The top bar shows the account name from the session.
      queryClient.setQueryData<SessionInfo | null>(
        authKeys.session,
        (session) => session && { ...session, account },
      );
    },
  });
}

export function useUsers() {
  return useQuery({
    queryKey: settingsKeys.users,
    queryFn: () => api.get<List<User>>('/api/users'),
    select: (list) => list.items,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => api.post<User>('/api/users', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.users }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateUserInput & { id: string }) =>
      api.patch<User>(`/api/users/${id}`, input),
    onSuccess: (user) => {
      queryClient.setQueryData<SessionInfo | null>(authKeys.session, (session) =>
        session && session.user.id === user.id ? { ...session, user } : session,
      );
      return queryClient.invalidateQueries({ queryKey: settingsKeys.users });
    },
  });
}

export function useDeleteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/users/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.users }),
  });
}

export function useApiKeys() {
  return useQuery({
    queryKey: settingsKeys.apiKeys,
    queryFn: () => api.get<List<ApiKey>>('/api/api-keys'),
    select: (list) => list.items,
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateApiKeyInput) => api.post<CreatedApiKey>('/api/api-keys', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.apiKeys }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/api-keys/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.apiKeys }),
  });
}
