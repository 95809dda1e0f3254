import type { FastifyBaseLogger } from 'fastify';
import type {
  AskInput,
  AskResult,
  AskStreamEvent,
  AssistantMessage,
  Conversation,
} from '../../../contracts/assistant';
import type { CallDetail } from '../../../contracts/calls';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import type { AssistantConversationRow, AssistantMessageRow } from '../../db/schema';
import { AppError, notFound } from '../../lib/app-error';
import { getCall } from '../calls/service';
import type { PingRateLimiter } from '../rtb/ping-rate-limiter';
import { callSearchTerms, describeCall } from './call-context';
import { claudeSettings, completeWithClaude, streamFromClaude } from './claude';
import { composeOfflineAnswer, type OfflineReason, sourceOf } from './offline-answer';
import { docsIndex } from './passages';
import { buildPrompt } from './prompt';
import type { Owner } from './repository';
import * as repo from './repository';
import { type SearchHit, searchPassages } from './search';

export type { Owner };

/** Passages put in Claude's prompt. */
const PROMPT_PASSAGES = 5;
const CALL_ID_IN_TEXT = /\bcall_[0-9A-Za-z]{16}\b/;

export const toConversationDto = (row: AssistantConversationRow): Conversation => ({
  id: row.id,
  title: row.title,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const toMessageDto = (row: AssistantMessageRow): AssistantMessage => ({
  id: row.id,
  role: row.role,
  content: row.content,
  mode: row.mode,
  sources: row.sources ?? [],
  callId: row.callId,
  feedback: row.feedback,
  createdAt: row.createdAt.toISOString(),
});

export async function listConversations(db: Database, owner: Owner) {
  return { items: (await repo.listConversations(db, owner)).map(toConversationDto) };
}

export async function getConversation(db: Database, owner: Owner, id: string) {
  const conversation = await repo.findConversation(db, owner, id);
  if (!conversation) throw notFound('Conversation');
  const messages = await repo.listMessages(db, id);
  return { ...toConversationDto(conversation), messages: messages.map(toMessageDto) };
}

export async function deleteConversation(db: Database, owner: Owner, id: string) {
  if (!(await repo.deleteConversation(db, owner, id))) throw notFound('Conversation');
}

export async function rateAnswer(
  db: Database,
  owner: Owner,
  messageId: string,
  rating: 'up' | 'down' | null,
) {
  const row = await repo.setFeedback(db, owner, messageId, rating);
  if (!row) throw notFound('Answer');
  return toMessageDto(row);
}

/** A question checked, stored and matched with its passages and call, ready to be answered. */
export type PreparedQuestion = {
  owner: Owner;
  conversationId: string;
  question: AssistantMessageRow;
  history: AssistantMessageRow[];
  call: CallDetail | undefined;
  hits: SearchHit[];
};

/** A call of the asker's own account, or nothing: another account's call is never found. */
async function ownCall(db: Database, accountId: string, callId: string | undefined) {
  if (!callId) return undefined;
  try {
    return await getCall(db, accountId, callId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return undefined;
    throw error;
  }
}

/**
 * Everything that can refuse a question happens here, before an answer starts streaming: the
 * rate limit, a conversation or call that is not the asker's (404, and nothing is stored).
 */
export async function prepareQuestion(options: {
  db: Database;
  owner: Owner;
  input: Pick<AskInput, 'question' | 'conversationId' | 'callId'>;
  limiter: PingRateLimiter;
  perMinute: number;
}): Promise<PreparedQuestion> {
  const { db, owner, input } = options;
  const limitKey = owner.userId ?? `${owner.accountId}:api-keys`;
  if (options.limiter.take(limitKey, { perMinute: options.perMinute }, Date.now())) {
    throw new AppError('RATE_LIMITED', 'Too many questions; wait a minute and ask again');
  }
  const existing = input.conversationId
    ? await repo.findConversation(db, owner, input.conversationId)
    : undefined;
  if (input.conversationId && !existing) throw notFound('Conversation');
  const namedCall = await ownCall(db, owner.accountId, input.callId);
  if (input.callId && !namedCall) throw notFound('Call');
  const call = namedCall ?? (await ownCall(db, owner.accountId, CALL_ID_IN_TEXT.exec(input.question)?.[0]));
  const history = existing ? await repo.listMessages(db, existing.id) : [];
  const conversation = existing ?? (await repo.insertConversation(db, owner, titleOf(input.question)));
  const question = await repo.insertMessage(db, {
    conversationId: conversation.id,
    accountId: owner.accountId,
    role: 'user',
    content: input.question,
    callId: call?.id ?? null,
  });
  const query = call ? `${input.question} ${callSearchTerms(call)}` : input.question;
  return {
    owner,
    conversationId: conversation.id,
    question,
    history,
    call,
    hits: searchPassages(docsIndex(), query, PROMPT_PASSAGES),
  };
}

function titleOf(question: string): string {
  const flat = question.replace(/\s+/g, ' ').trim();
  return flat.length <= 80 ? flat : `${flat.slice(0, 77)}…`;
}

type Answer = Pick<AssistantMessage, 'content' | 'sources' | 'mode'>;

async function answerOnline(options: {
  config: Config;
  prepared: PreparedQuestion;
  emit?: (event: AskStreamEvent) => void;
  signal?: AbortSignal;
}): Promise<Answer | OfflineReason> {
  const settings = claudeSettings(options.config);
  if (!settings) return 'not_configured';
  const { prepared, emit } = options;
  const prompt = buildPrompt({
    question: prepared.question.content,
    hits: prepared.hits,
    history: prepared.history.map((m) => ({ role: m.role, content: m.content })),
    callDescription: prepared.call && describeCall(prepared.call),
  });
  let content = '';
  if (emit) {
    for await (const text of streamFromClaude(settings, prompt, options.signal)) {
      content += text;
      emit({ type: 'delta', text });
    }
  } else {
    content = await completeWithClaude(settings, prompt);
  }
  if (!content.trim()) throw new Error('Claude answered with no text');
  return { content, sources: prepared.hits.map(sourceOf), mode: 'online' };
}

/**
 * Answers with Claude when it is configured and answers; otherwise (or when it fails or falls
 * silent) from the local search, saying so. `emit` receives the answer as it is written.
 */
export async function answerQuestion(options: {
  db: Database;
  config: Config;
  log: FastifyBaseLogger;
  prepared: PreparedQuestion;
  emit?: (event: AskStreamEvent) => void;
  signal?: AbortSignal;
}): Promise<AskResult> {
  const { db, prepared, emit } = options;
  let answer: Answer | OfflineReason;
  let streamed = false;
  try {
    const markStreamed = (event: AskStreamEvent) => {
      streamed = true;
      emit?.(event);
    };
    answer = await answerOnline({ ...options, emit: emit && markStreamed });
  } catch (error) {
    options.log.warn({ err: error }, 'assistant: Claude did not answer; answering offline');
    if (streamed) emit?.({ type: 'reset' });
    answer = 'unavailable';
  }
  if (typeof answer === 'string') {
    const offline = composeOfflineAnswer({
      question: prepared.question.content,
      hits: prepared.hits,
      reason: answer,
      callDescription: prepared.call && describeCall(prepared.call),
    });
    emit?.({ type: 'delta', text: offline.content });
    answer = { ...offline, mode: 'offline' };
  }
  const row = await repo.insertMessage(db, {
    conversationId: prepared.conversationId,
    accountId: prepared.owner.accountId,
    role: 'assistant',
    content: answer.content,
    mode: answer.mode,
    sources: answer.sources,
    callId: prepared.call?.id ?? null,
  });
  await repo.touchConversation(db, prepared.conversationId, row.createdAt);
  return {
    conversationId: prepared.conversationId,
    question: toMessageDto(prepared.question),
    answer: toMessageDto(row),
  };
}
