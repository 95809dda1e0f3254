import type { Agent, AgentStatus, Wallboard } from '../../../contracts/agents';
import { AgentStatus as AgentStatuses } from '../../../contracts/agents';

const TERMINAL_CALL = new Set(['completed', 'canceled', 'failed', 'busy', 'no-answer']);

export type QueuedCall = {
  enqueuedAt: Date;
  answeredAt: Date | null;
  talkSeconds: number | null;
  callStatus: string;
};

const seconds = (ms: number) => Math.max(0, Math.round(ms / 1000));
const average = (values: number[]) =>
  values.length ? Math.round(values.reduce((sum, v) => sum + v, 0) / values.length) : 0;

/**
 * The wallboard's figures from the agents and the calls that entered a group in the window. A
 * caller is waiting until an agent answers or they leave; service level counts the callers
 * answered within the threshold among all offered, leaving out those still waiting and not yet
 * past it (they may still make it).
 */
export function wallboardFigures(input: {
  agents: Agent[];
  queued: QueuedCall[];
  now: Date;
  serviceLevelSeconds: number;
}): Wallboard {
  const { now, serviceLevelSeconds } = input;
  const byStatus = Object.fromEntries(AgentStatuses.options.map((s) => [s, 0])) as Record<
    AgentStatus,
    number
  >;
  for (const agent of input.agents) byStatus[agent.status] += 1;
  const waiting = input.queued.filter((q) => !q.answeredAt && !TERMINAL_CALL.has(q.callStatus));
  const answered = input.queued.filter((q) => q.answeredAt);
  const waits = answered.map((q) => seconds(q.answeredAt!.getTime() - q.enqueuedAt.getTime()));
  const limitMs = serviceLevelSeconds * 1000;
  const offered = input.queued.filter(
    (q) =>
      q.answeredAt || TERMINAL_CALL.has(q.callStatus) || now.getTime() - q.enqueuedAt.getTime() > limitMs,
  );
  const withinLevel = waits.filter((wait) => wait <= serviceLevelSeconds).length;
  return {
    at: now.toISOString(),
    agents: input.agents.map(({ id, name, status, activeCalls }) => ({ id, name, status, activeCalls })),
    byStatus,
    waiting: waiting.length,
    longestWaitSeconds: waiting.length
      ? seconds(now.getTime() - Math.min(...waiting.map((q) => q.enqueuedAt.getTime())))
      : 0,
    handled: answered.length,
    averageTalkSeconds: average(answered.flatMap((q) => (q.talkSeconds == null ? [] : [q.talkSeconds]))),
    averageWaitSeconds: average(waits),
    serviceLevelSeconds,
    serviceLevelPercent: offered.length ? Math.round((withinLevel / offered.length) * 100) : null,
  };
}
