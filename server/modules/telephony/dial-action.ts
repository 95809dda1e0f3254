import { maskPhone } from '../../../contracts/phone';
import * as calls from '../calls/repository';
import { traceEntry } from '../routing/select-targets';
import { getRoutingConfig } from '../routing/service';
import type { CallPathContext } from './call-path-context';
import { dialNextTarget } from './dial-next';
import { twimlEntry } from './inbound-call';
import { settleCall } from './settle-call';
import type { TwilioParams } from './signature';
import { fallbackTwiml, hangupTwiml } from './twiml';

const CONNECTED = new Set(['completed', 'answered']);

/**
 * The <Dial action> callback: the dial to a target ended. Connected → the call is over. Otherwise
 * mark the miss and try the next eligible target. A retried callback returns the same TwiML.
 */
export async function handleDialAction(
  ctx: CallPathContext,
  query: { callId?: string; attempt?: string },
  params: TwilioParams,
): Promise<string> {
  const call = query.callId ? await calls.findCallById(ctx.db, query.callId) : undefined;
  if (!call || call.callSid !== params.CallSid) return hangupTwiml();
  const attemptNumber = Number(query.attempt);
  const event = `dial-action:${attemptNumber}`;
  const answered = call.twiml.find((entry) => entry.event === event);
  if (answered) return answered.twiml;

  const now = ctx.now();
  const attempts = await calls.listAttempts(ctx.db, call.id);
  const attempt = attempts.find((a) => a.attempt === attemptNumber);
  const dialStatus = params.DialCallStatus || 'failed';
  const connectedSeconds = Number.parseInt(params.DialCallDuration ?? '', 10);
  if (attempt) {
    await calls.endLiveAttempts(ctx.db, { attemptId: attempt.id }, now);
    await calls.updateAttempt(ctx.db, attempt.id, {
      status: dialStatus,
      dialCallSid: attempt.dialCallSid ?? params.DialCallSid ?? null,
      ...(CONNECTED.has(dialStatus) && Number.isFinite(connectedSeconds) ? { connectedSeconds } : {}),
    });
  }
  const step = call.trace.length + 1;
  const config = await getRoutingConfig(ctx.db, call.toNumber);
  const ended = traceEntry(step, now, {
    targetId: attempt?.targetId ?? null,
    targetName: config?.plan.find((e) => e.target.id === attempt?.targetId)?.target.name ?? null,
    outcome: 'info',
    reason: `dial_${dialStatus.replace('-', '_')}`,
    detail: `Attempt ${attemptNumber} ended: ${dialStatus}${Number.isFinite(connectedSeconds) ? ` after ${connectedSeconds}s` : ''}`,
  });

  if (CONNECTED.has(dialStatus)) {
    const twiml = hangupTwiml();
    await calls.recordCallStep(ctx.db, call.id, {
      trace: [ended],
      twiml: [twimlEntry(step, now, event, twiml)],
    });
    await settleCall(ctx.db, call.id, now);
    return twiml;
  }

  const campaign = config?.campaign;
  if (!config || !campaign) {
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
  await calls.recordCallStep(
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
  ctx.log.info(
    { callId: call.id, from: maskPhone(call.fromNumber), dialStatus, next: decision.outcome },
    'dial ended',
  );
  return decision.twiml;
}
