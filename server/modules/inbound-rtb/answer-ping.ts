import { timingSafeEqual } from 'node:crypto';
import type { InboundWarning } from '../../../contracts/inbound-rtb';
import { REJECT_CODES } from '../../../contracts/inbound-rtb';
import { maskPhone } from '../../../contracts/phone';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import { newId } from '../../db/columns';
import { forbidden, notFound } from '../../lib/app-error';
import {
  acceptedResponse,
  adjustBid,
  adjustmentReason,
  bidTermsOf,
  rejectedResponse,
  WARNINGS,
} from './decide-bid';
import { checkCaller, precheck, type Rejection, termsFor } from './ping-checks';
import { callerHash, type PingInput } from './ping-input';
import * as repo from './repository';
import { reserveCapacity } from './reserve-capacity';

export type PingContext = { db: Database; config: Config; now: Date };

// The longest bid expiry a campaign may set (InboundRtbSettings.bidExpireSeconds).
const MAX_EXPIRY_MS = 3_600_000;

const sameSecret = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Answers a publisher's ping in Ringba's format and stores it, accepted or not. An accepted ping
 * is a bid: the caller's call within its expiry is routed where the bid reserved and earns it.
 */
export async function answerPing(ctx: PingContext, rtbId: string, input: PingInput) {
  const found = await repo.findCampaignByRtbId(ctx.db, rtbId);
  if (!found) throw notFound('Campaign');
  const { campaign } = found;
  const publisher = input.publisherId
    ? await repo.findPublisherInAccount(ctx.db, campaign.accountId, input.publisherId)
    : undefined;
  if (publisher?.rtbKey && !(input.key && sameSecret(input.key, publisher.rtbKey)))
    throw forbidden('The publisher key is missing or wrong');
  const hash = input.callerId ? callerHash(input.callerId) : null;
  const ping = {
    id: newId('ibp'),
    accountId: campaign.accountId,
    campaignId: campaign.id,
    publisherId: publisher?.id ?? null,
    callerMasked: input.callerId ? maskPhone(input.callerId) : null,
    callerHash: hash,
    tags: input.tags,
    createdAt: ctx.now,
  };
  const reject = async ({ reason, code }: Rejection) => {
    await repo.insertPing(ctx.db, { ...ping, accepted: false, rejectReason: reason, errorCode: code });
    return rejectedResponse(ping.id, reason, code);
  };

  const refused = await precheck(ctx, found, input, publisher);
  if (refused) return reject(refused);
  const warnings: InboundWarning[] = hash ? [] : [WARNINGS.noCallerId];
  const { terms, rule } = await termsFor(ctx.db, campaign, publisher);

  const open = hash
    ? await repo.findUnclaimedBid(ctx.db, {
        campaignId: campaign.id,
        callerHash: hash,
        since: new Date(ctx.now.getTime() - MAX_EXPIRY_MS),
        openAt: ctx.now,
      })
    : undefined;
  if (open?.expiresAt && open.phoneNumber) {
    await repo.insertPing(ctx.db, {
      ...ping,
      publisherId: open.publisherId,
      accepted: true,
      bidAmountCents: open.bidAmountCents,
      repeatOfId: open.id,
      expiresAt: open.expiresAt,
      phoneNumber: open.phoneNumber,
      warnings: [WARNINGS.repeated],
    });
    return acceptedResponse(
      {
        bidId: open.id,
        amountCents: open.bidAmountCents,
        expiresAt: open.expiresAt,
        phoneNumber: open.phoneNumber,
        sipAddress: input.sipOk ? sipAddressOf(open.phoneNumber, ctx.config) : null,
        bidTerms: bidTermsOf(terms),
        warnings: [...open.warnings, WARNINGS.repeated],
      },
      ctx.now,
    );
  }

  const refusedForCaller = await checkCaller(ctx, { ...found, publisher, terms, rule, input });
  if (refusedForCaller) return reject(refusedForCaller);

  const phoneNumber = await repo.pickCampaignNumber(ctx.db, campaign.id, publisher?.id ?? null);
  const reserved = phoneNumber
    ? await reserveCapacity(ctx, { campaign, phoneNumber, pingId: ping.id, input, terms })
    : null;
  if (!phoneNumber || !reserved)
    return reject({ reason: 'No capacity to take this call', code: REJECT_CODES.noCapacity });

  const adjusted = adjustBid(reserved.baseCents, found.settings?.bidAdjustments ?? [], input.tags);
  if ('rejectedBy' in adjusted)
    return reject({ reason: adjustmentReason(adjusted.rejectedBy), code: REJECT_CODES.tagFilter });
  const maxBid = found.settings?.maxBidCents;
  const amountCents = maxBid == null ? adjusted.amountCents : Math.min(adjusted.amountCents, maxBid);
  if (amountCents <= 0)
    return reject({ reason: 'No payable bid for this call', code: REJECT_CODES.noCapacity });

  const expiresAt = new Date(ctx.now.getTime() + (found.settings?.bidExpireSeconds ?? 60) * 1000);
  await repo.insertPing(ctx.db, {
    ...ping,
    accepted: true,
    bidAmountCents: amountCents,
    targetId: reserved.targetId,
    routerId: reserved.routerId,
    phoneNumber,
    expiresAt,
    warnings,
  });
  return acceptedResponse(
    {
      bidId: ping.id,
      amountCents,
      expiresAt,
      phoneNumber,
      sipAddress: input.sipOk ? sipAddressOf(phoneNumber, ctx.config) : null,
      bidTerms: bidTermsOf(terms),
      warnings,
    },
    ctx.now,
  );
}

/** SIP address for publishers that prefer SIP: the tracking number at this platform's host. */
function sipAddressOf(phoneNumber: string, config: Config) {
  return `sip:${phoneNumber}@${new URL(config.publicUrl).hostname}`;
}
