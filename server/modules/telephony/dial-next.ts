import type { TraceEntry } from '../../../contracts/calls';
import { newId } from '../../db/columns';
import type { CallRow, CampaignRow } from '../../db/schema';
import type { NewAttempt } from '../calls/repository';
import type { Caller, TargetUsage } from '../routing/select-targets';
import { traceEntry } from '../routing/select-targets';
import { claimTarget, type RoutingConfig } from '../routing/service';
import { type CallPathContext, webhookUrls } from './call-path-context';
import { dialTwiml, fallbackTwiml } from './twiml';

/** A call tries at most this many targets before it falls back. */
export const MAX_ATTEMPTS = 5;

/** What routing needs to know about a call (a stored call, or one being recorded right now). */
export type CallBeingRouted = Pick<CallRow, 'id' | 'accountId' | 'fromNumber' | 'toNumber'> &
  Partial<Pick<CallRow, 'fromState' | 'fromZip'>>;

export type DialDecision = {
  twiml: string;
  trace: TraceEntry[];
  outcome: 'routed' | 'fallback';
  targetId: string | null;
  buyerId: string | null;
  /** The attempt to record with this step, when a target was claimed. */
  attempt?: NewAttempt;
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
    firstStep: number;
    usage?: Map<string, TargetUsage>;
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

  const { claim, trace } = await claimTarget(ctx.db, {
    config,
    caller: callerOf(call),
    tried: input.tried,
    preferTargetId: input.preferTargetId,
    now,
    firstStep: input.firstStep,
    usage: input.usage,
  });
  if (!claim) {
    const how = config.campaign.fallbackNumber ? 'fallback number' : 'fallback message';
    return fallback(trace, `No eligible target; sent to the ${how}`);
  }
  const target = claim.target.row;
  const urls = webhookUrls(ctx.publicUrl, call.id);
  return {
    twiml: dialTwiml({
      destination: target.destination,
      sipHeaders: target.sipHeaders,
      callerId: callerIdFor(target.callerIdPolicy, {
        fixed: target.callerIdNumber,
        campaign: config.campaign,
        call,
      }),
      timeoutSeconds: target.dialTimeoutSeconds,
      record: config.campaign.record,
      actionUrl: urls.dialAction(input.attemptNumber),
      statusCallbackUrl: urls.status,
      recordingCallbackUrl: urls.recording,
    }),
    trace,
    outcome: 'routed',
    targetId: target.id,
    buyerId: target.buyerId,
    attempt: {
      id: newId('att'),
      accountId: call.accountId,
      targetId: target.id,
      attempt: input.attemptNumber,
      destination: target.destination,
      revenueCents: target.revenueCents,
      conversionSeconds: target.conversionSeconds,
    },
  };
}
