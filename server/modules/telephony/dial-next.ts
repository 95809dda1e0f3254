import type { TraceEntry, TraceReason } from '../../../contracts/calls';
import { newId } from '../../db/columns';
import type { CallRow, CampaignRow } from '../../db/schema';
import { routeToAgentGroup } from '../agents/queue';
import type { NewAttempt } from '../calls/repository';
import type { ClaimSpec } from '../routing/repository';
import type { Caller, TargetUsage } from '../routing/select-targets';
import { traceEntry } from '../routing/select-targets';
import { claimTarget, type RoutingConfig } from '../routing/service';
import { takeRouterBid } from '../rtb/router-auction';
import { type CallPathContext, webhookUrls } from './call-path-context';
import { type DialSpec, dialTwiml, fallbackTwiml } from './twiml';

/** A call tries at most this many targets before it falls back. */
export const MAX_ATTEMPTS = 5;
const RTB_DIAL_TIMEOUT_SECONDS = 30;

/** What routing needs to know about a call (a stored call, or one being recorded right now). */
export type CallBeingRouted = Pick<CallRow, 'id' | 'accountId' | 'fromNumber' | 'toNumber'> &
  Partial<Pick<CallRow, 'fromState' | 'fromZip' | 'startedAt'>>;

export type DialDecision = {
  twiml: string;
  trace: TraceEntry[];
  outcome: 'routed' | 'fallback' | 'queued';
  targetId: string | null;
  buyerId: string | null;
  /** The attempt to record with this step, when a target was claimed. */
  attempt?: NewAttempt;
  /** The place claimed for it: given back if the attempt cannot be recorded. */
  claimed?: ClaimSpec;
};

function callerIdFor(
  policy: string,
  options: { fixed: string | null; campaign: CampaignRow; call: CallBeingRouted },
) {
  switch (policy) {
    case 'fixed':
      return options.fixed;
    case 'campaign_default':
      return options.campaign.defaultCallerId ?? options.call.toNumber;
    default:
      return options.call.fromNumber;
  }
}

export function callerOf(call: CallBeingRouted): Caller {
  const digits = call.fromNumber.replace(/\D/g, '');
  const areaCode = call.fromNumber.startsWith('+1') && digits.length === 11 ? digits.slice(1, 4) : null;
  return { state: call.fromState ?? null, zip: call.fromZip ?? null, areaCode };
}

/**
 * Claims the next eligible target for the call and answers with its <Dial>, or with the campaign's
 * fallback when none is left (or the attempt budget is spent).
 */
export async function dialNextTarget(
  ctx: CallPathContext,
  input: {
    config: RoutingConfig & { campaign: CampaignRow };
    call: CallBeingRouted;
    attemptNumber: number;
    tried: ReadonlySet<string>;
    preferTargetId?: string | null;
    preferReason?: TraceReason;
    firstStep: number;
    usage?: Map<string, TargetUsage>;
    isDuplicate?: boolean;
    /** A call flow's Router takes the dial's outcome itself, and may whisper to the agent. */
    actionUrl?: (attempt: number) => string;
    whisperUrl?: string | null;
  },
): Promise<DialDecision> {
  const { config, call } = input;
  const now = ctx.now();
  const fallback = (trace: TraceEntry[], detail: string): DialDecision => ({
    twiml: fallbackTwiml(config.campaign),
    trace: [
      ...trace,
      traceEntry(input.firstStep + trace.length, now, { outcome: 'info', reason: 'fallback', detail }),
    ],
    outcome: 'fallback',
    targetId: null,
    buyerId: null,
  });
  if (input.attemptNumber > MAX_ATTEMPTS) return fallback([], `Gave up after ${MAX_ATTEMPTS} attempts`);

  const urls = webhookUrls(ctx.publicUrl, call.id);
  const dial = (
    spec: Pick<DialSpec, 'destination' | 'sipHeaders' | 'callerId' | 'timeoutSeconds' | 'sendDigits'>,
  ) =>
    dialTwiml({
      ...spec,
      record: config.campaign.record,
      actionUrl: (input.actionUrl ?? urls.dialAction)(input.attemptNumber),
      whisperUrl: input.whisperUrl,
      statusCallbackUrl: urls.legStatus(input.attemptNumber),
      recordingCallbackUrl: urls.recording,
    });
  const attemptBase = { id: newId('att'), accountId: call.accountId, attempt: input.attemptNumber };
  const trace: TraceEntry[] = [];
  const claimRequest = {
    config,
    caller: callerOf(call),
    tried: input.tried,
    preferTargetId: input.preferTargetId,
    preferReason: input.preferReason,
    now,
    usage: input.usage,
  };

  // Targets, RTB routers and agent groups take turns by priority; with targets alone this is one
  // pass over them.
  const others = [...config.routers, ...config.agentGroups];
  const priorities = others.length
    ? [...new Set([...config.plan.map((e) => e.priority), ...others.map((r) => r.priority)])].sort(
        (a, b) => a - b,
      )
    : [undefined];
  for (const priority of priorities) {
    const found = await claimTarget(ctx.db, {
      ...claimRequest,
      priority,
      firstStep: input.firstStep + trace.length,
    });
    trace.push(...found.trace);
    if (found.claim) {
      const target = found.claim.target.row;
      return {
        twiml: dial({
          destination: target.destination,
          sipHeaders: target.sipHeaders,
          callerId: callerIdFor(target.callerIdPolicy, {
            fixed: target.callerIdNumber,
            campaign: config.campaign,
            call,
          }),
          timeoutSeconds: target.dialTimeoutSeconds,
        }),
        trace,
        outcome: 'routed',
        targetId: target.id,
        buyerId: target.buyerId,
        claimed: found.claim.spec,
        attempt: {
          ...attemptBase,
          targetId: target.id,
          destination: target.destination,
          revenueCents: target.revenueCents,
          conversionSeconds: target.conversionSeconds,
        },
      };
    }
    const routers = config.routers.filter((r) => r.priority === priority).sort((a, b) => b.weight - a.weight);
    for (const plan of routers) {
      const { taken, trace: auctionTrace } = await takeRouterBid(
        { db: ctx.db, config: ctx.config },
        {
          plan,
          call: {
            ...call,
            campaignId: config.campaign.id,
            isDuplicate: !!input.isDuplicate,
            startedAt: call.startedAt ?? now,
          },
          now,
          firstStep: input.firstStep + trace.length,
        },
      );
      trace.push(...auctionTrace);
      if (!taken) continue;
      const { bid, target, spec } = taken;
      // SIP is preferred when the bidder offers both.
      const destination = bid.sipAddress ?? bid.destination!;
      return {
        twiml: dial({
          destination,
          sipHeaders: target.sipHeaders,
          callerId: callerIdFor(target.callerIdPolicy, {
            fixed: target.callerIdNumber,
            campaign: config.campaign,
            call,
          }),
          timeoutSeconds: RTB_DIAL_TIMEOUT_SECONDS,
          sendDigits: target.dtmfOnAnswer,
        }),
        trace,
        outcome: 'routed',
        targetId: null,
        buyerId: target.buyerId,
        claimed: spec,
        attempt: {
          ...attemptBase,
          rtbTargetId: target.id,
          bidRequestId: bid.id,
          destination,
          revenueCents: bid.amountCents ?? 0,
          conversionSeconds: bid.durationSeconds ?? 0,
        },
      };
    }
    for (const group of config.agentGroups.filter((g) => g.priority === priority)) {
      const queued = await routeToAgentGroup(ctx, {
        call,
        groupId: group.agentGroupId,
        firstStep: input.firstStep + trace.length,
      });
      trace.push(...queued.trace);
      if (queued.twiml)
        return { twiml: queued.twiml, trace, outcome: 'queued', targetId: null, buyerId: null };
    }
  }
  const how = config.campaign.fallbackNumber ? 'fallback number' : 'fallback message';
  return fallback(trace, `No eligible target; sent to the ${how}`);
}
