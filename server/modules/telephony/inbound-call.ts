import type { TraceEntry, TwimlEntry } from '../../../contracts/calls';
import { maskPhone, toE164 } from '../../../contracts/phone';
import { newId } from '../../db/columns';
import { recordCallEvents } from '../call-events/record-call-events';
import * as calls from '../calls/repository';
import { attributeCall } from '../dni/service';
import { runPublishedFlow } from '../flows/session-runner';
import { attributeCallSource } from '../inbound-rtb/match-call';
import { releaseUsage } from '../routing/repository';
import { traceEntry } from '../routing/select-targets';
import { findRecentCallFrom, getRoutingConfig, type RoutingConfig } from '../routing/service';
import type { CallPathContext } from './call-path-context';
import { type DialDecision, dialNextTarget } from './dial-next';
import type { TwilioParams } from './signature';
import { fallbackTwiml, rejectTwiml } from './twiml';

export const twimlEntry = (step: number, at: Date, event: string, twiml: string): TwimlEntry => ({
  step,
  at: at.toISOString(),
  event,
  twiml,
});

/** Twilio sends E.164 already; anything else (anonymous, SIP) is kept as sent. */
const normalised = (value: string | undefined) => (value ? (toE164(value) ?? value) : '');

/**
 * The incoming-call webhook: find the campaign by the dialed number, record the call, route it,
 * and answer with TwiML. A retried webhook for the same CallSid gets the same answer again.
 */
export async function answerInboundCall(ctx: CallPathContext, params: TwilioParams): Promise<string> {
  const now = ctx.now();
  const to = normalised(params.To);
  const from = normalised(params.From);
  const config = await getRoutingConfig(ctx.db, to);
  if (!config) {
    ctx.log.warn({ to: maskPhone(to), from: maskPhone(from) }, 'call to an unknown number');
    return fallbackTwiml();
  }
  try {
    return await routeInboundCall(ctx, config, params, { now, to, from });
  } catch (error) {
    // The caller still hears the campaign's fallback; the error is for us to fix.
    ctx.log.error({ err: error, to: maskPhone(to) }, 'inbound call failed; answered with the fallback');
    return fallbackTwiml(config.campaign ?? {});
  }
}

async function routeInboundCall(
  ctx: CallPathContext,
  config: RoutingConfig,
  params: TwilioParams,
  { now, to, from }: { now: Date; to: string; from: string },
): Promise<string> {
  const visit = config.poolId
    ? await attributeCall(ctx.db, { poolId: config.poolId, numberId: config.numberId, at: now }).catch(
        (error) => {
          // Attribution is a nicety; the call is routed without it.
          ctx.log.error({ err: error, to: maskPhone(to) }, 'DNI attribution failed');
          return undefined;
        },
      )
    : undefined;
  const call = {
    id: newId('call'),
    accountId: config.accountId,
    callSid: params.CallSid,
    campaignId: config.campaign?.id ?? null,
    numberId: config.numberId,
    fromNumber: from,
    toNumber: to,
    fromCity: params.FromCity || null,
    fromState: params.FromState || null,
    fromZip: params.FromZip || null,
    status: 'ringing',
    startedAt: now,
    ...(visit && {
      dniSessionId: visit.sessionId,
      utmSource: visit.utmSource,
      utmMedium: visit.utmMedium,
      utmCampaign: visit.utmCampaign,
      utmTerm: visit.utmTerm,
      utmContent: visit.utmContent,
      clickIds: visit.clickIds,
      landingPage: visit.landingPage,
      referrer: visit.referrer,
      visitorGeo: visit.geo,
    }),
  };
  const { inserted, usage } = await calls.insertCallReadingUsage(
    ctx.db,
    call,
    config.plan.map((entry) => entry.target.id),
  );
  if (!inserted) {
    const existing = await calls.findCallBySid(ctx.db, params.CallSid);
    return (
      existing?.twiml.find((entry) => entry.event === 'voice')?.twiml ?? fallbackTwiml(config.campaign ?? {})
    );
  }

  const campaign = config.campaign;
  const source = await attributeCallSource(ctx.db, { call, campaign, now });
  const info = (step: number, reason: string, detail: string) =>
    traceEntry(step, now, { outcome: 'info', reason, detail });
  let trace: TraceEntry[] = source.trace;
  let decision: Pick<DialDecision, 'twiml' | 'targetId' | 'buyerId' | 'attempt' | 'claimed'> & {
    outcome: string;
  };
  let isDuplicate = false;

  if (campaign?.status !== 'active') {
    const why = campaign ? `Campaign "${campaign.name}" is ${campaign.status}` : 'Number has no campaign';
    trace = [info(1, 'campaign_inactive', why)];
    decision = { twiml: fallbackTwiml(campaign ?? {}), outcome: 'fallback', targetId: null, buyerId: null };
  } else {
    const previous =
      campaign.duplicateWindowHours > 0 && from
        ? await findRecentCallFrom(ctx.db, {
            campaignId: campaign.id,
            fromNumber: from,
            windowHours: campaign.duplicateWindowHours,
            excludeCallId: call.id,
            now,
          })
        : undefined;
    isDuplicate = !!previous;
    if (previous) {
      trace.push(
        info(
          trace.length + 1,
          'duplicate',
          `Repeat caller within ${campaign.duplicateWindowHours} h; action: ${campaign.duplicateAction}`,
        ),
      );
    }
    if (source.reject || (previous && campaign.duplicateAction === 'reject')) {
      decision = { twiml: rejectTwiml(), outcome: 'rejected', targetId: null, buyerId: null };
    } else {
      // A campaign with a published call flow runs it instead of its plain routing plan, unless a
      // publisher's won bid reserved a target: the bid's promise comes first.
      const dial =
        (!source.preferTargetId &&
          (await runPublishedFlow(ctx, {
            config: { ...config, campaign },
            call,
            usage,
            isDuplicate,
            firstStep: trace.length + 1,
          }))) ||
        (await dialNextTarget(ctx, {
          config: { ...config, campaign },
          call,
          attemptNumber: 1,
          tried: new Set(),
          preferTargetId:
            source.preferTargetId ?? (campaign.duplicateAction === 'same_target' ? previous?.targetId : null),
          preferReason: source.preferTargetId ? 'bid_reserved_target' : undefined,
          usage,
          isDuplicate,
          firstStep: trace.length + 1,
        }));
      trace = [...trace, ...dial.trace];
      decision = dial;
    }
  }

  const { recorded } = await calls.recordCallStep(
    ctx.db,
    call.id,
    { trace, twiml: [twimlEntry(1, now, 'voice', decision.twiml)], attempt: decision.attempt, at: now },
    { outcome: decision.outcome, targetId: decision.targetId, buyerId: decision.buyerId, isDuplicate },
  );
  if (!recorded && decision.claimed) await releaseUsage(ctx.db, decision.claimed);
  await recordCallEvents(
    ctx.db,
    call,
    decision.outcome === 'routed' ? ['incoming', 'routed'] : ['incoming'],
    now,
  );
  ctx.log.info(
    {
      callId: call.id,
      from: maskPhone(from),
      to: maskPhone(to),
      outcome: decision.outcome,
      targetId: decision.targetId,
    },
    'inbound call answered',
  );
  return decision.twiml;
}
