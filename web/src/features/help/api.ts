import type { HelpDoc, HelpDocSummary } from '@contracts/help';
import { useQuery } from '@tanstack/react-query';
import { api } from '@web/lib/api-client';
import { listQuery } from '@web/lib/query-client';

// The pages ship with the server; they never change while the app is open.
const forever = { staleTime: Number.POSITIVE_INFINITY };

export function useHelpDocs() {
  return useQuery({ ...listQuery<HelpDocSummary>(['help-docs'], '/api/help/docs'), ...forever });
}

export function useHelpDoc(slug: string) {
  return useQuery({
    queryKey: ['help-docs', slug],
    queryFn: () => api.get<HelpDoc>(`/api/help/docs/${encodeURIComponent(slug)}`),
    ...forever,
  });
}
