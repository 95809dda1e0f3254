import type { LoginInput, RegisterInput, SessionInfo } from '@contracts/auth';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '@web/lib/api-client';
import { useLocation } from 'wouter';

export const authKeys = {
  session: ['auth', 'session'] as const,
};

/** The signed-in user and account, or null when there is no session (a 401 is an answer here, not an error). */
async function fetchSession(): Promise<SessionInfo | null> {
  try {
    return await api.get<SessionInfo>('/api/auth/user');
  } catch (error) {
    if (isApiError(error, 'UNAUTHORIZED')) return null;
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: authKeys.session, queryFn: fetchSession, staleTime: 5 * 60_000 });
}

/** Swaps the cached session; data cached for a previous session must never show in the next one. */
function replaceSession(queryClient: QueryClient, session: SessionInfo | null) {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.session[0] });
  queryClient.setQueryData(authKeys.session, session);
}

function useStartSession() {
  const queryClient = useQueryClient();
  return (session: SessionInfo) => replaceSession(queryClient, session);
}

export function useLogin() {
  const startSession = useStartSession();
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<SessionInfo>('/api/auth/login', input),
    onSuccess: startSession,
  });
}

export function useRegister() {
  const startSession = useStartSession();
  return useMutation({
    mutationFn: (input: RegisterInput) => api.post<SessionInfo>('/api/auth/register', input),
    onSuccess: startSession,
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/logout'),
    // Even if the request fails (session already gone, network), the user asked to leave.
    // Both changes land before the next render, so the guard never sees a half-finished sign-out.
    onSettled: () => {
      navigate('/login', { replace: true });
      replaceSession(queryClient, null);
    },
  });
}
