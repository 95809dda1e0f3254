import type { Skill } from '../../../contracts/agents';
import type { TraceEntry } from '../../../contracts/calls';
import { maskPhone } from '../../../contracts/phone';
import { newId } from '../../db/columns';
import type { AgentGroupRow, CallAttemptRow, CallRow } from '../../db/schema';
import { recordCallEvents } from '../call-events/record-call-events';
import * as calls from '../calls/repository';
import { campaignRepository } from '../campaigns/repository';
import { traceEntry } from '../routing/select-targets';
import { type CallPathContext, webhookUrls } from '../telephony/call-path-context';
import type { TwilioParams } from '../telephony/signature';
import { dialTwiml, fallbackTwiml, hangupTwiml } from '../telephony/twiml';
import { agentQueueUrl, enterQueueTwiml, holdTwiml, queueTimeoutTwiml } from './queue-twiml';
import * as repo from './repository';
import { mergeSkills, missingSkill, placesLeftAfter, rankAgents } from './select-agent';

type TraceFields = Parameters<typeof traceEntry>[2];
const TERMINAL_CALL = new Set(['completed', 'canceled', 'failed', 'busy', 'no-answer']);

function tracer(firstStep: number, now: Date, trace: TraceEntry[] = []) {
  return {
    trace,
    add: (fields: TraceFields) => trace.push(traceEntry(firstStep + trace.length, now, fields)),
  };
}

/**
 * Sends a call to an agent group: the call takes its place in the group's queue (oldest first)
 * and is answered with a redirect to the queue webhook, which offers it to an agent or holds it.
 * `twiml` is null when the group cannot take calls at all (no agent with the skills is on duty):
 * the caller's plan goes on. A call flow's Router node calls this with the skills its variables
 * add (`extraSkills`).
 */
export async function routeToAgentGroup(
  ctx: CallPathContext,
  input: {
    call: { id: string; accountId: string };
    groupId: string;
    extraSkills?: Skill[];
    firstStep: number;
  },
): Promise<{ twiml: string | null; trace: TraceEntry[] }> {
  const now = ctx.now();
  const { trace, add } = tracer(input.firstStep, now);
  const loaded = await repo.loadGroupForRouting(ctx.db, input.groupId);
  if (!loaded || loaded.group.accountId !== input.call.accountId) {
    add({ outcome: 'skipped', reason: 'agent_group_missing', detail: 'The agent group no longer exists' });
    return { twiml: null, trace };
  }
  const { group, members } = loaded;
  const required = mergeSkills(group.requiredSkills, input.extraSkills ?? []);
  const onDuty = members.filter((agent) => agent.status !== 'offline' && !missingSkill(agent, required));
  const skills = required.map((s) => `${s.name} ${s.level}`).join(', ');
  if (!onDuty.length) {
    add({
      outcome: 'skipped',
      reason: 'agent_group_closed',
      detail: `No agent of ${group.name} is signed in${skills ? ` with ${skills}` : ''}`,
    });
    return { twiml: null, trace };
  }
  await repo.insertQueueEntry(ctx.db, {
    accountId: input.call.accountId,
    callId: input.call.id,
    groupId: group.id,
    extraSkills: input.extraSkills ?? [],
    enqueuedAt: now,
  });
  add({
    outcome: 'chosen',
    reason: 'agent_group',
    detail: `Queued for ${group.name} (${group.strategy.replace('_', ' ')}${skills ? `; needs ${skills}` : ''})`,
  });
  return { twiml: enterQueueTwiml(agentQueueUrl(ctx.publicUrl, input.call.id)), trace };
}

/**
 * The queue webhook (the <Redirect> of the hold loop): one step per call at a time, under the
 * call's row lock, so a retried or overlapping request never dials a second agent.
 */
export async function handleAgentQueue(
  ctx: CallPathContext,
  query: { callId?: string },
  params: TwilioParams,
): Promise<string> {
  const callId = query.callId;
  if (!callId) return hangupTwiml();
  return ctx.db.transaction(async (tx) => {
    const call = await calls.lockCall(tx, callId);
    if (!call || call.callSid !== params.CallSid) return hangupTwiml();
    const txCtx = { ...ctx, db: tx };
    if (TERMINAL_CALL.has(call.status) || TERMINAL_CALL.has(params.CallStatus ?? '')) return hangupTwiml();
    const entry = await repo.findQueueEntry(tx, call.id);
    // The group was deleted while the caller waited: a polite goodbye rather than silence.
    if (!entry) return fallbackTwiml();
    // Ringing an agent already (a repeated request): answer as before. Answered or timed out
    // (the voicemail's Record action comes here): the call is done.
    if (entry.state === 'ringing') return call.twiml.at(-1)?.twiml ?? hangupTwiml();
    if (entry.state !== 'waiting') return hangupTwiml();
    return offerToAgent(txCtx, call, { event: `agent-queue:${call.twiml.length + 1}`, leading: [] });
  });
}

/**
 * One look at the group for a waiting caller: past the wait limit → the timeout action; an agent
 * free and nobody waiting longer who could take them → dial that agent; otherwise hold. Records
 * the step (trace, TwiML, attempt) and answers with its TwiML.
 */
async function offerToAgent(
  ctx: CallPathContext,
  call: CallRow,
  step: { event: string; leading: TraceEntry[] },
): Promise<string> {
  const now = ctx.now();
  const stepNumber = call.trace.length + 1;
  const { trace, add } = tracer(stepNumber, now, [...step.leading]);
  const entry = await repo.findQueueEntry(ctx.db, call.id);
  const loaded = entry && (await repo.loadGroupForRouting(ctx.db, entry.groupId));
  const record = async (twiml: string, values: Partial<CallRow> = {}, attempt?: calls.NewAttempt) => {
    const { recorded } = await calls.recordCallStep(
      ctx.db,
      call.id,
      {
        trace,
        twiml: [{ step: stepNumber, at: now.toISOString(), event: step.event, twiml }],
        attempt,
        at: now,
      },
      values,
    );
    if (recorded && attempt) await recordCallEvents(ctx.db, call, ['routed'], now);
    return twiml;
  };
  if (!entry || !loaded) {
    add({ outcome: 'info', reason: 'fallback', detail: 'The agent group no longer exists' });
    return record(fallbackTwiml(), { outcome: 'fallback' });
  }
  const { group, members } = loaded;
  const urls = webhookUrls(ctx.publicUrl, call.id);
  const queueUrl = agentQueueUrl(ctx.publicUrl, call.id);
  const waited = Math.floor((now.getTime() - entry.enqueuedAt.getTime()) / 1000);

  if (waited >= group.maxWaitSeconds) {
    await repo.updateQueueEntry(ctx.db, entry.id, { state: 'timeout', endedAt: now });
    add({
      outcome: 'info',
      reason: 'queue_timeout',
      detail: `Waited ${waited}s of ${group.maxWaitSeconds}s in ${group.name}; ${timeoutLabel(group)}`,
    });
    return record(queueTimeoutTwiml(group, { queue: queueUrl, recording: urls.recording }), {
      outcome: 'fallback',
    });
  }

  const attempts = await calls.listAttempts(ctx.db, call.id);
  const required = mergeSkills(group.requiredSkills, entry.extraSkills);
  const { candidates, skipped } = rankAgents({
    strategy: group.strategy,
    members,
    required,
    now,
    exclude: new Set(attempts.flatMap((a) => (a.agentId ? [a.agentId] : []))),
  });
  const ahead = await repo.callersAhead(ctx.db, entry);
  const agentFields = (agent: { id: string; name: string }) => ({
    targetId: agent.id,
    targetName: agent.name,
  });
  const placesLeft = placesLeftAfter(
    candidates,
    ahead.map((caller) => mergeSkills(group.requiredSkills, caller.extraSkills)),
  );
  for (const agent of candidates) {
    // Fair: callers waiting longer get the free agents first, at their next look.
    if (!placesLeft.get(agent.id)) {
      add({
        ...agentFields(agent),
        outcome: 'skipped',
        reason: 'agent_reserved',
        detail: 'Kept for a caller waiting longer',
      });
      continue;
    }
    if (!(await repo.claimAgent(ctx.db, agent.id, now))) {
      add({
        ...agentFields(agent),
        outcome: 'skipped',
        reason: 'lost_race',
        detail: 'A simultaneous call took this agent',
      });
      continue;
    }
    add({
      ...agentFields(agent),
      outcome: 'chosen',
      reason: 'agent_selected',
      detail: `Dialing agent ${agent.name} (${group.strategy.replace('_', ' ')}) after ${waited}s in ${group.name}`,
    });
    await repo.updateQueueEntry(ctx.db, entry.id, { state: 'ringing' });
    const attemptNumber = attempts.length + 1;
    const campaign = call.campaignId
      ? await campaignRepository.find(ctx.db, call.accountId, call.campaignId)
      : undefined;
    const twiml = dialTwiml({
      destination: agent.destination,
      callerId: call.fromNumber || null,
      timeoutSeconds: group.ringTimeoutSeconds,
      record: campaign?.record ?? false,
      actionUrl: urls.dialAction(attemptNumber),
      statusCallbackUrl: urls.legStatus(attemptNumber),
      recordingCallbackUrl: urls.recording,
    });
    ctx.log.info(
      { callId: call.id, from: maskPhone(call.fromNumber), agentId: agent.id },
      'offered to an agent',
    );
    return record(
      twiml,
      { outcome: 'routed' },
      {
        id: newId('att'),
        accountId: call.accountId,
        attempt: attemptNumber,
        agentId: agent.id,
        destination: agent.destination,
        revenueCents: 0,
        conversionSeconds: 0,
      },
    );
  }

  const position = ahead.length + 1;
  // The trace grows only when something changes, not at every turn of the hold loop.
  if (entry.position !== position || step.leading.length) {
    for (const { agent, reason, detail } of skipped)
      add({ ...agentFields(agent), outcome: 'skipped', reason, detail });
    add({
      outcome: 'info',
      reason: 'queue_waiting',
      detail: `No agent free in ${group.name}; caller ${position} in line after ${waited}s`,
    });
    await repo.updateQueueEntry(ctx.db, entry.id, { position });
  }
  return record(holdTwiml(group, position, queueUrl), { outcome: 'queued' });
}

function timeoutLabel(group: AgentGroupRow) {
  switch (group.timeoutAction) {
    case 'fallback_number':
      return `sent to ${maskPhone(group.timeoutNumber)}`;
    case 'voicemail':
      return 'sent to voicemail';
    case 'hangup':
      return 'said goodbye';
    default:
      return group.timeoutAction;
  }
}

/**
 * The <Dial action> of an agent attempt. Connected (or the caller gone): the queue entry is done
 * and wrap-up starts; null lets the call path end the call as for any target. Missed: the miss is
 * counted (a break after the group's limit) and the caller goes back to the queue, keeping their
 * place, where the next agent is tried at once.
 */
export async function continueAfterAgentDial(
  ctx: CallPathContext,
  input: {
    call: CallRow;
    attempt: CallAttemptRow & { agentId: string };
    connected: boolean;
    callOver: boolean;
    ended: TraceEntry;
    event: string;
  },
): Promise<string | null> {
  const { call, attempt } = input;
  const now = ctx.now();
  const entry = await repo.findQueueEntry(ctx.db, call.id);
  const loaded = entry && (await repo.loadGroupForRouting(ctx.db, entry.groupId));
  const agent = loaded?.members.find((m) => m.id === attempt.agentId);
  if (input.connected) {
    if (entry) await repo.updateQueueEntry(ctx.db, entry.id, { state: 'answered', endedAt: now });
    if (loaded)
      await repo.startWrapUp(
        ctx.db,
        attempt.agentId,
        new Date(now.getTime() + loaded.group.wrapUpSeconds * 1000),
        now,
      );
    return null;
  }
  if (input.callOver || !entry || !loaded) return null;
  const leading: TraceEntry[] = [
    { ...input.ended, targetId: attempt.agentId, targetName: agent?.name ?? null },
  ];
  const missed = await repo.countMiss(ctx.db, attempt.agentId, loaded.group.missesBeforeBreak);
  if (missed?.status === 'break')
    leading.push(
      traceEntry(input.ended.step + 1, now, {
        targetId: attempt.agentId,
        targetName: agent?.name ?? null,
        outcome: 'info',
        reason: 'agent_break',
        detail: `Missed ${missed.missed_in_a_row} calls in a row: set to break`,
      }),
    );
  await repo.updateQueueEntry(ctx.db, entry.id, { state: 'waiting' });
  return offerToAgent(ctx, { ...call }, { event: input.event, leading });
}
