import type { CallRow } from '../../db/schema';
import { recordCallEvents } from '../call-events/record-call-events';
import * as calls from '../calls/repository';
import type { CallPathContext } from './call-path-context';
import { settleCall } from './settle-call';
import type { TwilioParams } from './signature';

const TERMINAL = new Set(['completed', 'busy', 'no-answer', 'failed', 'canceled']);

function eventTime(params: TwilioParams, fallback: Date): Date {
  const parsed = params.Timestamp ? new Date(params.Timestamp) : undefined;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : fallback;
}

const seconds = (value: string | undefined) => {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : null;
};

/**
 * Status callbacks for the caller's leg (CallSid = the call) and for dialed legs (ParentCallSid =
 * the call). Idempotent and order-independent: every field only moves forward.
 */
export async function handleStatusCallback(
  ctx: CallPathContext,
  params: TwilioParams,
  query: { attempt?: string } = {},
): Promise<void> {
  const now = ctx.now();
  const at = eventTime(params, now);
  const status = params.CallStatus ?? '';
  if (params.ParentCallSid) {
    const call = await calls.findCallBySid(ctx.db, params.ParentCallSid);
    if (call)
      await updateDialedLeg(ctx, call, {
        attempt: query.attempt ? Number(query.attempt) : undefined,
        sid: params.CallSid,
        status,
        at,
        duration: seconds(params.CallDuration),
      });
    return;
  }
  const call = await calls.findCallBySid(ctx.db, params.CallSid);
  if (!call) return;
  const terminal = TERMINAL.has(status);
  await calls.advanceStatus(
    ctx.db,
    { table: 'calls', id: call.id },
    {
      status,
      endedAt: terminal ? at : undefined,
      durationSeconds: terminal ? seconds(params.CallDuration) : null,
    },
  );
  if (terminal) {
    await calls.endLiveAttempts(ctx.db, { callId: call.id }, at);
    await settleCall(ctx.db, call.id, now);
    // no_answer is only recorded when nothing answered the call.
    await recordCallEvents(ctx.db, call, ['completed', 'no_answer'], now);
  }
}

async function updateDialedLeg(
  ctx: CallPathContext,
  call: CallRow,
  leg: { attempt?: number; sid: string; status: string; at: Date; duration: number | null },
) {
  const attempts = await calls.listAttempts(ctx.db, call.id);
  // The callback URL names its attempt; without it (older calls), the leg's sid, else the newest
  // attempt that has none yet.
  const attempt =
    attempts.find((a) => a.attempt === leg.attempt) ??
    attempts.find((a) => a.dialCallSid === leg.sid) ??
    [...attempts].reverse().find((a) => !a.dialCallSid);
  if (!attempt) return;
  const answered = leg.status === 'in-progress' || leg.status === 'answered';
  const terminal = TERMINAL.has(leg.status);
  if (terminal) await calls.endLiveAttempts(ctx.db, { attemptId: attempt.id }, leg.at);
  await calls.advanceStatus(
    ctx.db,
    { table: 'call_attempts', id: attempt.id },
    {
      status: answered ? 'answered' : leg.status,
      answeredAt: answered ? leg.at : undefined,
      dialCallSid: leg.sid,
    },
  );
  if (terminal && leg.status === 'completed' && leg.duration != null) {
    await calls.updateAttempt(ctx.db, attempt.id, { connectedSeconds: leg.duration });
  }
  if (answered) {
    await calls.advanceStatus(
      ctx.db,
      { table: 'calls', id: call.id },
      { status: 'in-progress', answeredAt: leg.at },
    );
    await recordCallEvents(ctx.db, call, ['connected'], ctx.now());
  }
  if (terminal) await settleCall(ctx.db, call.id, ctx.now());
}

/** Recording status callback: the URL and length go onto the call. */
export async function handleRecordingCallback(ctx: CallPathContext, params: TwilioParams): Promise<void> {
  const call =
    (await calls.findCallBySid(ctx.db, params.CallSid)) ??
    (params.callId ? await calls.findCallById(ctx.db, params.callId) : undefined);
  if (!call || !params.RecordingUrl) return;
  await calls.updateCall(ctx.db, call.id, {
    recordingUrl: params.RecordingUrl,
    recordingSid: params.RecordingSid ?? null,
    recordingDurationSeconds: seconds(params.RecordingDuration),
  });
}
