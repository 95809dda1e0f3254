import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AskInput,
  AskResult,
  AssistantMessage,
  AssistantStatus,
  Conversation,
  ConversationDetail,
  FeedbackInput,
} from '../../../contracts/assistant';
import { ErrorResponse, IdParams, listOf } from '../../../contracts/common';
import { authOf } from '../../plugins/auth';
import { PingRateLimiter } from '../rtb/ping-rate-limiter';
import { claudeSettings } from './claude';
import * as service from './service';

const tags = ['Help assistant'];
// Asking and rating only touch the asker's own conversation, so viewers may do both.
const forViewersToo = { viewersMayWrite: true };

export const assistantRoutes: FastifyPluginAsyncZod = async (app) => {
  // The RTB ping limiter is a plain sliding window per key; here the key is the asker.
  const limiter = new PingRateLimiter();
  const ownerOf = (request: Parameters<typeof authOf>[0]) => {
    const { accountId, userId } = authOf(request);
    return { accountId, userId };
  };

  app.get(
    '/assistant/status',
    {
      schema: {
        tags,
        summary: 'Whether answers come from Claude (online) or the local search (offline)',
        response: { 200: AssistantStatus },
      },
    },
    async () => {
      const settings = claudeSettings(app.config);
      return { mode: settings ? 'online' : 'offline', model: settings?.model ?? null } as const;
    },
  );

  app.get(
    '/assistant/conversations',
    {
      schema: {
        tags,
        summary: 'Your conversations with the assistant, latest first',
        response: { 200: listOf(Conversation) },
      },
    },
    async (request) => service.listConversations(app.db, ownerOf(request)),
  );

  app.get(
    '/assistant/conversations/:id',
    {
      schema: {
        tags,
        summary: 'One of your conversations with its messages',
        params: IdParams,
        response: { 200: ConversationDetail, 404: ErrorResponse },
      },
    },
    async (request) => service.getConversation(app.db, ownerOf(request), request.params.id),
  );

  app.delete(
    '/assistant/conversations/:id',
    {
      config: forViewersToo,
      schema: {
        tags,
        summary: 'Delete one of your conversations',
        params: IdParams,
        response: { 204: z.null(), 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      await service.deleteConversation(app.db, ownerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/assistant/ask',
    {
      config: forViewersToo,
      schema: {
        tags,
        summary:
          'Ask the help assistant; with stream: true the answer comes as JSON lines (application/x-ndjson)',
        body: AskInput,
        response: { 200: AskResult, 400: ErrorResponse, 404: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      const prepared = await service.prepareQuestion({
        db: app.db,
        owner: ownerOf(request),
        input: request.body,
        limiter,
        perMinute: app.config.assistant.rateLimitPerMinute,
      });
      const answer = { db: app.db, config: app.config, log: request.log, prepared };
      if (!request.body.stream) return service.answerQuestion(answer);

      const stream = new PassThrough();
      const stopped = new AbortController();
      // The asker closed the panel: stop paying for an answer nobody reads (it is still stored).
      reply.raw.on('close', () => stopped.abort());
      const write = (event: object) => stream.write(`${JSON.stringify(event)}\n`);
      write({ type: 'meta', conversationId: prepared.conversationId, questionId: prepared.question.id });
      service
        .answerQuestion({ ...answer, emit: write, signal: stopped.signal })
        .then((result) => write({ type: 'done', answer: result.answer }))
        .catch((error) => {
          request.log.error({ err: error }, 'assistant: answer failed');
          write({ type: 'error', message: 'The answer could not be saved. Please ask again.' });
        })
        .finally(() => stream.end());
      // The stream is not the JSON body the schema describes; Fastify sends streams as they are.
      return (reply as FastifyReply)
        .header('content-type', 'application/x-ndjson; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('x-accel-buffering', 'no')
        .send(stream);
    },
  );

  app.put(
    '/assistant/messages/:id/feedback',
    {
      config: forViewersToo,
      schema: {
        tags,
        summary: 'Thumbs up or down on an answer (null clears it)',
        params: IdParams,
        body: FeedbackInput,
        response: { 200: AssistantMessage, 404: ErrorResponse },
      },
    },
    async (request) => service.rateAnswer(app.db, ownerOf(request), request.params.id, request.body.rating),
  );
};
