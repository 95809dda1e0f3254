import type { CampaignRow } from '../../db/schema';
import { routeToAgentGroup } from '../agents/queue';
import * as calls from '../calls/repository';
import type { TargetUsage } from '../routing/select-targets';
import type { RoutingConfig } from '../routing/service';
import type { CallPathContext } from '../telephony/call-path-context';
import { closeAttempt } from '../telephony/dial-action';
import { type CallBeingRouted, type DialDecision, dialNextTarget } from '../telephony/dial-next';
import { settleCall } from '../telephony/settle-call';
import type { DialRequest, FlowEffects } from './engine-types';
import { fillTokens, requestUserUrl } from './outbound';

const PIXEL_TIMEOUT_MS = 3000;

/** The part of the routing configuration a Router node may use: the whole plan, one target, or one RTB router. */
function routingFor(config: RoutingConfig & { campaign: CampaignRow }, request: DialRequest) {
  if (request.mode === 'target')
    return {
      ...config,
      plan: config.plan.filter((entry) => entry.target.id === request.targetId),
      routers: [],
      agentGroups: [],
    };
  if (request.mode === 'rtbRouter')
    return {
      ...config,
      plan: [],
      routers: config.routers.filter((plan) => plan.router.id === request.rtbRouterId),
      agentGroups: [],
    };
  return config;
}

export type CallEffects = FlowEffects & {
  /** The dial this step made (its attempt and claim are recorded with the step), if any. */
  readonly dialed: DialDecision | undefined;
  /** Routing's trace entries gathered during the step. */
  readonly trace: DialDecision['trace'];
};

/**
 * The engine's side effects on a live call: dialing through the routing engine (caps, claims,
 * attempts, RTB auctions), recordings on the call, and outbound HTTP through the SSRF guard.
 */
export function callEffects(
  ctx: CallPathContext,
  input: {
    config: RoutingConfig & { campaign: CampaignRow };
    call: CallBeingRouted;
    /** The attempt number the next dial takes (attempts so far + 1). */
    nextAttempt: number;
    /** The attempt a <Dial action> callback reports on. */
    endedAttempt?: number;
    firstStep: number;
    usage?: Map<string, TargetUsage>;
    isDuplicate: boolean;
  },
): CallEffects {
  const trace: DialDecision['trace'] = [];
  let dialed: DialDecision | undefined;
  return {
    get dialed() {
      return dialed;
    },
    trace,
    async dial(request) {
      if (request.mode === 'agentGroup') {
        // The group's queue takes the call over: its own webhook dials agents and holds the caller.
        const queued = await routeToAgentGroup(ctx, {
          call: input.call,
          groupId: request.agentGroupId,
          extraSkills: request.skill ? [request.skill] : [],
          firstStep: input.firstStep + trace.length,
        });
        trace.push(...queued.trace);
        return queued.twiml
          ? { twiml: queued.twiml, dialedId: request.agentGroupId, note: 'Handed to the agent group’s queue' }
          : null;
      }
      const decision = await dialNextTarget(ctx, {
        config: routingFor(input.config, request),
        call: input.call,
        attemptNumber: input.nextAttempt,
        tried: new Set(request.tried),
        firstStep: input.firstStep + trace.length,
        usage: input.usage,
        isDuplicate: input.isDuplicate,
        actionUrl: (attempt) =>
          `${request.actionUrl}${request.actionUrl.includes('?') ? '&' : '?'}attempt=${attempt}`,
        whisperUrl: request.whisperUrl,
      });
      // Routing's own "fallback" step does not happen here: the flow follows the Router's failed branch.
      trace.push(...decision.trace.filter((entry) => entry.reason !== 'fallback'));
      // An agent group of the plan took the call into its queue: its own webhook carries on from here.
      if (decision.outcome === 'queued')
        return { twiml: decision.twiml, dialedId: 'agent-queue', note: 'Handed to an agent group’s queue' };
      if (decision.outcome !== 'routed' || !decision.attempt) return null;
      dialed = decision;
      const dialedId = decision.targetId ?? decision.attempt.rtbTargetId ?? decision.attempt.destination;
      return { twiml: decision.twiml, dialedId, note: `Dialing ${decision.attempt.destination}` };
    },
    async dialEnded(params) {
      const { connected } = await closeAttempt(ctx, input.call.id, input.endedAttempt ?? 0, params);
      if (connected) await settleCall(ctx.db, input.call.id, ctx.now());
      return connected;
    },
    firePixels(requests, tokens) {
      for (const pixel of requests) {
        const url = fillTokens(pixel.url, tokens);
        // Fire-and-forget: the call never waits for a pixel, and a failing one is only logged.
        void requestUserUrl(ctx.config, { url, method: pixel.method, timeoutMs: PIXEL_TIMEOUT_MS }).then(
          (answer) => {
            if (!answer) ctx.log.warn({ url: url.split('?')[0] }, 'tracking pixel failed or timed out');
          },
        );
      }
    },
    async lookup(url, timeoutMs) {
      const answer = await requestUserUrl(ctx.config, { url, method: 'GET', timeoutMs });
      if (!answer || answer.status >= 300) return null;
      try {
        const parsed: unknown = JSON.parse(answer.body.toString('utf8'));
        return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
          ? (parsed as Record<string, unknown>)
          : null;
      } catch {
        return null;
      }
    },
    async saveRecording(recording) {
      await calls.updateCall(ctx.db, input.call.id, {
        recordingUrl: recording.url,
        recordingSid: recording.sid,
        recordingDurationSeconds: recording.durationSeconds,
      });
    },
  };
}
