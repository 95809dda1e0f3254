import { maskPhone } from '../../../contracts/phone';
import type { CallRow } from '../../db/schema';
import { continueAfterAgentDial } from '../agents/queue';
import * as calls from '../calls/repository';
import { releaseUsage } from '../routing/repository';
import { traceEntry } from '../routing/select-targets';
import { getRoutingConfig } from '../routing/service';
import type { CallPathContext } from './call-path-context';
import { dialNextTarget } from './dial-next';
import { twimlEntry } from './inbound-call';
import { settleCall } from './settle-call';
import type { TwilioParams } from './signature';
import { fallbackTwiml, hangupTwiml } from './twiml';

const CONNECTED = new Set(['completed', 'answered']);
const TERMINAL_CALL = new Set(['completed', 'canceled', 'failed', 'busy', 'no-answer']);

/**
 * The <Dial action> callback: the dial to a target ended. Connected → the call is over. Otherwise
 * mark the miss and try the next eligible target. A retried callback returns the same TwiML.
 */
export async function handleDialAction(
  ctx: CallPathContext,
  query: { callId?: string; attempt?: string },
  params: TwilioParams,
): Promise<string> {
  const callId = query.callId;
  if (!callId) return hangupTwiml();
  // One dial-action per call at a time (Twilio retries them): a retry waits for the first and then
  // answers with what the first recorded, instead of dialing a second target.
  return ctx.db.transaction(async (tx) => {
    const locked = await calls.lockCall(tx, callId);
    if (!locked || locked.callSid !== params.CallSid) return hangupTwiml();
    return continueAfterDial({ ...ctx, db: tx }, locked, query, params);
  });
}

/** Ends the dialed attempt with the outcome Twilio reports in a <Dial action> callback. */
export async function closeAttempt(
  ctx: CallPathContext,
  callId: string,
  attemptNumber: number,
  params: TwilioParams,
) {
  const attempts = await calls.listAttempts(ctx.db, callId);
  const attempt = attempts.find((a) => a.attempt === attemptNumber);
  const dialStatus = params.DialCallStatus || 'failed';
  const connectedSeconds = Number.parseInt(params.DialCallDuration ?? '', 10);
  if (attempt) {
    await calls.endLiveAttempts(ctx.db, { attemptId: attempt.id }, ctx.now());
    await calls.updateAttempt(ctx.db, attempt.id, {
      status: dialStatus,
      dialCallSid: attempt.dialCallSid ?? params.DialCallSid ?? null,
      ...(CONNECTED.has(dialStatus) && Number.isFinite(connectedSeconds) ? { connectedSeconds } : {}),
    });
  }
  return { attempts, attempt, dialStatus, connectedSeconds, connected: CONNECTED.has(dialStatus) };
}

async function continueAfterDial(
  ctx: CallPathContext,
  call: CallRow,
  query: { callId?: string; attempt?: string },
  params: TwilioParams,
): Promise<string> {
  const attemptNumber = Number(query.attempt);
  const event = `dial-action:${attemptNumber}`;
  const answered = call.twiml.find((entry) => entry.event === event);
  if (answered) return answered.twiml;

  const now = ctx.now();
  const { attempts, attempt, dialStatus, connectedSeconds } = await closeAttempt(
    ctx,
    call.id,
    attemptNumber,
    params,
  );
  const step = call.trace.length + 1;
  const config = await getRoutingConfig(ctx.db, call.toNumber);
  const ended = traceEntry(step, now, {
    targetId: attempt?.targetId ?? null,
    targetName: config?.plan.find((e) => e.target.id === attempt?.targetId)?.target.name ?? null,
    outcome: 'info',
    reason: `dial_${dialStatus.replace('-', '_')}`,
    detail: `Attempt ${attemptNumber} ended: ${dialStatus}${Number.isFinite(connectedSeconds) ? ` after ${connectedSeconds}s` : ''}`,
  });

  // Connected, or the caller already hung up: the call is over, nothing else is dialed.
  const callOver = TERMINAL_CALL.has(params.CallStatus ?? '') || TERMINAL_CALL.has(call.status);
  // An agent's dial goes back to their group's queue, not on through the campaign's plan.
  const agentAnswer =
    attempt?.agentId &&
    (await continueAfterAgentDial(ctx, {
      call,
      attempt: { ...attempt, agentId: attempt.agentId },
      connected: CONNECTED.has(dialStatus),
      callOver,
      ended,
      event,
    }));
  if (agentAnswer) return agentAnswer;
  if (CONNECTED.has(dialStatus) || callOver) {
    const twiml = hangupTwiml();
    await calls.recordCallStep(ctx.db, call.id, {
      trace: [ended],
      twiml: [twimlEntry(step, now, event, twiml)],
    });
    await settleCall(ctx.db, call.id, now);
    return twiml;
  }

  const campaign = config?.campaign;
  // The number may have moved to another account since the call began: never route with its plan.
  if (!config || !campaign || config.accountId !== call.accountId) {
    const twiml = fallbackTwiml(campaign ?? {});
    await calls.recordCallStep(ctx.db, call.id, {
      trace: [ended],
      twiml: [twimlEntry(step, now, event, twiml)],
    });
    return twiml;
  }
  const decision = await dialNextTarget(ctx, {
    config: { ...config, campaign },
    call,
    attemptNumber: attempts.length + 1,
    tried: new Set(attempts.flatMap((a) => (a.targetId ? [a.targetId] : []))),
    firstStep: step + 1,
    isDuplicate: call.isDuplicate,
  });
  const { recorded } = await calls.recordCallStep(
    ctx.db,
    call.id,
    {
      trace: [ended, ...decision.trace],
      twiml: [twimlEntry(step, now, event, decision.twiml)],
      attempt: decision.attempt,
      at: now,
    },
    decision.outcome === 'routed'
      ? { targetId: decision.targetId, buyerId: decision.buyerId }
      : { outcome: decision.outcome },
  );
  if (!recorded) {
    // A retry of this callback recorded its own next attempt first: give back this one's place
    // and answer as that one did.
    if (decision.claimed) await releaseUsage(ctx.db, decision.claimed);
    const winner = (await calls.findCallById(ctx.db, call.id))?.twiml.find((entry) => entry.event === event);
    return winner?.twiml ?? hangupTwiml();
  }
  ctx.log.info(
    { callId: call.id, from: maskPhone(call.fromNumber), dialStatus, next: decision.outcome },
    'dial ended',
  );
  return decision.twiml;
}
