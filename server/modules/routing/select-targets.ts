import type { TraceEntry, TraceReason } from '../../../contracts/calls';
import type { WeeklySchedule } from '../../../contracts/schedule';
import type { Caps, Criteria } from '../../../contracts/targets';
import { CAP_PERIODS, capBuckets } from './cap-buckets';
import { isOpenAt } from './schedule';

export type RoutableTarget = {
  id: string;
  name: string;
  status: 'active' | 'paused';
  buyerStatus: 'active' | 'paused';
  timezone: string;
  schedule: WeeklySchedule | null;
  caps: Caps;
  /** Whether caps count routed calls (the default) or conversions. */
  capCounts?: 'routed' | 'converted';
  criteria: Criteria;
};

export type PlanEntry<T extends RoutableTarget = RoutableTarget> = {
  target: T;
  priority: number;
  weight: number;
};

export type TargetUsage = { live: number; counts: Record<string, number> };

export type Caller = { state?: string | null; zip?: string | null; areaCode?: string | null };

export type SelectTargetsInput<T extends RoutableTarget> = {
  plan: PlanEntry<T>[];
  strategy: 'weighted' | 'round_robin';
  now: Date;
  caller: Caller;
  usage: ReadonlyMap<string, TargetUsage>;
  /** Targets this call already dialed. */
  tried?: ReadonlySet<string>;
  /** Duplicate calls with `same_target` go back to the previous target first, when it is eligible. */
  preferTargetId?: string | null;
  /** Advances per call for round robin. */
  roundRobinTurn: number;
  random?: () => number;
};

export type Skip = { reason: TraceReason; detail: string };

/** Why a target cannot take this call now, or undefined when it can. */
export function whyIneligible(
  target: RoutableTarget,
  context: { now: Date; caller: Caller; usage: TargetUsage | undefined; tried?: ReadonlySet<string> },
): Skip | undefined {
  if (context.tried?.has(target.id))
    return { reason: 'already_tried', detail: 'Already dialed on this call' };
  if (target.status !== 'active') return { reason: 'target_paused', detail: 'Target is paused' };
  if (target.buyerStatus !== 'active') return { reason: 'buyer_paused', detail: "Target's buyer is paused" };
  if (!isOpenAt(target.schedule, target.timezone, context.now)) {
    return { reason: 'outside_hours', detail: `Closed now in ${target.timezone}` };
  }
  const usage = context.usage ?? { live: 0, counts: {} };
  if (target.caps.concurrency != null && usage.live >= target.caps.concurrency) {
    return { reason: 'cap_concurrency', detail: `Concurrency ${usage.live}/${target.caps.concurrency}` };
  }
  const buckets = capBuckets(context.now, target.timezone);
  // Caps on conversions also hold a place for each call still in progress: it may yet convert.
  const pending = target.capCounts === 'converted' ? usage.live : 0;
  for (const period of CAP_PERIODS) {
    const cap = target.caps[period];
    const count = usage.counts[buckets[period]] ?? 0;
    if (cap != null && count + pending >= cap) {
      const inProgress = pending ? ` (${count} converted, ${pending} in progress)` : '';
      return {
        reason: `cap_${period}`,
        detail: `${period[0].toUpperCase()}${period.slice(1)} cap ${count + pending}/${cap}${inProgress}`,
      };
    }
  }
  return criteriaMismatch(target.criteria, context.caller);
}

function criteriaMismatch(criteria: Criteria, caller: Caller): Skip | undefined {
  if (criteria.states?.length && !(caller.state && criteria.states.includes(caller.state.toUpperCase()))) {
    return {
      reason: 'criteria_state',
      detail: caller.state
        ? `Caller state ${caller.state} is not one of ${criteria.states.join(', ')}`
        : `Caller state unknown; this target takes only ${criteria.states.join(', ')}`,
    };
  }
  if (criteria.areaCodes?.length && !(caller.areaCode && criteria.areaCodes.includes(caller.areaCode))) {
    return { reason: 'criteria_area_code', detail: `Area code ${caller.areaCode || 'unknown'} not accepted` };
  }
  const zip = caller.zip ?? '';
  if (
    criteria.zipPrefixes?.length &&
    !(zip && criteria.zipPrefixes.some((prefix) => zip.startsWith(prefix)))
  ) {
    return { reason: 'criteria_zip', detail: `ZIP ${zip || 'unknown'} not accepted` };
  }
  return undefined;
}

/** Weighted order without replacement: heavier entries tend to come first, each at most once. */
function weightedOrder<E extends { weight: number }>(entries: E[], random: () => number): E[] {
  const pool = [...entries];
  const ordered: E[] = [];
  while (pool.length) {
    let ticket = random() * pool.reduce((sum, e) => sum + e.weight, 0);
    let index = pool.findIndex((e) => {
      ticket -= e.weight;
      return ticket < 0;
    });
    if (index < 0) index = pool.length - 1;
    ordered.push(pool.splice(index, 1)[0]);
  }
  return ordered;
}

function rotate<E>(entries: E[], turn: number): E[] {
  if (!entries.length) return entries;
  const start = ((turn % entries.length) + entries.length) % entries.length;
  return [...entries.slice(start), ...entries.slice(0, start)];
}

export type Selection<T extends RoutableTarget> = {
  candidates: PlanEntry<T>[];
  skipped: { entry: PlanEntry<T>; skip: Skip }[];
};

/**
 * Orders the eligible targets of a routing plan in the order to try them: by priority (1 first),
 * then by weight or round robin among equals. Ineligible ones come back with the reason.
 */
export function selectTargets<T extends RoutableTarget>(input: SelectTargetsInput<T>): Selection<T> {
  const random = input.random ?? Math.random;
  const skipped: Selection<T>['skipped'] = [];
  const eligible: PlanEntry<T>[] = [];
  for (const entry of input.plan) {
    const skip = whyIneligible(entry.target, { ...input, usage: input.usage.get(entry.target.id) });
    if (skip) skipped.push({ entry, skip });
    else eligible.push(entry);
  }
  const priorities = [...new Set(eligible.map((e) => e.priority))].sort((a, b) => a - b);
  const candidates = priorities.flatMap((priority) => {
    const group = eligible.filter((e) => e.priority === priority);
    return input.strategy === 'round_robin'
      ? rotate(group, input.roundRobinTurn)
      : weightedOrder(group, random);
  });
  const preferred = candidates.findIndex((e) => e.target.id === input.preferTargetId);
  if (preferred > 0) candidates.unshift(...candidates.splice(preferred, 1));
  return { candidates, skipped };
}

export function traceEntry(
  step: number,
  now: Date,
  fields: Partial<Omit<TraceEntry, 'step' | 'at'>> & Pick<TraceEntry, 'outcome' | 'reason' | 'detail'>,
): TraceEntry {
  return {
    step,
    at: now.toISOString(),
    targetId: null,
    targetName: null,
    priority: null,
    weight: null,
    ...fields,
  };
}

export function skipToTrace(step: number, now: Date, entry: PlanEntry, skip: Skip): TraceEntry {
  return traceEntry(step, now, {
    targetId: entry.target.id,
    targetName: entry.target.name,
    priority: entry.priority,
    weight: entry.weight,
    outcome: 'skipped',
    reason: skip.reason,
    detail: skip.detail,
  });
}
