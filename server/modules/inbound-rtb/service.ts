import type { InboundPing, InboundRtbConfig, InboundRtbSettings } from '../../../contracts/inbound-rtb';
import type { Database } from '../../db/client';
import type { CampaignInboundRtbRow, InboundPingRow } from '../../db/schema';
import { notFound } from '../../lib/app-error';
import * as repo from './repository';

export const pingPath = (rtbId: string) => `/api/rtb/v1/${rtbId}`;

const DEFAULTS: InboundRtbSettings = {
  callerIdRequired: false,
  rateLimit: null,
  bidExpireSeconds: 60,
  staleBid: 'route_no_pay',
  maxBidCents: null,
  bidAdjustments: [],
  tagFilters: [],
};

function toSettings(row: CampaignInboundRtbRow | null): InboundRtbSettings {
  if (!row) return DEFAULTS;
  return {
    callerIdRequired: row.callerIdRequired,
    rateLimit:
      row.rateLimitMax == null
        ? null
        : { maxRequests: row.rateLimitMax, perSeconds: row.rateLimitSeconds as 60 | 3600 | 86400 },
    bidExpireSeconds: row.bidExpireSeconds,
    staleBid: row.staleBid,
    maxBidCents: row.maxBidCents,
    bidAdjustments: row.bidAdjustments,
    tagFilters: row.tagFilters,
  };
}

async function findCampaign(db: Database, accountId: string, campaignId: string) {
  const found = await repo.findCampaignSettings(db, accountId, campaignId);
  if (!found) throw notFound('Campaign');
  return found;
}

export async function getInboundRtb(
  db: Database,
  accountId: string,
  campaignId: string,
): Promise<InboundRtbConfig> {
  const { campaign, settings } = await findCampaign(db, accountId, campaignId);
  return { ...toSettings(settings), rtbId: campaign.rtbId, pingPath: pingPath(campaign.rtbId) };
}

export async function saveInboundRtb(
  db: Database,
  accountId: string,
  campaignId: string,
  input: InboundRtbSettings,
): Promise<InboundRtbConfig> {
  await findCampaign(db, accountId, campaignId);
  await repo.saveSettings(db, {
    campaignId,
    accountId,
    callerIdRequired: input.callerIdRequired,
    rateLimitMax: input.rateLimit?.maxRequests ?? null,
    rateLimitSeconds: input.rateLimit?.perSeconds ?? 60,
    bidExpireSeconds: input.bidExpireSeconds,
    staleBid: input.staleBid,
    maxBidCents: input.maxBidCents,
    bidAdjustments: input.bidAdjustments,
    tagFilters: input.tagFilters,
  });
  return getInboundRtb(db, accountId, campaignId);
}

const toPingDto = (row: InboundPingRow): InboundPing => ({
  id: row.id,
  campaignId: row.campaignId,
  publisherId: row.publisherId,
  caller: row.callerMasked,
  tags: row.tags,
  accepted: row.accepted,
  bidAmountCents: row.bidAmountCents,
  rejectReason: row.rejectReason,
  errorCode: row.errorCode,
  repeat: row.repeatOfId != null,
  reservedTargetId: row.targetId,
  callId: row.callId,
  createdAt: row.createdAt.toISOString(),
});

export async function listInboundPings(db: Database, accountId: string, campaignId: string) {
  await findCampaign(db, accountId, campaignId);
  return (await repo.listPings(db, accountId, campaignId, 100)).map(toPingDto);
}
