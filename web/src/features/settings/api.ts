import type { ApiKey, CreateApiKeyInput, CreatedApiKey } from '@contracts/api-keys';
import type { Account, ChangePasswordInput, SessionInfo, UpdateAccountInput, User } from '@contracts/auth';
import type { CreateUserInput, UpdateUserInput } from '@contracts/users';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { authKeys } from '@web/features/auth/api';
import { api } from '@web/lib/api-client';
import { listQuery } from '@web/lib/query-client';

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
  return useQuery(listQuery<User>(settingsKeys.users, '/api/users'));
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
  return useQuery(listQuery<ApiKey>(settingsKeys.apiKeys, '/api/api-keys'));
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

/** The signed-in user's own password; their other sessions end, this one stays. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => api.post<void>('/api/auth/password', input),
  });
}

/** An owner sets someone else's password; every session of theirs ends. */
export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) =>
      api.patch<User>(`/api/users/${encodeURIComponent(id)}`, { password }),
  });
}
