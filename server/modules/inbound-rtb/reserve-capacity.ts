import type { CampaignRow } from '../../db/schema';
import { type PayoutTerms, shareOf } from '../publishers/payout-rules';
import { loadUsage } from '../routing/repository';
import { selectTargets } from '../routing/select-targets';
import { getRoutingConfig } from '../routing/service';
import { auctionAtRouter } from '../rtb/router-auction';
import type { PingContext } from './answer-ping';
import type { PingInput } from './ping-input';

type Reservation = { targetId: string | null; routerId: string | null; baseCents: number };

/**
 * Where the call would go now: the first eligible target of the plan, else the best outside bid
 * of a live auction at the plan's routers. Nothing is held: the call claims its place when it comes.
 */
export async function reserveCapacity(
  ctx: PingContext,
  scope: { campaign: CampaignRow; phoneNumber: string; pingId: string; input: PingInput; terms: PayoutTerms },
): Promise<Reservation | null> {
  const { campaign, input, terms } = scope;
  const config = await getRoutingConfig(ctx.db, scope.phoneNumber);
  if (!config) return null;
  const caller = {
    state: input.tags.state ?? null,
    zip: input.tags.zip ?? input.tags.zipcode ?? null,
    areaCode: input.callerId?.startsWith('+1') ? input.callerId.slice(2, 5) : null,
  };
  const usage = await loadUsage(
    ctx.db,
    config.plan.map((entry) => entry.target.id),
  );
  const { candidates } = selectTargets({
    plan: config.plan,
    strategy: campaign.routingStrategy,
    now: ctx.now,
    caller,
    usage,
    roundRobinTurn: 0,
  });
  const priced = (priceCents: number) =>
    terms.revenueSharePercent != null ? shareOf(priceCents, terms.revenueSharePercent) : terms.payoutCents;
  const target = candidates[0]?.target;
  if (target) return { targetId: target.id, routerId: null, baseCents: priced(target.row.revenueCents) };
  for (const plan of [...config.routers].sort((a, b) => a.priority - b.priority)) {
    const bids = await auctionAtRouter(
      ctx,
      plan,
      {
        id: scope.pingId,
        accountId: campaign.accountId,
        campaignId: campaign.id,
        fromNumber: input.callerId ?? '',
        fromState: caller.state,
        fromZip: caller.zip,
        isDuplicate: false,
        startedAt: ctx.now,
      },
      ctx.now,
      () => undefined,
    );
    const best = bids[0];
    if (best) return { targetId: null, routerId: plan.router.id, baseCents: priced(best.amountCents ?? 0) };
  }
  return null;
}
