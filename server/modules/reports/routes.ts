import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CallsQuery } from '../../../contracts/calls';
import { ErrorResponse, IdParams, listOf } from '../../../contracts/common';
import {
  CampaignStats,
  CampaignStatsQuery,
  CreateSavedViewInput,
  HistoricalStats,
  HistoricalStatsQuery,
  InboundPingOutcome,
  LiveStats,
  RtbBidderStats,
  RtbStatsQuery,
  SavedView,
} from '../../../contracts/stats';
import { authOf } from '../../plugins/auth';
import { exportCalls, exportReport } from './exports';
import { registerLiveStream } from './live-stream';
import * as service from './service';

const tags = ['Reports'];
const csv = { 200: z.string().describe('text/csv'), 400: ErrorResponse };

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/stats/historical',
    {
      schema: {
        tags,
        summary: 'Call figures over a date range, grouped by a period or a dimension, with filters',
        querystring: HistoricalStatsQuery,
        response: { 200: HistoricalStats, 400: ErrorResponse },
      },
    },
    async (request) => service.historicalStats(app.db, authOf(request).accountId, request.query),
  );

  app.get(
    '/stats/campaign/:id',
    {
      schema: {
        tags,
        summary: 'One campaign’s totals and figures per day',
        params: IdParams,
        querystring: CampaignStatsQuery,
        response: { 200: CampaignStats, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) =>
      service.campaignStats(app.db, authOf(request).accountId, request.params.id, request.query),
  );

  app.get(
    '/stats/live',
    {
      schema: {
        tags,
        summary: 'Calls in progress now, per campaign and target',
        response: { 200: LiveStats },
      },
    },
    async (request) => service.liveStats(app.db, authOf(request).accountId),
  );
  registerLiveStream(app);

  app.get(
    '/stats/rtb',
    {
      schema: {
        tags,
        summary: 'Per RTB bidder: pings, bids, win rate, average and winning bid, latency, timeouts',
        querystring: RtbStatsQuery,
        response: { 200: listOf(RtbBidderStats), 400: ErrorResponse },
      },
    },
    async (request) => service.rtbBidderStats(app.db, authOf(request).accountId, request.query),
  );

  app.get(
    '/stats/inbound-pings',
    {
      schema: {
        tags,
        summary: "Publishers' inbound pings by outcome: accepted, or each reject reason and error code",
        querystring: RtbStatsQuery,
        response: { 200: listOf(InboundPingOutcome), 400: ErrorResponse },
      },
    },
    async (request) => service.inboundPingStats(app.db, authOf(request).accountId, request.query),
  );

  app.get(
    '/report-views',
    {
      schema: {
        tags,
        summary: 'Your saved report views',
        response: { 200: listOf(SavedView), 403: ErrorResponse },
      },
    },
    async (request) => service.listSavedViews(app.db, authOf(request)),
  );

  app.post(
    '/report-views',
    {
      schema: {
        tags,
        summary: 'Save a report view (for you only)',
        body: CreateSavedViewInput,
        response: { 201: SavedView, 400: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.createSavedView(app.db, authOf(request), request.body)),
  );

  app.delete(
    '/report-views/:id',
    {
      schema: {
        tags,
        summary: 'Delete one of your saved report views',
        params: IdParams,
        response: { 204: z.null(), 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      await service.deleteSavedView(app.db, authOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/exports/calls.csv',
    {
      schema: {
        tags,
        summary: 'The call log as CSV (same filters), streamed',
        querystring: CallsQuery.omit({ limit: true, cursor: true }),
        produces: ['text/csv'],
        response: csv,
      },
    },
    async (request, reply) => exportCalls(app.db, reply, authOf(request).accountId, request.query),
  );

  app.get(
    '/exports/report.csv',
    {
      schema: {
        tags,
        summary: 'A report as CSV',
        querystring: HistoricalStatsQuery,
        produces: ['text/csv'],
        response: csv,
      },
    },
    async (request, reply) => exportReport(app.db, reply, authOf(request).accountId, request.query),
  );
};
