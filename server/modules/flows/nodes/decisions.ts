import type { NodeConfigs, SplitterBranch } from '../../../../contracts/flows';
import type { WeeklySchedule } from '../../../../contracts/schedule';
import { localTime } from '../../routing/local-time';
import { isOpenAt } from '../../routing/schedule';
import type { NodeExecutor } from '../engine-types';
import { testCondition } from '../expression/evaluate';

const pad = (value: number) => String(value).padStart(2, '0');

/** The named holiday on the local date of `now`, if any (yearly ones match month and day). */
export function holidayOn(config: NodeConfigs['businessHours'], now: Date) {
  const local = localTime(now, config.timezone);
  const date = `${local.year}-${pad(local.month)}-${pad(local.day)}`;
  return config.holidays.find((holiday) =>
    holiday.yearly ? holiday.date.slice(5) === date.slice(5) : holiday.date === date,
  );
}

/** Open or closed at `now` in the node's timezone (wall clock, so DST moves with it). */
export function businessHoursBranch(config: NodeConfigs['businessHours'], now: Date) {
  const holiday = holidayOn(config, now);
  if (holiday) return { branch: 'closed', note: `Closed for ${holiday.name}` };
  return isOpenAt(config.schedule, config.timezone, now)
    ? { branch: 'open', note: 'Within business hours' }
    : { branch: 'closed', note: 'Outside business hours' };
}

export const businessHours: NodeExecutor<'businessHours'> = {
  enter(ctx) {
    return { kind: 'next', ...businessHoursBranch(ctx.config, ctx.now) };
  },
};

/** A weighted draw; `random` in [0, 1). Branches with no share are never drawn. */
function draw(branches: SplitterBranch[], random: () => number) {
  const total = branches.reduce((sum, branch) => sum + branch.value, 0);
  if (total <= 0) return undefined;
  let point = random() * total;
  for (const branch of branches) {
    point -= branch.value;
    if (point < 0 && branch.value > 0) return branch;
  }
  return branches.findLast((branch) => branch.value > 0);
}

const branchSchedule = (branch: SplitterBranch): WeeklySchedule =>
  Object.fromEntries(branch.days.map((day) => [day, [branch.hours]]));

// Round robin is fair per process, as the routing plan's is.
const turns = new Map<string, number>();

/** Which branch a call takes; `failover` when none can (no share, or no time rule matches). */
export function splitterBranch(
  config: NodeConfigs['splitter'],
  input: { now: Date; random: () => number; turnKey: string },
): { branch: string; note: string } {
  let chosen: SplitterBranch | undefined;
  if (config.mode === 'time') {
    chosen = config.branches.find((branch) => isOpenAt(branchSchedule(branch), config.timezone, input.now));
  } else if (config.mode === 'roundRobin') {
    const turn = turns.get(input.turnKey) ?? 0;
    turns.set(input.turnKey, turn + 1);
    chosen = config.branches[turn % config.branches.length];
  } else {
    chosen = draw(config.branches, input.random);
  }
  return chosen
    ? { branch: chosen.name, note: `Split (${config.mode}) to ${chosen.name}` }
    : { branch: 'failover', note: `No ${config.mode} branch could take the call` };
}

export const splitter: NodeExecutor<'splitter'> = {
  enter(ctx) {
    const turnKey = `${ctx.call.flowId}:${ctx.node.id}`;
    return { kind: 'next', ...splitterBranch(ctx.config, { now: ctx.now, random: ctx.random, turnKey }) };
  },
};

/** First rule whose condition holds; a rule that cannot be evaluated counts as false (and says why). */
export function customLogicBranch(config: NodeConfigs['customLogic'], variables: Record<string, string>) {
  const problems: string[] = [];
  for (const rule of config.rules) {
    try {
      if (testCondition(rule.expression, variables))
        return { branch: rule.name, note: `Rule "${rule.name}" matched` };
    } catch (error) {
      problems.push(`${rule.name}: ${(error as Error).message}`);
    }
  }
  return { branch: 'else', note: ['No rule matched', ...problems].join('; ') };
}

export const customLogic: NodeExecutor<'customLogic'> = {
  enter(ctx) {
    return { kind: 'next', ...customLogicBranch(ctx.config, ctx.variables) };
  },
};
