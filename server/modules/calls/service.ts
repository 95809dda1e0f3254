import type { z } from 'zod';
import type { Call, CallDetail, CallsQuery } from '../../../contracts/calls';
import type { Database } from '../../db/client';
import type { CallAttemptRow, CallRow } from '../../db/schema';
import { invalidFields, notFound } from '../../lib/app-error';
import { publisherOfCall } from '../publishers/call-publisher';
import { auctionOfCall } from '../rtb/bid-log';
import * as repo from './repository';

type Names = { campaignName: string | null; targetName: string | null; buyerName: string | null };

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toCallDto(row: CallRow, names: Names): Call {
  return {
    id: row.id,
    callSid: row.callSid,
    campaignId: row.campaignId,
    campaignName: names.campaignName,
    numberId: row.numberId,
    targetId: row.targetId,
    targetName: names.targetName,
    buyerId: row.buyerId,
    buyerName: names.buyerName,
    fromNumber: row.fromNumber,
    toNumber: row.toNumber,
    fromCity: row.fromCity,
    fromState: row.fromState,
    fromZip: row.fromZip,
    status: row.status as Call['status'],
    outcome: row.outcome,
    isDuplicate: row.isDuplicate,
    startedAt: row.startedAt.toISOString(),
    answeredAt: iso(row.answeredAt),
    endedAt: iso(row.endedAt),
    durationSeconds: row.durationSeconds,
    connectedSeconds: row.connectedSeconds,
    converted: row.converted,
    revenueCents: row.revenueCents,
    payoutCents: row.payoutCents,
    profitCents: row.revenueCents - row.payoutCents,
    recordingUrl: row.recordingUrl,
    recordingDurationSeconds: row.recordingDurationSeconds,
    attribution: row.dniSessionId
      ? {
          sessionId: row.dniSessionId,
          utmSource: row.utmSource,
          utmMedium: row.utmMedium,
          utmCampaign: row.utmCampaign,
          utmTerm: row.utmTerm,
          utmContent: row.utmContent,
          clickIds: row.clickIds ?? {},
          landingPage: row.landingPage,
          referrer: row.referrer,
          geo: row.visitorGeo ?? null,
        }
      : null,
  };
}

const toAttemptDto = (row: CallAttemptRow, names: Map<string, string>) => ({
  id: row.id,
  attempt: row.attempt,
  targetId: row.targetId,
  rtbTargetId: row.rtbTargetId,
  agentId: row.agentId,
  targetName: names.get(row.targetId ?? row.rtbTargetId ?? row.agentId ?? '') ?? null,
  revenueCents: row.revenueCents,
  destination: row.destination,
  status: row.status,
  startedAt: row.startedAt.toISOString(),
  answeredAt: iso(row.answeredAt),
  endedAt: iso(row.endedAt),
  connectedSeconds: row.connectedSeconds,
});

function encodeCursor(row: CallRow): string {
  return Buffer.from(`${row.startedAt.toISOString()}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { startedAt: Date; id: string } {
  const [startedAt, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const date = new Date(startedAt);
  if (!id || Number.isNaN(date.getTime()))
    throw invalidFields([{ field: 'cursor', message: 'Not a cursor from this API' }]);
  return { startedAt: date, id };
}

export async function listCalls(db: Database, accountId: string, query: z.output<typeof CallsQuery>) {
  const rows = await repo.findCalls(
    db,
    accountId,
    {
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      campaignId: query.campaignId,
      buyerId: query.buyerId,
      targetId: query.targetId,
      status: query.status,
      converted: query.converted,
      callerDigits: query.caller?.replace(/\D/g, '') || undefined,
      utmSource: query.utmSource,
    },
    { limit: query.limit, after: query.cursor ? decodeCursor(query.cursor) : undefined },
  );
  const page = rows.slice(0, query.limit);
  return {
    items: page.map(({ call, ...names }) => toCallDto(call, names)),
    nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1].call) : null,
  };
}

export async function getCall(db: Database, accountId: string, callId: string): Promise<CallDetail> {
  const found = await repo.findCallInAccount(db, accountId, callId);
  if (!found) throw notFound('Call');
  const attempts = await repo.listAttempts(db, callId);
  const [names, auction, publisher] = await Promise.all([
    repo.attemptTargetNames(db, attempts),
    auctionOfCall(db, accountId, callId),
    publisherOfCall(db, found.call),
  ]);
  const { call, ...callNames } = found;
  return {
    ...toCallDto(call, callNames),
    trace: call.trace,
    attempts: attempts.map((a) => toAttemptDto(a, names)),
    twiml: call.twiml,
    auction,
    publisher,
  };
}
