import type {
  CreatePixelInput,
  DeliveryStatus,
  Pixel,
  PixelDelivery,
  PixelToken,
  PostbackUrl,
  UpdatePixelInput,
} from '@contracts/pixels';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/lib/api-client';
import { listQuery } from '@web/lib/query-client';

export type DeliveryFilters = { status?: DeliveryStatus; pixelId?: string; callId?: string };

export const pixelKeys = {
  pixels: ['pixels'] as const,
  deliveries: (filters: DeliveryFilters) => ['pixel-deliveries', filters] as const,
  tokens: ['pixel-tokens'] as const,
  postbackUrl: ['postback-url'] as const,
};

const pixelPath = (id: string) => `/api/pixels/${encodeURIComponent(id)}`;

export function usePixels() {
  return useQuery(listQuery<Pixel>(pixelKeys.pixels, '/api/pixels'));
}

export function useSavePixel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: CreatePixelInput & { id?: string }) =>
      id ? api.patch<Pixel>(pixelPath(id), input as UpdatePixelInput) : api.post<Pixel>('/api/pixels', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pixelKeys.pixels }),
  });
}

export function useDeletePixel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(pixelPath(id)),
    // Its deliveries go with it.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: pixelKeys.pixels }),
        queryClient.invalidateQueries({ queryKey: ['pixel-deliveries'] }),
      ]),
  });
}

/** Sends the pixel now for a sample call; the answer is the delivery it logged. */
export function useTestPixel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<PixelDelivery>(`${pixelPath(id)}/test`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['pixel-deliveries'] }),
  });
}

export function usePixelDeliveries(filters: DeliveryFilters) {
  const params = new URLSearchParams({ limit: '100' });
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return useQuery({
    ...listQuery<PixelDelivery>(pixelKeys.deliveries(filters), `/api/pixel-deliveries?${params}`),
    placeholderData: keepPreviousData,
    // Deliveries and their retries land in the background: keep the log moving while it is open.
    refetchInterval: 5_000,
  });
}

export function usePixelTokens() {
  return useQuery({ ...listQuery<PixelToken>(pixelKeys.tokens, '/api/pixel-tokens'), staleTime: Infinity });
}

export function usePostbackUrl(enabled: boolean) {
  return useQuery({
    queryKey: pixelKeys.postbackUrl,
    queryFn: () => api.get<PostbackUrl>('/api/postback-url'),
    enabled,
  });
}

export function useRotatePostbackUrl() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<PostbackUrl>('/api/postback-url', {}),
    onSuccess: (url) => queryClient.setQueryData(pixelKeys.postbackUrl, url),
  });
}
