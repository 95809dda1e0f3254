import twilio from 'twilio';
import type { TraceEntry } from '../../../contracts/calls';
import { NODE_CONFIG_SCHEMAS, NODE_LABELS } from '../../../contracts/flows';
import { maskPhone } from '../../../contracts/phone';
import type { CallRow, CampaignRow, FlowSessionRow } from '../../db/schema';
import { recordCallEvents } from '../call-events/record-call-events';
import * as calls from '../calls/repository';
import { releaseUsage } from '../routing/repository';
import type { TargetUsage } from '../routing/select-targets';
import { traceEntry } from '../routing/select-targets';
import { getRoutingConfig, type RoutingConfig } from '../routing/service';
import type { CallPathContext } from '../telephony/call-path-context';
import type { CallBeingRouted, DialDecision } from '../telephony/dial-next';
import { twimlEntry } from '../telephony/inbound-call';
import type { TwilioParams } from '../telephony/signature';
import { fallbackTwiml, hangupTwiml } from '../telephony/twiml';
import { type CallEffects, callEffects } from './call-effects';
import { runStep, type SessionState, type StepNote } from './engine';
import type { FlowCall } from './engine-types';
import { whisperTwiml } from './nodes/media';
import * as repo from './repository';

/** Where Twilio calls back for a node of a session; `event` says what is calling. */
export const flowWebhookUrl = (publicUrl: string, sessionId: string) => (nodeId: string, event?: string) =>
  `${publicUrl}/api/flows/webhook/${sessionId}/${encodeURIComponent(nodeId)}${event ? `?event=${event}` : ''}`;

type RoutedCall = CallBeingRouted & { callSid: string } & Partial<CallRow>;

/** What a flow knows of the caller from the start: Twilio's geo parameters and the DNI visit. */
function profileOf(call: RoutedCall): Record<string, string> {
  const fields: Record<string, string | null | undefined> = {
    from_state: call.fromState,
    from_city: call.fromCity,
    from_zip: call.fromZip,
    utm_source: call.utmSource,
    utm_medium: call.utmMedium,
    utm_campaign: call.utmCampaign,
    utm_term: call.utmTerm,
    utm_content: call.utmContent,
    landing_page: call.landingPage,
    referrer: call.referrer,
    visitor_country: call.visitorGeo?.country,
    visitor_region: call.visitorGeo?.region,
    visitor_city: call.visitorGeo?.city,
  };
  for (const [name, value] of Object.entries(call.clickIds ?? {})) fields[`click_${name}`] = value;
  return Object.fromEntries(
    Object.entries(fields).flatMap(([name, value]) => (value ? [[name, value]] : [])),
  );
}

function flowCallOf(call: RoutedCall, flowId: string, campaignId: string): FlowCall {
  return {
    id: call.id,
    callSid: call.callSid,
    accountId: call.accountId,
    campaignId,
    flowId,
    from: call.fromNumber,
    to: call.toNumber,
    profile: profileOf(call),
  };
}

const stateOf = (session: FlowSessionRow): SessionState => ({
  currentNodeId: session.currentNodeId,
  variables: session.variables,
  retries: session.retries,
  path: session.path,
  dial: session.dial,
});

function traceOf(notes: StepNote[], effects: CallEffects, firstStep: number, now: Date): TraceEntry[] {
  const flowEntries = notes.map((note) =>
    traceEntry(0, now, {
      outcome: 'info',
      reason: 'flow',
      detail: [
        `${NODE_LABELS[note.type]} "${note.nodeId}"`,
        note.branch && `→ ${note.branch}`,
        note.note && `(${note.note})`,
      ]
        .filter(Boolean)
        .join(' '),
    }),
  );
  return [...flowEntries, ...effects.trace].map((entry, index) => ({ ...entry, step: firstStep + index }));
}

export type FlowDecision = Pick<
  DialDecision,
  'twiml' | 'trace' | 'targetId' | 'buyerId' | 'attempt' | 'claimed'
> & {
  outcome: string;
};

const decisionOf = (twiml: string, trace: TraceEntry[], dialed: DialDecision | undefined): FlowDecision => ({
  twiml,
  trace,
  outcome: dialed ? 'routed' : 'flow',
  targetId: dialed?.targetId ?? null,
  buyerId: dialed?.buyerId ?? null,
  attempt: dialed?.attempt,
  claimed: dialed?.claimed,
});

/**
 * For the inbound-call webhook: when the campaign has a published flow, starts the call on it (a
 * session pinned to that version) and answers with the first step; null when it has none. The
 * caller records the returned step like any routing decision.
 */
export async function runPublishedFlow(
  ctx: CallPathContext,
  input: {
    config: RoutingConfig & { campaign: CampaignRow };
    call: RoutedCall;
    usage?: Map<string, TargetUsage>;
    isDuplicate: boolean;
    firstStep: number;
  },
): Promise<FlowDecision | null> {
  const { config, call } = input;
  const live = await repo.findLiveFlowOfCampaign(ctx.db, config.accountId, config.campaign.id);
  if (!live) return null;
  const now = ctx.now();
  const session = await repo.insertSession(ctx.db, {
    accountId: config.accountId,
    callId: call.id,
    flowId: live.flow.id,
    versionId: live.version.id,
    version: live.version.version,
    variables: { caller: call.fromNumber, called: call.toNumber },
  });
  const effects = callEffects(ctx, { ...input, nextAttempt: 1 });
  try {
    const result = await runStep({
      definition: live.version.definition,
      state: stateOf(session),
      call: flowCallOf(call, live.flow.id, config.campaign.id),
      effects,
      now,
      urlFor: flowWebhookUrl(ctx.publicUrl, session.id),
    });
    await repo.updateSession(ctx.db, session.id, result.state);
    return decisionOf(result.twiml, traceOf(result.notes, effects, input.firstStep, now), effects.dialed);
  } catch (error) {
    return failSafe(ctx, {
      error,
      session,
      campaign: config.campaign,
      effects,
      firstStep: input.firstStep,
      callId: call.id,
    });
  }
}

/** A flow that cannot go on ends on the campaign's fallback; whatever it claimed is given back. */
async function failSafe(
  ctx: CallPathContext,
  input: {
    error: unknown;
    session: FlowSessionRow;
    campaign: CampaignRow;
    effects: CallEffects;
    firstStep: number;
    callId: string;
  },
): Promise<FlowDecision> {
  ctx.log.error({ err: input.error, callId: input.callId }, 'call flow failed; answered with the fallback');
  if (input.effects.dialed?.claimed) await releaseUsage(ctx.db, input.effects.dialed.claimed);
  await repo.updateSession(ctx.db, input.session.id, { currentNodeId: null });
  const trace = [
    traceEntry(input.firstStep, ctx.now(), {
      outcome: 'info',
      reason: 'fallback',
      detail: `The call flow failed (${(input.error as Error).message}); sent to the campaign's fallback`,
    }),
  ];
  return { ...decisionOf(fallbackTwiml(input.campaign), trace, undefined), outcome: 'fallback' };
}

const EMPTY_TWIML = new twilio.twiml.VoiceResponse().toString();

export type FlowWebhookQuery = { sessionId: string; nodeId: string; event?: string; attempt?: string };

/**
 * Twilio's callbacks into a flow: a Menu's or Gather's input, a dial's or recording's outcome, a
 * <Redirect> back into a node, the whisper for an agent, a transcription. One at a time per call
 * (the session row is locked); a late or repeated callback gets the last answer again.
 */
export async function handleFlowWebhook(
  ctx: CallPathContext,
  query: FlowWebhookQuery,
  params: TwilioParams,
): Promise<string> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const session = await repo.lockSession(tx, query.sessionId);
    const call = session && (await calls.findCallById(tx, session.callId));
    // The agent's leg (whisper) names the caller's call as its parent.
    if (!session || !call || (params.CallSid !== call.callSid && params.ParentCallSid !== call.callSid))
      return hangupTwiml();
    const version = await repo.findVersionById(tx, session.versionId);
    if (!version) return hangupTwiml();

    if (query.event === 'whisper') {
      const node = version.definition.nodes.find((n) => n.id === query.nodeId && n.type === 'whisper');
      return node ? whisperTwiml(NODE_CONFIG_SCHEMAS.whisper.parse(node.config)) : EMPTY_TWIML;
    }
    if (query.event === 'transcription') {
      const text = (params.TranscriptionText ?? '').slice(0, 2000);
      await repo.updateSession(tx, session.id, {
        variables: { ...session.variables, voicemail_transcription: text },
      });
      return EMPTY_TWIML;
    }
    const attempts = await calls.listAttempts(tx, call.id);
    // Twilio retries: a dial result for an attempt already followed by another, or a <Redirect>
    // into a Router that has dialed since, gets the last answer again instead of a second dial.
    const staleDial = query.attempt !== undefined && Number(query.attempt) < attempts.length;
    const staleEnter =
      query.event === 'enter' && session.dial?.nodeId === query.nodeId && session.dial.tried.length > 0;
    if (session.currentNodeId !== query.nodeId || staleDial || staleEnter)
      return call.twiml.at(-1)?.twiml ?? hangupTwiml();

    const config = await getRoutingConfig(tx, call.toNumber);
    // The number may have moved to another account since the call began: never route with its plan.
    if (!config?.campaign || config.accountId !== call.accountId)
      return fallbackTwiml(config?.campaign ?? {});
    const campaign = config.campaign;
    const now = ctx.now();
    const firstStep = call.trace.length + 1;
    const effects = callEffects(txCtx, {
      config: { ...config, campaign },
      call,
      nextAttempt: attempts.length + 1,
      endedAttempt: Number(query.attempt ?? 0),
      firstStep,
      isDuplicate: call.isDuplicate,
    });
    let decision: FlowDecision;
    try {
      const result = await runStep({
        definition: version.definition,
        state: stateOf(session),
        call: flowCallOf(call, session.flowId, campaign.id),
        effects,
        now,
        urlFor: flowWebhookUrl(ctx.publicUrl, session.id),
        resume: { nodeId: query.nodeId, event: query.event === 'enter' ? 'enter' : 'result', params },
      });
      await repo.updateSession(tx, session.id, result.state);
      decision = decisionOf(result.twiml, traceOf(result.notes, effects, firstStep, now), effects.dialed);
    } catch (error) {
      decision = await failSafe(txCtx, { error, session, campaign, effects, firstStep, callId: call.id });
    }
    const { recorded } = await calls.recordCallStep(
      tx,
      call.id,
      {
        trace: decision.trace,
        twiml: [twimlEntry(firstStep, now, `flow:${query.nodeId}`, decision.twiml)],
        attempt: decision.attempt,
        at: now,
      },
      decision.attempt
        ? { outcome: 'routed', targetId: decision.targetId, buyerId: decision.buyerId }
        : decision.outcome === 'fallback'
          ? { outcome: 'fallback' }
          : {},
    );
    if (!recorded && decision.claimed) await releaseUsage(tx, decision.claimed);
    if (recorded && decision.attempt) await recordCallEvents(tx, call, ['routed'], now);
    ctx.log.info({ callId: call.id, from: maskPhone(call.fromNumber), node: query.nodeId }, 'call flow step');
    return decision.twiml;
  });
}
