import type { Campaign } from '@contracts/campaigns';
import { NotFoundCard } from '@web/components/not-found-card';
import { Alert } from '@web/components/ui/alert';
import { Spinner } from '@web/components/ui/spinner';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@web/components/ui/tabs';
import { useCurrentSession } from '@web/features/auth/current-session';
import { canEdit } from '@web/features/auth/permissions';
import { InboundRtbPanel } from '@web/features/publishers/inbound-rtb-panel';
import { describeError, isApiError } from '@web/lib/api-client';
import { formatCents } from '@web/lib/format';
import { ChevronLeft, FlaskConical, Hash, Radio, Route, SlidersHorizontal } from 'lucide-react';
import { Link, useLocation, useParams } from 'wouter';
import { useCampaign } from './api';
import { CampaignStatusBadge, strategyLabels } from './campaign-labels';
import { CampaignSettingsForm } from './campaign-settings-form';
import { CampaignStatusActions } from './campaign-status-actions';
import { type CampaignTab, isCampaignTab } from './campaign-tabs';
import { NumbersTab } from './numbers-tab';
import { RoutingPlanEditor } from './routing-plan-editor';
import { TestCallPanel } from './test-call-panel';

/** "2 targets · 1 RTB router"; an empty plan reads "0 targets". */
function describePlan(routing: Campaign['routing']): string {
  const targets = routing.filter((entry) => entry.targetId).length;
  const routers = routing.length - targets;
  const parts = [targets > 0 || routers === 0 ? `${targets} ${targets === 1 ? 'target' : 'targets'}` : ''];
  if (routers > 0) parts.push(`${routers} ${routers === 1 ? 'RTB router' : 'RTB routers'}`);
  return parts.filter(Boolean).join(' · ');
}

function CampaignHeader({
  campaign,
  editable,
  onOpenTab,
}: {
  campaign: Campaign;
  editable: boolean;
  onOpenTab: (tab: CampaignTab) => void;
}) {
  return (
    <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
      <div className="min-w-0">
        <Link
          href="/"
          className="mb-1 inline-flex items-center gap-1 text-xs text-slate-500 hover:text-slate-800"
        >
          <ChevronLeft className="size-3.5" aria-hidden="true" />
          Campaigns
        </Link>
        <div className="flex items-center gap-2">
          <h1 className="truncate text-xl font-semibold tracking-tight text-slate-900">{campaign.name}</h1>
          <CampaignStatusBadge status={campaign.status} />
        </div>
        <p className="mt-1 text-[13px] text-slate-500">
          {[
            campaign.vertical,
            `${strategyLabels[campaign.routingStrategy]} routing`,
            describePlan(campaign.routing),
            `${formatCents(campaign.payoutCents)} payout`,
            campaign.timezone,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </div>
      {editable && <CampaignStatusActions campaign={campaign} onOpenTab={onOpenTab} />}
    </div>
  );
}

/** One campaign, its tab in the address (/campaigns/:id/routing) so a reload or a link keeps it. */
export function CampaignPage() {
  const params = useParams<{ id: string; tab?: string }>();
  const [, navigate] = useLocation();
  const { user } = useCurrentSession();
  const campaign = useCampaign(params.id);
  const editable = canEdit(user.role);
  const tab: CampaignTab = isCampaignTab(params.tab) ? params.tab : 'settings';
  const openTab = (next: CampaignTab) => navigate(`/${params.id}/${next}`, { replace: true });

  if (campaign.isPending) return <Spinner />;
  if (isApiError(campaign.error, 'NOT_FOUND')) {
    return (
      <NotFoundCard
        title="Campaign not found"
        description="It may have been deleted."
        back={{ href: '/', label: 'All campaigns' }}
      />
    );
  }
  if (campaign.isError) return <Alert variant="error">{describeError(campaign.error)}</Alert>;

  return (
    <>
      <CampaignHeader campaign={campaign.data} editable={editable} onOpenTab={openTab} />
      <Tabs value={tab} onValueChange={(next) => isCampaignTab(next) && openTab(next)}>
        <TabsList>
          <TabsTrigger value="settings">
            <SlidersHorizontal aria-hidden="true" />
            Settings
          </TabsTrigger>
          <TabsTrigger value="routing">
            <Route aria-hidden="true" />
            Routing plan
          </TabsTrigger>
          <TabsTrigger value="numbers">
            <Hash aria-hidden="true" />
            Numbers
          </TabsTrigger>
          <TabsTrigger value="inbound-rtb">
            <Radio aria-hidden="true" />
            Inbound RTB
          </TabsTrigger>
          <TabsTrigger value="test-call">
            <FlaskConical aria-hidden="true" />
            Test call
          </TabsTrigger>
        </TabsList>
        <TabsContent value="settings">
          <CampaignSettingsForm campaign={campaign.data} editable={editable} />
        </TabsContent>
        <TabsContent value="routing">
          <RoutingPlanEditor campaign={campaign.data} editable={editable} />
        </TabsContent>
        <TabsContent value="numbers">
          <NumbersTab campaign={campaign.data} editable={editable} />
        </TabsContent>
        <TabsContent value="inbound-rtb">
          <InboundRtbPanel campaignId={campaign.data.id} editable={editable} />
        </TabsContent>
        {/* Stays mounted so a test call in progress survives a look at another tab. */}
        <TabsContent value="test-call" forceMount className="data-[state=inactive]:hidden">
          <TestCallPanel campaign={campaign.data} editable={editable} onOpenTab={openTab} />
        </TabsContent>
      </Tabs>
    </>
  );
}
