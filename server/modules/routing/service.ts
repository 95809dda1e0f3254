import type { TraceEntry, TraceReason } from '../../../contracts/calls';
import type { Database } from '../../db/client';
import type { CampaignRow, TargetRow } from '../../db/schema';
import { loadPlanGroups, type PlanAgentGroup } from '../agents/repository';
import { loadPlanRouters } from '../rtb/repository';
import type { PlanRouter } from '../rtb/router-auction';
import { capBuckets } from './cap-buckets';
import * as repo from './repository';
import { routingCacheFor } from './routing-cache';
import {
  type Caller,
  type PlanEntry,
  type RoutableTarget,
  selectTargets,
  skipToTrace,
  type TargetUsage,
  traceEntry,
} from './select-targets';

export type RoutedTarget = RoutableTarget & { row: TargetRow; buyerName: string };

export type RoutingConfig = {
  accountId: string;
  numberId: string;
  /** Set when the dialed number belongs to a DNI pool: the call is attributed to a website visit. */
  poolId: string | null;
  campaign: CampaignRow | null;
  plan: PlanEntry<RoutedTarget>[];
  /** RTB routers in the plan, by their own priority and weight. */
  routers: PlanRouter[];
  /** Agent groups in the plan, by their own priority. */
  agentGroups: PlanAgentGroup[];
};

async function loadRoutingConfig(db: Database, phoneNumber: string): Promise<RoutingConfig | null> {
  const rows = await repo.loadRoutingRows(db, phoneNumber);
  if (!rows.length) return null;
  const { number, campaign } = rows[0];
  const plan = rows.flatMap(({ route, target, buyer }) =>
    route && target && buyer
      ? [
          {
            priority: route.priority,
            weight: route.weight,
            target: {
              id: target.id,
              name: target.name,
              status: target.status,
              buyerStatus: buyer.status,
              buyerName: buyer.name,
              timezone: target.timezone,
              schedule: target.schedule ?? null,
              caps: target.caps,
              capCounts: target.capCounts,
              criteria: target.criteria,
              row: target,
            },
          },
        ]
      : [],
  );
  const [routers, agentGroups] = campaign
    ? await Promise.all([loadPlanRouters(db, campaign.id), loadPlanGroups(db, campaign.id)])
    : [[], []];
  return {
    accountId: number.accountId,
    numberId: number.id,
    poolId: number.poolId,
    campaign,
    plan,
    routers,
    agentGroups,
  };
}

/** The routing configuration for a dialed number, from the per-database cache. */
export async function getRoutingConfig(db: Database, phoneNumber: string): Promise<RoutingConfig | null> {
  return routingCacheFor<RoutingConfig | null>(db).get(phoneNumber, async () => {
    const value = await loadRoutingConfig(db, phoneNumber);
    return { value, accountId: value?.accountId ?? null };
  });
}

// Round robin is fair per process; several processes each stay fair among themselves.
const roundRobinTurns = new Map<string, number>();
function nextTurn(campaignId: string): number {
  const turn = roundRobinTurns.get(campaignId) ?? 0;
  roundRobinTurns.set(campaignId, turn + 1);
  return turn;
}

export type ClaimRequest = {
  config: RoutingConfig & { campaign: CampaignRow };
  caller: Caller;
  tried: ReadonlySet<string>;
  preferTargetId?: string | null;
  /** Why the preferred target comes first: a repeat caller's previous target, or a won bid's. */
  preferReason?: TraceReason;
  now: Date;
  /** Trace step numbers continue from here. */
  firstStep: number;
  /** Usage already read with an earlier statement; read here otherwise. */
  usage?: Map<string, TargetUsage>;
  /** Only entries of this priority (when RTB routers sit between the plan's priorities). */
  priority?: number;
};

export type Claim = { target: RoutedTarget; entry: PlanEntry<RoutedTarget>; spec: repo.ClaimSpec } | null;

/**
 * Picks the best eligible target and takes a place on it atomically (see `claimUsage`). When a
 * simultaneous call took the last place first, the next candidate is tried.
 */
export async function claimTarget(
  db: Database,
  request: ClaimRequest,
): Promise<{ claim: Claim; trace: TraceEntry[] }> {
  const { config, now } = request;
  let step = request.firstStep;
  const usage =
    request.usage ??
    (await repo.loadUsage(
      db,
      config.plan.map((e) => e.target.id),
    ));
  const { candidates, skipped } = selectTargets({
    plan: request.priority == null ? config.plan : config.plan.filter((e) => e.priority === request.priority),
    strategy: config.campaign.routingStrategy,
    now,
    caller: request.caller,
    usage,
    tried: request.tried,
    preferTargetId: request.preferTargetId,
    roundRobinTurn: nextTurn(config.campaign.id),
  });
  const trace = skipped.map(({ entry, skip }) => skipToTrace(step++, now, entry, skip));

  for (const entry of candidates) {
    const { target } = entry;
    const spec: repo.ClaimSpec = {
      targetId: target.id,
      buckets: capBuckets(now, target.timezone),
      caps: target.caps,
      countsRouted: target.row.capCounts === 'routed' ? 1 : 0,
    };
    const claimed = await repo.claimUsage(db, spec);
    if (!claimed) {
      trace.push(
        skipToTrace(step++, now, entry, {
          reason: 'lost_race',
          detail: 'A simultaneous call took the last place under a cap',
        }),
      );
      continue;
    }
    trace.push(
      traceEntry(step++, now, {
        targetId: target.id,
        targetName: target.name,
        priority: entry.priority,
        weight: entry.weight,
        outcome: 'chosen',
        reason:
          request.preferTargetId === target.id
            ? (request.preferReason ?? 'duplicate_same_target')
            : 'selected',
        detail: `Dialing ${target.name} (priority ${entry.priority}, weight ${entry.weight})`,
      }),
    );
    return { claim: { target, entry, spec }, trace };
  }
  return { claim: null, trace };
}

export async function countConversion(db: Database, target: TargetRow, at: Date) {
  if (target.capCounts !== 'converted') return;
  await repo.countConversionUsage(db, target.id, capBuckets(at, target.timezone));
}

export async function findRecentCallFrom(
  db: Database,
  scope: { campaignId: string; fromNumber: string; windowHours: number; excludeCallId: string; now: Date },
) {
  const since = new Date(scope.now.getTime() - scope.windowHours * 3_600_000);
  return repo.findRecentCallFrom(db, { ...scope, since });
}
