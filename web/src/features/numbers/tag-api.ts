import type { CreateTrackingTagInput, TrackingTag, UpdateTrackingTagInput } from '@contracts/tracking-tags';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/lib/api-client';
import { listQuery } from '@web/lib/query-client';
import type { z } from 'zod';
import { numberKeys } from './api';

const tagPath = (id: string) => `/api/tracking-tags/${encodeURIComponent(id)}`;

export function useTrackingTags() {
  return useQuery(listQuery<TrackingTag>(numberKeys.tags, '/api/tracking-tags'));
}

export function useTrackingTag(id: string) {
  return useQuery({ queryKey: numberKeys.tag(id), queryFn: () => api.get<TrackingTag>(tagPath(id)) });
}

export function useCreateTrackingTag() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTrackingTagInput) => api.post<TrackingTag>('/api/tracking-tags', input),
    onSuccess: (tag) => {
      queryClient.setQueryData(numberKeys.tag(tag.id), tag);
      return queryClient.invalidateQueries({ queryKey: numberKeys.tags, exact: true });
    },
  });
}

export function useUpdateTrackingTag() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: z.input<typeof UpdateTrackingTagInput> & { id: string }) =>
      api.patch<TrackingTag>(tagPath(id), input),
    onSuccess: (tag) => {
      queryClient.setQueryData(numberKeys.tag(tag.id), tag);
      return queryClient.invalidateQueries({ queryKey: numberKeys.tags, exact: true });
    },
  });
}

/** Refreshes the list only: the deleted tag's own page is still open until the caller leaves it. */
export function useDeleteTrackingTag() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(tagPath(id)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: numberKeys.tags, exact: true }),
  });
}
