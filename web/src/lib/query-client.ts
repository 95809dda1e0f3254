import { MutationCache, QueryCache, QueryClient, type QueryKey, queryOptions } from '@tanstack/react-query';
import { ApiError, api } from './api-client';

const isUnauthorized = (error: unknown) => error instanceof ApiError && error.status === 401;

/** `onUnauthorized` runs whenever any request reports that the session has gone (expired, signed out elsewhere). */
export function createQueryClient(options: { onUnauthorized: () => void }): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isUnauthorized(error)) options.onUnauthorized();
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isUnauthorized(error)) options.onUnauthorized();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not fix itself by asking again.
        retry: (failures, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}

/**
 * A list endpoint's query. The cache holds the server's `{ items }` as is under the section's bare key
 * (['buyers'], ['numbers']…), wherever the list is read from, so a change made on any page refreshes
 * every page that shows it.
 */
export function listQuery<T>(queryKey: QueryKey, path: string) {
  return queryOptions({
    queryKey,
    queryFn: () => api.get<{ items: T[] }>(path),
    select: (list) => list.items,
  });
}
