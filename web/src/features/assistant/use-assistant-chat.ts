import type { AnswerSource, AssistantMessage } from '@contracts/assistant';
import { useQueryClient } from '@tanstack/react-query';
import { describeError } from '@web/lib/api-client';
import { useCallback, useRef, useState } from 'react';
import { askStreaming, assistantKeys, fetchConversation, rateAnswer } from './api';

/** A message on screen: stored ones, plus the question and answer being written right now. */
export type ChatMessage = {
  id: string;
  role: 'user' | 'assistant';
  content: string;
  mode: AssistantMessage['mode'];
  sources: AnswerSource[];
  feedback: AssistantMessage['feedback'];
  /** Still streaming; not stored yet, so it cannot be rated. */
  pending?: boolean;
};

const pendingAnswerId = 'pending-answer';

export function useAssistantChat() {
  const queryClient = useQueryClient();
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [conversationId, setConversationId] = useState<string>();
  const [callId, setCallId] = useState<string>();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string>();
  const inFlight = useRef<AbortController | null>(null);

  const updatePending = useCallback(
    (change: (message: ChatMessage) => ChatMessage) =>
      setMessages((current) => current.map((m) => (m.id === pendingAnswerId ? change(m) : m))),
    [],
  );

  const ask = useCallback(
    async (question: string, about: { callId?: string; conversationId?: string } = {}) => {
      const controller = new AbortController();
      inFlight.current?.abort();
      inFlight.current = controller;
      setAsking(true);
      setError(undefined);
      setMessages((current) => [
        ...current,
        {
          id: `question-${current.length}`,
          role: 'user',
          content: question,
          mode: null,
          sources: [],
          feedback: null,
        },
        {
          id: pendingAnswerId,
          role: 'assistant',
          content: '',
          mode: null,
          sources: [],
          feedback: null,
          pending: true,
        },
      ]);
      try {
        await askStreaming(
          { question, conversationId: about.conversationId, callId: about.callId },
          (event) => {
            switch (event.type) {
              case 'meta':
                setConversationId(event.conversationId);
                break;
              case 'delta':
                updatePending((m) => ({ ...m, content: m.content + event.text }));
                break;
              case 'reset':
                updatePending((m) => ({ ...m, content: '' }));
                break;
              case 'done':
                updatePending(() => ({ ...event.answer }));
                break;
              case 'error':
                setError(event.message);
                break;
              default: {
                const unreachable: never = event;
                return unreachable;
              }
            }
          },
          controller.signal,
        );
      } catch (caught) {
        if (!controller.signal.aborted) setError(describeError(caught));
      } finally {
        setMessages((current) => current.filter((m) => !(m.id === pendingAnswerId && !m.content)));
        if (inFlight.current === controller) {
          inFlight.current = null;
          setAsking(false);
        }
        queryClient.invalidateQueries({ queryKey: assistantKeys.conversations });
      }
    },
    [queryClient, updatePending],
  );

  const startOver = useCallback((about?: { callId?: string }) => {
    inFlight.current?.abort();
    setMessages([]);
    setConversationId(undefined);
    setCallId(about?.callId);
    setError(undefined);
  }, []);

  const open = useCallback(async (id: string) => {
    try {
      const conversation = await fetchConversation(id);
      setMessages(conversation.messages);
      setConversationId(conversation.id);
      setCallId(conversation.messages.findLast((m) => m.callId)?.callId ?? undefined);
      setError(undefined);
    } catch (caught) {
      setError(describeError(caught));
    }
  }, []);

  const rate = useCallback(async (messageId: string, rating: 'up' | 'down' | null) => {
    try {
      const stored = await rateAnswer(messageId, rating);
      setMessages((current) =>
        current.map((m) => (m.id === messageId ? { ...m, feedback: stored.feedback } : m)),
      );
    } catch (caught) {
      setError(describeError(caught));
    }
  }, []);

  return {
    messages,
    conversationId,
    callId,
    setCallId,
    asking,
    error,
    /** Asks within the conversation on screen (and about its call, if any). */
    ask: (question: string) => ask(question, { callId, conversationId }),
    /** Asks outside any conversation on screen: a new one starts. Stable across renders. */
    askAbout: ask,
    startOver,
    open,
    rate,
  };
}
