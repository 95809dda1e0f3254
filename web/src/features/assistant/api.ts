import type {
  AskInput,
  AskStreamEvent,
  AssistantMessage,
  AssistantStatus,
  Conversation,
  ConversationDetail,
} from '@contracts/assistant';
import { useQuery } from '@tanstack/react-query';
import { ApiError, api, readApiError } from '@web/lib/api-client';
import { listQuery } from '@web/lib/query-client';
import type { z } from 'zod';

export const assistantKeys = {
  status: ['assistant-status'] as const,
  conversations: ['assistant-conversations'] as const,
};

export function useAssistantStatus(enabled: boolean) {
  return useQuery({
    queryKey: assistantKeys.status,
    queryFn: () => api.get<z.infer<typeof AssistantStatus>>('/api/assistant/status'),
    enabled,
  });
}

export function useConversations() {
  return useQuery(listQuery<Conversation>(assistantKeys.conversations, '/api/assistant/conversations'));
}

export const fetchConversation = (id: string) =>
  api.get<ConversationDetail>(`/api/assistant/conversations/${encodeURIComponent(id)}`);

export const rateAnswer = (messageId: string, rating: 'up' | 'down' | null) =>
  api.put<AssistantMessage>(`/api/assistant/messages/${encodeURIComponent(messageId)}/feedback`, { rating });

/** Asks with `stream: true` and hands each JSON line of the answer to `onEvent` as it arrives. */
export async function askStreaming(
  input: Omit<AskInput, 'stream'>,
  onEvent: (event: AskStreamEvent) => void,
  signal?: AbortSignal,
): Promise<void> {
  let response: Response;
  try {
    response = await fetch('/api/assistant/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/x-ndjson' },
      credentials: 'same-origin',
      body: JSON.stringify({ ...input, stream: true }),
      signal,
    });
  } catch {
    throw new ApiError({
      code: 'NETWORK_ERROR',
      status: 0,
      message: 'Cannot reach the server. Check your connection and try again.',
    });
  }
  if (!response.ok || !response.body) throw await readApiError(response);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffered += value;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) onEvent(JSON.parse(line) as AskStreamEvent);
  }
  if (buffered.trim()) onEvent(JSON.parse(buffered) as AskStreamEvent);
}
