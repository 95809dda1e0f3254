import type { Buyer } from '@contracts/buyers';
import type { RoutingEntry } from '@contracts/campaigns';
import type { RtbRouter, RtbTarget } from '@contracts/rtb';
import type { Target } from '@contracts/targets';

/** What one entry of a routing plan points at: a buyer's target, or an RTB router and its bidders. */
export type PlanSubject =
  | { kind: 'target'; target: Target | undefined; buyer: Buyer | undefined }
  | { kind: 'router'; router: RtbRouter | undefined; bidders: RtbTarget[] };

export type PlanLookups = {
  targets: Map<string, Target>;
  buyers: Map<string, Buyer>;
  routers: Map<string, RtbRouter>;
  bidders: Map<string, RtbTarget>;
};

export function planSubject(entry: Partial<RoutingEntry>, lookups: PlanLookups): PlanSubject {
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
  if (subject.kind === 'router') return subject.bidders.some((bidder) => bidder.status === 'active');
  return subject.target?.status === 'active' && subject.buyer?.status !== 'paused';
}
