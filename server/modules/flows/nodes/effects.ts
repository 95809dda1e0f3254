import { SIP_URI } from '../../../../contracts/phone';
import type { TwilioParams } from '../../telephony/signature';
import { areaCodeOf } from '../area-codes';
import type { NodeContext, NodeExecutor } from '../engine-types';
import { fillTokens } from '../outbound';
import { WHISPER_VARIABLE } from './media';

/** The values pixel URLs and lookups may use as {tokens}. */
export function tokensOf(ctx: NodeContext): Record<string, string> {
  const tokens: Record<string, string> = {
    callId: ctx.call.id,
    callSid: ctx.call.callSid,
    from: ctx.call.from,
    to: ctx.call.to,
    campaignId: ctx.call.campaignId,
    flowId: ctx.call.flowId,
    nodeId: ctx.node.id,
    timestamp: ctx.now.toISOString(),
  };
  for (const [name, value] of Object.entries(ctx.variables)) tokens[`var.${name}`] = value;
  return tokens;
}

export const start: NodeExecutor<'start'> = {
  enter(ctx) {
    if (ctx.config.pixels.length) ctx.effects.firePixels(ctx.config.pixels, tokensOf(ctx));
    return { kind: 'next', branch: 'next' };
  },
};

export const pixel: NodeExecutor<'pixel'> = {
  enter(ctx) {
    ctx.effects.firePixels(ctx.config.requests, tokensOf(ctx));
    return { kind: 'next', branch: 'next', note: `Fired ${ctx.config.requests.length} pixel(s)` };
  },
};

const LOOKUP_VARIABLES = 20;

/**
 * Fills variables from what is known about the caller: Twilio's geo parameters and the DNI
 * attribution (already on the call), the area code's state, then an optional HTTP lookup whose
 * JSON object's text and number fields become `lookup_<field>`.
 */
export const enrich: NodeExecutor<'enrich'> = {
  async enter(ctx) {
    Object.assign(ctx.variables, ctx.call.profile);
    const area = areaCodeOf(ctx.call.from);
    if (area) {
      ctx.variables.area_code = area.areaCode;
      if (area.state) ctx.variables.area_state = area.state;
    }
    ctx.variables.state =
      ctx.variables.from_state || ctx.variables.area_state || ctx.variables.visitor_region || '';
    if (!ctx.config.lookupUrl) return { kind: 'next', branch: 'next', note: 'Profile filled' };
    const found = await ctx.effects.lookup(
      fillTokens(ctx.config.lookupUrl, tokensOf(ctx)),
      ctx.config.timeoutMs,
    );
    if (!found) return { kind: 'next', branch: 'next', note: 'Lookup failed or timed out; profile filled' };
    const fields = Object.entries(found)
      .filter(
        ([name, value]) =>
          /^[A-Za-z0-9_]{1,30}$/.test(name) && ['string', 'number', 'boolean'].includes(typeof value),
      )
      .slice(0, LOOKUP_VARIABLES);
    for (const [name, value] of fields) ctx.variables[`lookup_${name}`] = String(value).slice(0, 500);
    return { kind: 'next', branch: 'next', note: `Lookup filled ${fields.length} variable(s)` };
  },
};

const CONNECTED = new Set(['completed', 'answered']);

/** The <Number url> that plays the Whisper passed on the way here to the agent who answers. */
function whisperUrl(ctx: NodeContext): string | null {
  const whisperNode = ctx.variables[WHISPER_VARIABLE];
  return whisperNode ? ctx.url('whisper', whisperNode) : null;
}

export const transfer: NodeExecutor<'transfer'> = {
  enter(ctx) {
    const { config, call } = ctx;
    const callerId =
      config.callerId === 'fixed'
        ? config.callerIdNumber
        : config.callerId === 'tracking'
          ? call.to
          : call.from;
    const dial = ctx.response.dial({
      action: ctx.url(),
      method: 'POST',
      timeout: config.timeoutSeconds,
      answerOnBridge: true,
      ...(callerId ? { callerId } : {}),
      ...(config.record ? { record: 'record-from-answer' } : {}),
    });
    const whisper = whisperUrl(ctx);
    const leg = whisper ? { url: whisper, method: 'POST' as const } : {};
    if (SIP_URI.test(config.destination)) dial.sip(leg, config.destination);
    else dial.number(leg, config.destination);
    return { kind: 'wait', waitingFor: 'dial', note: `Transferring to ${config.destination}` };
  },
  resume(_ctx, params: TwilioParams) {
    const status = params.DialCallStatus || 'failed';
    return { kind: 'next', branch: CONNECTED.has(status) ? 'connected' : 'failed', note: `Dial ${status}` };
  },
};

/** The Router's extra agent skill with `{variable}`s filled from the call's variables. */
function requiredSkill(ctx: NodeContext<'router'>) {
  const name = fillTokens(ctx.config.skill, ctx.variables, (value) => value)
    .trim()
    .toLowerCase(); // agents' skill names are stored lower-case
  return name ? { name, level: ctx.config.skillLevel } : null;
}

/**
 * Dials by the campaign's routing (its plan, one target in it, or one RTB router). A miss tries the
 * next eligible target until none is left, then follows `failed`.
 */
async function dialNext(ctx: NodeContext<'router'>) {
  const dialed = await ctx.effects.dial({
    nodeId: ctx.node.id,
    mode: ctx.config.mode,
    targetId: ctx.config.targetId,
    rtbRouterId: ctx.config.rtbRouterId,
    agentGroupId: ctx.config.agentGroupId,
    skill: requiredSkill(ctx),
    tried: ctx.dialed,
    actionUrl: ctx.url(),
    whisperUrl: whisperUrl(ctx),
  });
  if (!dialed) return { kind: 'next' as const, branch: 'failed', note: 'No eligible target is left' };
  ctx.dialed.push(dialed.dialedId);
  return { kind: 'wait' as const, waitingFor: 'dial' as const, twiml: dialed.twiml, note: dialed.note };
}

export const router: NodeExecutor<'router'> = {
  enter: dialNext,
  async resume(ctx, params) {
    const connected = await ctx.effects.dialEnded(params);
    if (connected) return { kind: 'next', branch: 'connected', note: 'Connected' };
    return dialNext(ctx);
  },
};
