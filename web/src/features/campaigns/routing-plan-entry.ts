import type { Agent, AgentGroup } from '@contracts/agents';
import type { Buyer } from '@contracts/buyers';
import type { RoutingEntry } from '@contracts/campaigns';
import type { RtbRouter, RtbTarget } from '@contracts/rtb';
import type { Target } from '@contracts/targets';

/** What one entry of a routing plan points at: a buyer's target, an RTB router and its bidders, or an agent group. */
export type PlanSubject =
  | { kind: 'target'; target: Target | undefined; buyer: Buyer | undefined }
  | { kind: 'router'; router: RtbRouter | undefined; bidders: RtbTarget[] }
  | { kind: 'group'; group: AgentGroup | undefined; agents: Agent[] };

export type PlanLookups = {
  targets: Map<string, Target>;
  buyers: Map<string, Buyer>;
  routers: Map<string, RtbRouter>;
  bidders: Map<string, RtbTarget>;
  groups: Map<string, AgentGroup>;
  agents: Map<string, Agent>;
};

export function planSubject(entry: Partial<RoutingEntry>, lookups: PlanLookups): PlanSubject {
  if (entry.agentGroupId) {
    const group = lookups.groups.get(entry.agentGroupId);
    const agents = (group?.agentIds ?? []).flatMap((id) => lookups.agents.get(id) ?? []);
    return { kind: 'group', group, agents };
  }
  if (entry.rtbRouterId) {
    const router = lookups.routers.get(entry.rtbRouterId);
    const bidders = (router?.targets ?? []).flatMap(
      ({ rtbTargetId }) => lookups.bidders.get(rtbTargetId) ?? [],
    );
    return { kind: 'router', router, bidders };
  }
  const target = lookups.targets.get(entry.targetId ?? '');
  return { kind: 'target', target, buyer: target && lookups.buyers.get(target.buyerId) };
}

/** Whether routing may send the entry a call right now: an active target, or a router with an active bidder. */
export function canTakeCalls(subject: PlanSubject): boolean {
  if (subject.kind === 'group') return subject.agents.some((agent) => agent.presence !== 'offline');
  if (subject.kind === 'router') return subject.bidders.some((bidder) => bidder.status === 'active');
  return subject.target?.status === 'active' && subject.buyer?.status !== 'paused';
}
