import { z } from 'zod';
import { Timestamp } from './common';

export const AnswerMode = z.enum(['online', 'offline']);
export type AnswerMode = z.infer<typeof AnswerMode>;

export const AnswerSource = z.object({
  slug: z.string(),
  sectionId: z.string(),
  title: z.string().describe('Page title › section title'),
});
export type AnswerSource = z.infer<typeof AnswerSource>;

export const AssistantMessage = z.object({
  id: z.string(),
  role: z.enum(['user', 'assistant']),
  content: z.string().describe('Markdown'),
  mode: AnswerMode.nullable().describe('Answers: online (Claude) or offline (local search)'),
  sources: z.array(AnswerSource),
  callId: z.string().nullable(),
  feedback: z.enum(['up', 'down']).nullable(),
  createdAt: Timestamp,
});
export type AssistantMessage = z.infer<typeof AssistantMessage>;

export const Conversation = z.object({
  id: z.string(),
  title: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Conversation = z.infer<typeof Conversation>;

export const ConversationDetail = Conversation.extend({ messages: z.array(AssistantMessage) });
export type ConversationDetail = z.infer<typeof ConversationDetail>;

export const AskInput = z.object({
  question: z.string().trim().min(1, 'Ask a question').max(2000),
  conversationId: z.string().max(64).optional(),
  callId: z.string().max(64).optional().describe('A call of yours the question is about'),
  stream: z
    .boolean()
    .default(false)
    .describe('Answer as a stream of JSON lines (meta, delta, reset, done) instead of one JSON body'),
});
export type AskInput = z.input<typeof AskInput>;

export const AskResult = z.object({
  conversationId: z.string(),
  question: AssistantMessage,
  answer: AssistantMessage,
});
export type AskResult = z.infer<typeof AskResult>;

/** One line of a streamed answer. `reset` drops the text so far (the answer restarts offline). */
export const AskStreamEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('meta'), conversationId: z.string(), questionId: z.string() }),
  z.object({ type: z.literal('delta'), text: z.string() }),
  z.object({ type: z.literal('reset') }),
  z.object({ type: z.literal('done'), answer: AssistantMessage }),
  z.object({ type: z.literal('error'), message: z.string() }),
]);
export type AskStreamEvent = z.infer<typeof AskStreamEvent>;

export const FeedbackInput = z.object({ rating: z.enum(['up', 'down']).nullable() });

export const AssistantStatus = z.object({ mode: AnswerMode, model: z.string().nullable() });
