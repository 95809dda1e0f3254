import type { AgentStatus, AgentStrategy, Skill } from '../../../contracts/agents';

/** What choosing an agent needs to know; the database row has these fields and more. */
export type RoutableAgent = {
  id: string;
  name: string;
  status: 'available' | 'offline' | 'break';
  skills: Skill[];
  maxConcurrent: number;
  live: number;
  wrapUpUntil: Date | null;
  lastOfferedAt: Date | null;
  lastCallEndedAt: Date | null;
};

export type AgentSkip<A extends RoutableAgent = RoutableAgent> = { agent: A; reason: string; detail: string };

/** A group's requirement plus what a call flow adds: the higher minimum wins per skill. */
export function mergeSkills(base: Skill[], extra: Skill[]): Skill[] {
  const byName = new Map(base.map((s) => [s.name, s.level]));
  for (const skill of extra) byName.set(skill.name, Math.max(byName.get(skill.name) ?? 0, skill.level));
  return [...byName].map(([name, level]) => ({ name, level }));
}

/** The first required skill the agent lacks (or has below the minimum), if any. */
export function missingSkill(agent: Pick<RoutableAgent, 'skills'>, required: Skill[]): Skill | undefined {
  const levels = new Map(agent.skills.map((s) => [s.name, s.level]));
  return required.find((need) => (levels.get(need.name) ?? 0) < need.level);
}

export const inWrapUp = (agent: Pick<RoutableAgent, 'wrapUpUntil'>, now: Date) =>
  !!agent.wrapUpUntil && agent.wrapUpUntil > now;

/** What the wallboard shows: a call in progress outranks what the agent chose. */
export function effectiveStatus(
  agent: Pick<RoutableAgent, 'status' | 'wrapUpUntil'>,
  now: Date,
  calls: { ringing: number; connected: number },
): AgentStatus {
  if (calls.connected > 0) return 'on_call';
  if (calls.ringing > 0) return 'ringing';
  if (agent.status !== 'available') return agent.status;
  return inWrapUp(agent, now) ? 'wrap_up' : 'available';
}

/** Why the agent cannot take a call right now, or undefined when they can. */
export function whyBusy(
  agent: RoutableAgent,
  now: Date,
  required: Skill[],
): Omit<AgentSkip, 'agent'> | undefined {
  const lacking = missingSkill(agent, required);
  if (lacking) return { reason: 'agent_skills', detail: `Lacks ${lacking.name} ${lacking.level}` };
  if (agent.status !== 'available')
    return { reason: `agent_${agent.status}`, detail: `Agent is ${agent.status}` };
  if (agent.live >= agent.maxConcurrent)
    return { reason: 'agent_busy', detail: `On ${agent.live} of ${agent.maxConcurrent} calls` };
  if (inWrapUp(agent, now)) return { reason: 'agent_wrap_up', detail: 'Wrapping up the last call' };
  return undefined;
}

const skillScore = (agent: RoutableAgent, required: Skill[]) => {
  const levels = new Map(agent.skills.map((s) => [s.name, s.level]));
  // Without required skills, the broadest and deepest agent counts as the most skilled.
  return required.length
    ? required.reduce((sum, need) => sum + (levels.get(need.name) ?? 0), 0)
    : agent.skills.reduce((sum, s) => sum + s.level, 0);
};

/** Earlier (or never) first: null sorts before any time. */
const byTime = (a: Date | null, b: Date | null) => (a?.getTime() ?? 0) - (b?.getTime() ?? 0);

/**
 * The group's agents who can take this call, best first by the strategy, and why the others were
 * passed over. `members` is in the group's priority order; `exclude` holds agents who already
 * missed this call.
 */
export function rankAgents<A extends RoutableAgent>(input: {
  strategy: AgentStrategy;
  members: A[];
  required: Skill[];
  now: Date;
  exclude?: ReadonlySet<string>;
}): { candidates: A[]; skipped: AgentSkip<A>[] } {
  const skipped: AgentSkip<A>[] = [];
  const candidates = input.members.filter((agent) => {
    const why = input.exclude?.has(agent.id)
      ? { reason: 'agent_missed', detail: 'Already missed this call' }
      : whyBusy(agent, input.now, input.required);
    if (why) skipped.push({ agent, ...why });
    return !why;
  });
  const order = input.members.map((m) => m.id);
  const idleOrder = (a: RoutableAgent, b: RoutableAgent) =>
    byTime(a.lastCallEndedAt, b.lastCallEndedAt) || order.indexOf(a.id) - order.indexOf(b.id);
  switch (input.strategy) {
    case 'priority':
      break;
    case 'longest_idle':
      candidates.sort(idleOrder);
      break;
    case 'round_robin':
      candidates.sort(
        (a, b) => byTime(a.lastOfferedAt, b.lastOfferedAt) || order.indexOf(a.id) - order.indexOf(b.id),
      );
      break;
    case 'most_skilled':
      candidates.sort(
        (a, b) => skillScore(b, input.required) - skillScore(a, input.required) || idleOrder(a, b),
      );
      break;
    default: {
      const never: never = input.strategy;
      throw new Error(`Unknown strategy ${never}`);
    }
  }
  return { candidates, skipped };
}

/**
 * Fairness between waiting callers: each caller ahead (oldest first) takes a free place from the
 * first candidate whose skills fit their requirement, as they will at their next look. What is
 * left, per agent, is free for the caller asking now.
 */
export function placesLeftAfter(candidates: RoutableAgent[], ahead: Skill[][]): Map<string, number> {
  const left = new Map(candidates.map((a) => [a.id, a.maxConcurrent - a.live]));
  for (const required of ahead) {
    const taken = candidates.find((a) => (left.get(a.id) ?? 0) > 0 && !missingSkill(a, required));
    if (taken) left.set(taken.id, (left.get(taken.id) ?? 0) - 1);
  }
  return left;
}
